namespace AgentAssist.Core.Approvals;

/// <summary>What happened to a message whose attempt failed.</summary>
/// <param name="State"><see cref="OutboxMessageState.Pending"/> when it will be tried again, <see cref="OutboxMessageState.DeadLettered"/> when not.</param>
/// <param name="NextAttemptAt">When it will be tried again; <see langword="null"/> when dead-lettered or when the lease was no longer held.</param>
/// <param name="LeaseHeld">
/// <see langword="false"/> when the caller's lease had expired and another dispatcher claimed the message: nothing was
/// changed.
/// </param>
public sealed record OutboxFailureResult(OutboxMessageState State, DateTimeOffset? NextAttemptAt, bool LeaseHeld = true);
