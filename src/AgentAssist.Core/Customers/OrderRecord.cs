namespace AgentAssist.Core.Customers;

/// <summary>An open order in the import and CRM JSON shape.</summary>
internal sealed record OrderRecord
{
    public required string Number { get; init; }

    public required OrderStatus Status { get; init; }

    public required DateOnly PlacedOn { get; init; }

    public string? Summary { get; init; }
}
