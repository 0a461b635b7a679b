namespace AgentAssist.BotFramework.Tests.Fixtures;

/// <summary>An answer the loopback channel gives to the next connector call instead of success.</summary>
public sealed record ScriptedResponse(int StatusCode, int? RetryAfterSeconds = null, string? Body = null, string? Location = null);
