namespace AgentAssist.Bot.Teams;

/// <summary>A draft an agent asked the bot to check, and how.</summary>
/// <param name="Text">The drafted reply.</param>
/// <param name="Channel">Channel id; <c>public</c> unless the agent named one.</param>
/// <param name="Language"><c>en</c> or <c>es</c> when the agent named it; null to detect it.</param>
/// <param name="CustomerHandle">The customer's handle (<c>@maria_g</c>) when the agent named one.</param>
internal sealed record DraftRequest(string Text, string Channel = "public", string? Language = null, string? CustomerHandle = null);
