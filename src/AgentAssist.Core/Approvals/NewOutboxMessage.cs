namespace AgentAssist.Core.Approvals;

/// <summary>
/// A message to enqueue in the outbox. The channel layer defines what it means: <paramref name="Kind"/> says how to
/// read <paramref name="Payload"/> and <paramref name="Target"/> where it goes; the store keeps both as they are.
/// </summary>
/// <param name="Kind">What to do, for the dispatcher (for example <c>teams.postCard</c>, <c>teams.updateCard</c>).</param>
/// <param name="Target">Where to, in the channel's terms (a conversation id, a team key).</param>
/// <param name="Payload">A JSON document; opaque to the store.</param>
/// <param name="CorrelationId">
/// The approval request the message is about, or <see langword="null"/>. Messages with the same correlation id are
/// delivered in the order they were enqueued: one is not claimed while an earlier one is still waiting or leased.
/// </param>
public sealed record NewOutboxMessage(string Kind, string Target, string Payload, string? CorrelationId = null);
