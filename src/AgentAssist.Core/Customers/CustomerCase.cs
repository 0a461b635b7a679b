namespace AgentAssist.Core.Customers;

/// <summary>A support case that is still open.</summary>
/// <param name="Id">Case id (<c>CS-2207</c>).</param>
/// <param name="Subject">Short subject for agents (<c>Lamp flickers</c>); never personal data.</param>
/// <param name="OpenedOn">When the case was opened.</param>
public sealed record CustomerCase(string Id, string Subject, DateOnly OpenedOn);
