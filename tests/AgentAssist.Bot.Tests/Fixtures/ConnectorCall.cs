using System.Text.Json;

namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>A connector call the bot made; <see cref="RawTarget"/> is the path as sent (still escaped).</summary>
internal sealed record ConnectorCall(string Method, string RawTarget, JsonElement? Body)
{
    /// <summary>The HTTP status the connector answered with.</summary>
    public int Status { get; init; } = 201;

    /// <summary>The activity id the connector answered with, on success.</summary>
    public string? ResponseId { get; init; }

    /// <summary>The first Adaptive Card attached to the activity sent.</summary>
    public JsonElement Card => Body!.Value.GetProperty("attachments")[0].GetProperty("content");
}
