namespace AgentAssist.BotFramework.Schema;

/// <summary>The connector's answer to send, reply and update: the id of the activity.</summary>
public sealed record ResourceResponse(string? Id);
