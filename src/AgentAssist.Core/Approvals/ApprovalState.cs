namespace AgentAssist.Core.Approvals;

/// <summary>Where an approval request is. Only <see cref="Pending"/> changes; every other state is final.</summary>
public enum ApprovalState
{
    /// <summary>Waiting for a supervisor.</summary>
    Pending = 0,

    /// <summary>A supervisor approved the draft as it was.</summary>
    Approved = 1,

    /// <summary>A supervisor edited the draft and approved the edited text.</summary>
    EditedAndApproved = 2,

    /// <summary>A supervisor rejected the draft, with a reason.</summary>
    Rejected = 3,

    /// <summary>The agent withdrew the request before anyone decided.</summary>
    Withdrawn = 4,
}
