namespace AgentAssist.Core.Privacy;

/// <summary>
/// Runs a set of recognizers over a text and keeps what is sure enough: matches scoring at least the threshold,
/// and where two overlap, the more certain one (then the longer), so digits inside a card are not also a phone number.
/// </summary>
public sealed class EntityAnalyzer
{
    /// <summary>Presidio's usual cut: a bare pattern match is not enough, a validated or introduced one is.</summary>
    public const double DefaultMinScore = 0.5;

    private readonly IEntityRecognizer[] _recognizers;

    public EntityAnalyzer(IEnumerable<IEntityRecognizer> recognizers, double minScore = DefaultMinScore)
    {
        ArgumentNullException.ThrowIfNull(recognizers);
        ArgumentOutOfRangeException.ThrowIfLessThan(minScore, 0.0);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(minScore, 1.0);
        _recognizers = [.. recognizers];
        MinScore = minScore;
    }

    /// <summary>Every built-in recognizer, with the default threshold.</summary>
    public static EntityAnalyzer Default { get; } = new(BuiltInRecognizers.Create());

    public double MinScore { get; }

    public IReadOnlyList<IEntityRecognizer> Recognizers => _recognizers;

    /// <summary>The entities in <paramref name="text"/>, ordered by position.</summary>
    public IReadOnlyList<EntityMatch> Analyze(string text, string language, string? region = null) =>
        Analyze(new RecognitionInput(text, language, region));

    /// <summary>The entities in <paramref name="input"/>, ordered by position.</summary>
    public IReadOnlyList<EntityMatch> Analyze(RecognitionInput input)
    {
        var results = new List<EntityMatch>();
        Analyze(input, results);
        return results;
    }

    /// <summary>Adds the entities in <paramref name="input"/> to <paramref name="results"/> (which must start empty), ordered by position.</summary>
    public void Analyze(RecognitionInput input, List<EntityMatch> results)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(results);
        foreach (var recognizer in _recognizers)
        {
            recognizer.Recognize(input, results);
        }

        Resolve(results, MinScore);
    }

    /// <summary>
    /// Drops matches under <paramref name="minScore"/> and, of overlapping matches, keeps the higher score (then the
    /// longer, then the earlier); sorts what is left by position.
    /// </summary>
    public static void Resolve(List<EntityMatch> matches, double minScore)
    {
        ArgumentNullException.ThrowIfNull(matches);
        matches.RemoveAll(m => m.Score < minScore);
        if (matches.Count > 1)
        {
            matches.Sort(static (a, b) =>
            {
                var byScore = b.Score.CompareTo(a.Score);
                if (byScore != 0)
                {
                    return byScore;
                }

                var byLength = b.Span.Length.CompareTo(a.Span.Length);
                return byLength != 0 ? byLength : a.Span.Start.CompareTo(b.Span.Start);
            });
            var kept = 0;
            for (var i = 0; i < matches.Count; i++)
            {
                var candidate = matches[i];
                var overlaps = false;
                for (var k = 0; k < kept && !overlaps; k++)
                {
                    overlaps = matches[k].Span.Overlaps(candidate.Span);
                }

                if (!overlaps)
                {
                    matches[kept++] = candidate;
                }
            }

            matches.RemoveRange(kept, matches.Count - kept);
        }

        matches.Sort(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
    }
}
