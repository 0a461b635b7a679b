namespace AgentAssist.Bot.Slack;

/// <summary>Where the bot answers: a response URL (ephemeral, to the person only), else a channel (a thread in it).</summary>
internal sealed record SlackAnswer(string Channel, string? ThreadTs = null, Uri? ResponseUrl = null);
