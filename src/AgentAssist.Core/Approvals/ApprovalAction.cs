namespace AgentAssist.Core.Approvals;

/// <summary>What someone does with a pending request.</summary>
public enum ApprovalAction
{
    /// <summary>A supervisor approves the draft as it is.</summary>
    Approve = 0,

    /// <summary>A supervisor approves an edited text, which is checked again first.</summary>
    EditAndApprove = 1,

    /// <summary>A supervisor rejects the draft, giving a reason.</summary>
    Reject = 2,

    /// <summary>The agent who asked withdraws the request.</summary>
    Withdraw = 3,
}
