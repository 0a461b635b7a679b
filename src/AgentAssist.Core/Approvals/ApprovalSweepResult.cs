namespace AgentAssist.Core.Approvals;

/// <summary>What one pass of the SLA sweep did.</summary>
/// <param name="Reminded">Requests whose supervisors were reminded.</param>
/// <param name="Escalated">Requests escalated to the second group.</param>
public sealed record ApprovalSweepResult(int Reminded, int Escalated);
