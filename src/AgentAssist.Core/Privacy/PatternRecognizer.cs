using System.Text.RegularExpressions;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Privacy;

/// <summary>
/// A recognizer made of regular expressions with scores, context words that raise (or veto) a match, and a
/// validator hook (Luhn, IBAN mod 97, DNI control letter) that rejects matches that only look right.
/// </summary>
public sealed class PatternRecognizer : IEntityRecognizer
{
    private readonly string _entityType;
    private readonly EntityPattern[] _patterns;
    private readonly PatternRecognizerOptions _options;

    public PatternRecognizer(string entityType, IEnumerable<EntityPattern> patterns, PatternRecognizerOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(entityType);
        ArgumentNullException.ThrowIfNull(patterns);
        _entityType = entityType;
        _patterns = [.. patterns];
        _options = options ?? PatternRecognizerOptions.Default;
        EntityTypes = [entityType];
    }

    public IReadOnlyList<string> EntityTypes { get; }

    public void Recognize(RecognitionInput input, ICollection<EntityMatch> results)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(results);
        if (_options.Prefilter is { } prefilter && !prefilter(input.Profile))
        {
            return;
        }

        var text = input.Text;
        foreach (var pattern in _patterns)
        {
            if (pattern.Prefilter is { } needs && !needs(input))
            {
                continue;
            }

            try
            {
                for (var match = pattern.Regex.Match(text); match.Success; match = match.NextMatch())
                {
                    var value = match.Groups.TryGetValue("value", out var group) && group.Success ? group : match;
                    if (value.Length > 0 && Score(text, new TextSpan(value.Index, value.Length), pattern) is { } score)
                    {
                        results.Add(new EntityMatch(_entityType, new TextSpan(value.Index, value.Length), score));
                    }
                }
            }
            catch (RegexMatchTimeoutException)
            {
                // A brand-written pattern that runs too long finds nothing rather than failing the check.
            }
        }
    }

    private double? Score(string text, TextSpan span, EntityPattern pattern)
    {
        var options = _options;
        var score = pattern.Score;
        if ((pattern.Validator ?? options.Validator) is { } validator)
        {
            if (validator(text, span, score) is not { } validated)
            {
                return null;
            }

            score = validated;
        }

        var positive = options.Context.DistanceBefore(text, span.Start, options.WordsBefore);
        if (!options.NegativeContext.IsEmpty)
        {
            var negative = options.NegativeContext.DistanceBefore(text, span.Start, options.WordsBefore);
            if (negative > 0 && (positive == 0 || negative < positive))
            {
                return null;
            }
        }

        if (positive > 0 || options.Context.AnyAfter(text, span.End, options.WordsAfter))
        {
            score = Math.Min(1.0, score + options.ContextBoost);
        }

        return score;
    }
}
