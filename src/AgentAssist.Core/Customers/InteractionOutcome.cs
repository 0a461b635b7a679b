namespace AgentAssist.Core.Customers;

/// <summary>How an earlier contact ended.</summary>
public enum InteractionOutcome
{
    /// <summary>The customer's question or problem was settled.</summary>
    Resolved = 0,

    /// <summary>Something was promised and is still to happen (a call back, a replacement).</summary>
    Pending = 1,

    /// <summary>Passed to another team or a supervisor.</summary>
    Escalated = 2,

    /// <summary>Ended without a solution (the customer hung up, the answer did not help).</summary>
    Unresolved = 3,
}
