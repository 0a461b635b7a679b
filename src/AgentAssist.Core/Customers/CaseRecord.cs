namespace AgentAssist.Core.Customers;

/// <summary>An open case in the import and CRM JSON shape.</summary>
internal sealed record CaseRecord
{
    public required string Id { get; init; }

    public required string Subject { get; init; }

    public required DateOnly OpenedOn { get; init; }
}
