namespace AgentAssist.Core.Customers;

/// <summary>
/// Everything a reply suggester may know about a customer: who they are (<see cref="Context"/>, the part the guardrail
/// engine reads), their tier, what is open with the brand and what happened recently on every channel.
/// </summary>
/// <param name="Id">The brand's own customer id (<c>C-1001</c>); stable across handles.</param>
/// <param name="Context">Handle, names, language, region and shared identifiers.</param>
public sealed record CustomerProfile(string Id, CustomerContext Context)
{
    /// <summary>Loyalty or service tier (<c>standard</c>, <c>plus</c>, <c>premium</c>); <see langword="null"/> when unknown.</summary>
    public string? Tier { get; init; }

    /// <summary>Orders that are not finished yet, newest first.</summary>
    public IReadOnlyList<CustomerOrder> OpenOrders { get; init; } = [];

    /// <summary>Support cases that are still open, newest first.</summary>
    public IReadOnlyList<CustomerCase> OpenCases { get; init; } = [];

    /// <summary>Recent contacts across channels, newest first.</summary>
    public IReadOnlyList<CustomerInteraction> RecentInteractions { get; init; } = [];
}
