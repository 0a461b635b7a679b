namespace AgentAssist.Bot.Approvals;

/// <summary>
/// The Teams side of one approval team (section <c>Approvals:Teams:{id}</c>, next to the supervisors and due times
/// that <see cref="Core.Approvals.ApprovalTeamOptions"/> reads): where its cards go and who sees a live card.
/// </summary>
internal sealed class TeamsApprovalTeamOptions
{
    /// <summary>A name for the team on cards ("Customer care"); the id when unset.</summary>
    public string? DisplayName { get; set; }

    /// <summary>The supervisors' conversation, where approval cards and reminders are posted. Required.</summary>
    public ApprovalConversationOptions Conversation { get; set; } = new();

    /// <summary>Where a request goes when it passes its due time; the supervisors' conversation when unset.</summary>
    public ApprovalConversationOptions EscalationConversation { get; set; } = new();

    /// <summary>
    /// Teams user ids (<c>29:…</c>) of the supervisors and escalation supervisors, at most 60: their clients fetch a
    /// live card of their own (the card's <c>refresh</c>). Others see the card as posted and updated.
    /// </summary>
    public List<string> RefreshUserIds { get; } = [];
}
