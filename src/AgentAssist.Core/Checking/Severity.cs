namespace AgentAssist.Core.Checking;

/// <summary>
/// How much a finding matters. Ordered: a verdict is decided by the highest severity among its findings.
/// </summary>
public enum Severity
{
    /// <summary>A hint; the reply may go out as it is.</summary>
    Info = 0,

    /// <summary>The agent should look again; the reply may still go out.</summary>
    Warning = 1,

    /// <summary>The reply may go out only after a supervisor approves it.</summary>
    Approval = 2,

    /// <summary>The reply must not go out as it is.</summary>
    Block = 3,
}
