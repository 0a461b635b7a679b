namespace AgentAssist.Core.Approvals;

/// <summary>
/// Where a card about a request was posted, so it can be updated in place later. The values are the channel's own
/// (for Bot Framework: the conversation id, the activity id the connector returned, and the service URL).
/// </summary>
/// <param name="Role">Whose card it is.</param>
/// <param name="ConversationId">The conversation the card is in.</param>
/// <param name="ActivityId">The posted activity's id.</param>
/// <param name="ServiceUrl">The channel endpoint to send the update to, when the channel needs one.</param>
public sealed record ApprovalCardReference(ApprovalCardRole Role, string ConversationId, string ActivityId, string? ServiceUrl = null);
