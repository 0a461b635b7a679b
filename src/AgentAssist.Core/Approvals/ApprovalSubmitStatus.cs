namespace AgentAssist.Core.Approvals;

/// <summary>The answer to a request for approval.</summary>
public enum ApprovalSubmitStatus
{
    /// <summary>Stored and on its way to the supervisors.</summary>
    Created = 0,

    /// <summary>No team with that id is configured for approvals.</summary>
    UnknownTeam = 1,

    /// <summary>The draft breaks a blocking rule: it must be fixed, not approved.</summary>
    Blocked = 2,

    /// <summary>A request with the same <see cref="ApprovalSubmission.RequestKey"/> exists: the result carries it, nothing new was stored.</summary>
    AlreadyRequested = 3,
}
