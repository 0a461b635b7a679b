namespace AgentAssist.Core.Customers;

/// <summary>One earlier contact between the customer and the brand.</summary>
/// <param name="Channel">Where it happened.</param>
/// <param name="At">When it happened.</param>
/// <param name="Summary">What it was about, for agents (<c>Asked about delivery date</c>); never personal data.</param>
/// <param name="Outcome">How it ended.</param>
public sealed record CustomerInteraction(InteractionChannel Channel, DateTimeOffset At, string Summary, InteractionOutcome Outcome);
