namespace AgentAssist.Core.Privacy;

/// <summary>How a <see cref="PatternRecognizer"/> scores and filters its matches.</summary>
public sealed record PatternRecognizerOptions
{
    public static PatternRecognizerOptions Default { get; } = new();

    /// <summary>Words that raise the score when they stand just before (or right after) a match.</summary>
    public ContextWords Context { get; init; } = ContextWords.None;

    /// <summary>Words that reject a match when they stand nearer before it than any <see cref="Context"/> word (labels of other identifiers).</summary>
    public ContextWords NegativeContext { get; init; } = ContextWords.None;

    /// <summary>How much a context word adds to the score (Presidio's 0.35).</summary>
    public double ContextBoost { get; init; } = 0.35;

    /// <summary>How many words before a match are searched for context.</summary>
    public int WordsBefore { get; init; } = 5;

    /// <summary>How many words after a match are searched for context ("0490 75 40 81 mobile").</summary>
    public int WordsAfter { get; init; } = 2;

    /// <summary>Checksum or rule check; <see langword="null"/> to take every match.</summary>
    public EntityValidator? Validator { get; init; }

    /// <summary>A cheap test on the text's profile; when it fails the patterns are not run at all.</summary>
    public Func<TextProfile, bool>? Prefilter { get; init; }
}
