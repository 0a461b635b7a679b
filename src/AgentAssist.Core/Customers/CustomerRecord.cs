namespace AgentAssist.Core.Customers;

/// <summary>
/// One customer in the import and CRM JSON shape (docs/customers.md): camelCase properties, enum values as
/// camelCase strings, dates as ISO 8601.
/// </summary>
internal sealed record CustomerRecord
{
    public required string Id { get; init; }

    public string? Handle { get; init; }

    public string? FullName { get; init; }

    public string? PreferredName { get; init; }

    public string? Language { get; init; }

    public string? Region { get; init; }

    public string? Tier { get; init; }

    public IReadOnlyList<OrderRecord>? OpenOrders { get; init; }

    public IReadOnlyList<CaseRecord>? OpenCases { get; init; }

    public IReadOnlyList<InteractionRecord>? Interactions { get; init; }
}
