namespace AgentAssist.Core.Approvals;

/// <summary>A person taking part in an approval: the agent who asked, or a supervisor who decided.</summary>
/// <param name="Id">Stable user id on the channel (for Teams the Microsoft Entra object id).</param>
/// <param name="DisplayName">The name shown on cards ("Approved by Ana at 14:02").</param>
public sealed record ApprovalActor(string Id, string DisplayName);
