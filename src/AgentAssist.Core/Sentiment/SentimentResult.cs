namespace AgentAssist.Core.Sentiment;

/// <summary>
/// How a customer's message reads. <see cref="Score"/> runs from -1 (most negative) to +1 (most positive); the
/// <see cref="Label"/> comes from the score and the language's thresholds. Carries no text from the message, so it
/// can be stored, logged and measured.
/// </summary>
public sealed record SentimentResult(SentimentLabel Label, double Score, string Language, SentimentSignals Signals)
{
    /// <summary>Negative enough, with a risk signal, that a supervisor should see it before the reply goes out.</summary>
    public bool NeedsProactiveHandling => Label == SentimentLabel.Negative && Score <= VeryNegative && Signals.HasFlag(SentimentSignals.Risk);

    /// <summary>The score below which a message counts as very negative.</summary>
    public const double VeryNegative = -0.5;
}
