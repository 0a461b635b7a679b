namespace AgentAssist.Core.Approvals;

/// <summary>The answer to a decision or a withdrawal. Stores return the first three; <see cref="ApprovalService"/> all.</summary>
public enum ApprovalDecisionStatus
{
    /// <summary>This decision was taken (or, with <see cref="ApprovalDecisionResult.Replayed"/>, had been taken with the same key).</summary>
    Decided = 0,

    /// <summary>Someone else decided first (or the agent withdrew); <see cref="ApprovalDecisionResult.Request"/> says who and when.</summary>
    AlreadyDecided = 1,

    /// <summary>No request has that id.</summary>
    NotFound = 2,

    /// <summary>The person is not a supervisor (or escalation supervisor) of the request's team.</summary>
    NotSupervisor = 3,

    /// <summary>A supervisor tried to decide a request they made themselves as an agent.</summary>
    OwnRequest = 4,

    /// <summary>Someone other than the agent who asked tried to withdraw the request.</summary>
    NotRequester = 5,

    /// <summary>A rejection without a reason.</summary>
    ReasonRequired = 6,

    /// <summary>An edit-and-approve without text.</summary>
    TextRequired = 7,

    /// <summary>The edited text still breaks a blocking rule; <see cref="ApprovalDecisionResult.EditedVerdict"/> says which.</summary>
    EditedTextBlocked = 8,
}
