namespace AgentAssist.Bot.Approvals;

/// <summary>The <see cref="Core.Approvals.NewOutboxMessage.Kind"/>s the Teams channel enqueues and its dispatcher sends.</summary>
internal static class TeamsOutboxKinds
{
    /// <summary>Post the approval card (with a reminder or escalation banner) to the supervisors' or escalation conversation.</summary>
    public const string PostCard = "teams.postApprovalCard";

    /// <summary>Update every card of a request in place (supervisors', escalation, agent's) to its current state.</summary>
    public const string UpdateCards = "teams.updateApprovalCards";

    /// <summary>Send the agent a new message with the decision and the final text, so Teams notifies them.</summary>
    public const string NotifyAgent = "teams.notifyAgent";
}
