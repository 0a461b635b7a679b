using System.Text.Json.Serialization;
using AgentAssist.Core.Sentiment;

namespace AgentAssist.Cli;

/// <summary>One reading of <c>agentassist sentiment</c> as JSON: with <c>--file</c>, the input line's number and its reading, or an error.</summary>
internal sealed record SentimentLine(
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Line,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Label,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] double? Score,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Language,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string[]? Signals,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Error)
{
    public static SentimentLine From(int? line, SentimentResult result) => new(
        line,
        result.Label.ToString().ToLowerInvariant(),
        result.Score,
        result.Language,
        [.. Enum.GetValues<SentimentSignals>().Where(s => s != SentimentSignals.None && result.Signals.HasFlag(s)).Select(s => s.ToString().ToLowerInvariant())],
        null);

    public static SentimentLine Failed(int line, string message) => new(line, null, null, null, null, message);
}
