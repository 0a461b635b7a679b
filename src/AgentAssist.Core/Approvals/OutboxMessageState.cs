namespace AgentAssist.Core.Approvals;

/// <summary>Where an outbox message is.</summary>
public enum OutboxMessageState
{
    /// <summary>Waiting to be sent (possibly leased to a dispatcher right now, or waiting for its next attempt).</summary>
    Pending = 0,

    /// <summary>Sent.</summary>
    Delivered = 1,

    /// <summary>Given up on after <see cref="OutboxRetryPolicy.MaxAttempts"/> attempts; kept for an operator.</summary>
    DeadLettered = 2,
}
