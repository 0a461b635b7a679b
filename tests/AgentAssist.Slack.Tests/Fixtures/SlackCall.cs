using System.Text.Json.Nodes;

namespace AgentAssist.Slack.Tests.Fixtures;

/// <summary>A call the loopback Slack got: a Web API method (or <c>response_url</c>) and its arguments.</summary>
internal sealed record SlackCall(string Method, JsonObject Arguments, DateTimeOffset At)
{
    /// <summary>How it was answered when scripted to fail (status or error code); null when it succeeded.</summary>
    public string? Answered { get; init; }

    /// <summary>For a <c>response_url</c> post: the id in the URL.</summary>
    public string? ResponseId { get; init; }

    public string? Text => (string?)Arguments["text"];

    /// <summary>Every text in the blocks (and the fallback text), for assertions on what a user reads.</summary>
    public string AllText => Text + "\n" + string.Join("\n", Strings(Arguments["blocks"] ?? Arguments["view"]));

    private static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => p.Key is "text" or "value" or "initial_value" && p.Value is JsonValue v && v.TryGetValue<string>(out var s) ? [s] : Strings(p.Value)),
        JsonArray a => a.SelectMany(Strings),
        _ => [],
    };
}
