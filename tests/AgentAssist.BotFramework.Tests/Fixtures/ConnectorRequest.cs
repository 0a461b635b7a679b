namespace AgentAssist.BotFramework.Tests.Fixtures;

/// <summary>A connector call the loopback channel received. <see cref="RawTarget"/> is the path as sent (still escaped).</summary>
public sealed record ConnectorRequest(string Method, string RawTarget, string? Authorization, string? ConversationIdHeader, string Body, DateTimeOffset ReceivedAt);
