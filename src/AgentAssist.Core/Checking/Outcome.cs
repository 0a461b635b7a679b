namespace AgentAssist.Core.Checking;

/// <summary>The overall decision on a draft.</summary>
public enum Outcome
{
    /// <summary>No finding above <see cref="Severity.Info"/>.</summary>
    Pass = 0,

    /// <summary>At least one <see cref="Severity.Warning"/>, nothing higher.</summary>
    Warn = 1,

    /// <summary>At least one <see cref="Severity.Approval"/>, nothing that blocks.</summary>
    NeedsApproval = 2,

    /// <summary>At least one <see cref="Severity.Block"/>.</summary>
    Block = 3,
}
