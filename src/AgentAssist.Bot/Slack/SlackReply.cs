using System.Text.Json.Nodes;

namespace AgentAssist.Bot.Slack;

/// <summary>A message the bot sends in Slack: the fallback <paramref name="Text"/> (notifications, screen readers) and its blocks.</summary>
internal sealed record SlackReply(string Text, JsonArray Blocks);
