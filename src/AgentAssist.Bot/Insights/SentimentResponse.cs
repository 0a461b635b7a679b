using AgentAssist.Core.Sentiment;

namespace AgentAssist.Bot.Insights;

/// <summary>How a customer's message reads: <c>label</c> negative|neutral|positive, <c>score</c> −1 … +1, the language read, and complaint or risk signals.</summary>
internal sealed record SentimentResponse(string Label, double Score, string Language, string[] Signals)
{
    public static SentimentResponse From(SentimentResult result) => new(
        result.Label.ToString().ToLowerInvariant(),
        result.Score,
        result.Language,
        [.. Enum.GetValues<SentimentSignals>().Where(s => s != SentimentSignals.None && result.Signals.HasFlag(s)).Select(s => s.ToString().ToLowerInvariant())]);
}
