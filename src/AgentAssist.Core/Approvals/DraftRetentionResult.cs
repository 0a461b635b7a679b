namespace AgentAssist.Core.Approvals;

/// <summary>What one retention pass purged.</summary>
/// <param name="Requests">Decided requests whose draft, verdict, rewrite and final text were emptied.</param>
/// <param name="AuditEvents">Audit events whose draft text was nulled.</param>
public sealed record DraftRetentionResult(int Requests, int AuditEvents);
