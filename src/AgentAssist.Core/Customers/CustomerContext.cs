namespace AgentAssist.Core.Customers;

/// <summary>What the service knows about the customer a reply is for.</summary>
/// <param name="Handle">The customer's handle on the channel (<c>@maria_g</c>), if any.</param>
/// <param name="FullName">The customer's full name, if known.</param>
/// <param name="PreferredName">How the customer likes to be addressed.</param>
/// <param name="Language">Preferred language (<c>en</c>, <c>es</c>).</param>
/// <param name="Region">ISO 3166 region (<c>ES</c>, <c>US</c>, <c>MX</c>) used to read local formats such as phone numbers.</param>
public sealed record CustomerContext(
    string? Handle = null,
    string? FullName = null,
    string? PreferredName = null,
    string? Language = null,
    string? Region = null)
{
    /// <summary>Identifiers the customer already shared with the brand in this conversation (order numbers, their own email).</summary>
    public IReadOnlyList<string> SharedIdentifiers { get; init; } = [];
}
