namespace AgentAssist.Core.Approvals;

/// <summary>Which audience a posted card was for; updates after a decision go to every card of a request.</summary>
public enum ApprovalCardRole
{
    /// <summary>The card in the supervisors' channel or chat.</summary>
    Supervisors = 0,

    /// <summary>The agent's own card (waiting, then the decision and the final text).</summary>
    Agent = 1,

    /// <summary>The card posted to the escalation group when the SLA passed.</summary>
    Escalation = 2,
}
