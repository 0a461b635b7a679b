namespace AgentAssist.Core.Sentiment;

/// <summary>
/// What one word or phrase of a sentiment lexicon does: carries a valence (-4 … +4), turns the sense of what follows,
/// strengthens or softens it, splits the message into a weaker and a stronger clause, or marks a complaint, a risk or
/// thanks. A term can do several at once ("nobody" negates and is a complaint cue).
/// </summary>
internal sealed record SentimentTerm
{
    public double? Valence { get; init; }

    public double? Boost { get; init; }

    public bool Negates { get; init; }

    /// <summary>Puts what follows out of the real world ("would", "wish", "ojalá"): praise there is a wish, not a feeling.</summary>
    public bool Hedges { get; init; }

    /// <summary>Weights of the clauses before and after a contrast word ("but": 0.5 and 1.5).</summary>
    public (double Before, double After)? Contrast { get; init; }

    public bool Complaint { get; init; }

    public bool Risk { get; init; }

    public bool Gratitude { get; init; }
}
