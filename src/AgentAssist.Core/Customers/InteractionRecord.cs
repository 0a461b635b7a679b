namespace AgentAssist.Core.Customers;

/// <summary>An earlier interaction in the import and CRM JSON shape.</summary>
internal sealed record InteractionRecord
{
    public required InteractionChannel Channel { get; init; }

    public required DateTimeOffset At { get; init; }

    public required string Summary { get; init; }

    public required InteractionOutcome Outcome { get; init; }
}
