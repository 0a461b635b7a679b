using AgentAssist.Core.Languages;

namespace AgentAssist.Core.Sentiment;

/// <summary>
/// Reads how a customer's message feels, in English or Spanish, from lexicons and rules: each word, phrase, emoji or
/// emoticon carries a valence; the three words before it may turn it ("not", "no", "nunca"), strengthen or soften
/// it ("very", "muy", "un poco"); a contrast word weighs the clause after it more ("but", "pero") or less
/// ("although", "aunque"); capitals, stretched letters and exclamation marks add emphasis; questions count for less;
/// customer-service complaint cues (delays, cancellations, lost luggage, on hold, still no answer) count even when
/// no feeling is named, and thanks inside a complaint counts as politeness, not praise. The sum maps onto −1 … +1.
/// </summary>
public sealed class SentimentAnalyzer(SentimentLexicons lexicons, LanguageDetector detector)
{
    private const int NegationWindow = 3;
    private const double NegatedPositive = -0.8;
    private const double NegatedNegative = -0.3;
    private const double Emphasis = 0.7;
    private const double StretchEmphasis = 0.3;
    private const double QuestionWeight = 0.6;
    private const double HedgedPositive = 0.3;
    private const double ThanksInRequest = 0.3;
    private const double PraiseInComplaint = 0.5;
    private const double ThanksInComplaint = 0.15;
    private const double ExclamationEmphasis = 0.2;
    private const int MaxExclamations = 4;
    private const double Normalisation = 15;

    /// <summary>The languages it reads.</summary>
    public IReadOnlyCollection<string> Languages => lexicons.Supported;

    /// <summary>Whether a BCP 47 tag ("es", "es-MX", "en-GB") names a language it reads.</summary>
    public bool Supports(string language) => lexicons.Languages.ContainsKey(PrimaryLanguage(language));

    /// <summary>Reads <paramref name="text"/> in <paramref name="language"/>, or in the language detected when null.</summary>
    /// <exception cref="ArgumentOutOfRangeException">The language is not one of <see cref="Languages"/>; check with <see cref="Supports"/>.</exception>
    public SentimentResult Analyze(string text, string? language = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = SentimentTokenizer.Tokenize(text, lexicons.Symbols.ContainsKey);
        var (lexicon, units) = language is null ? Detect(text, tokens.Items) : Read(PrimaryLanguage(language), tokens.Items);
        var code = lexicon.Code;
        var shoutedText = tokens.Items.Count(t => t.Shouted) * 2 > tokens.Items.Count(t => t.Kind == SentimentTokenKind.Word);
        var contrast = units.FindLastIndex(u => u.Term.Contrast is not null);
        var complaintSentences = units.Where(u => u.Term.Complaint).Select(u => u.Sentence).ToHashSet();

        double feeling = 0, thanks = 0;
        var signals = SentimentSignals.None;
        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            signals |= (unit.Term.Complaint ? SentimentSignals.Complaint : 0) | (unit.Term.Risk ? SentimentSignals.Risk : 0);
            if (unit.Term.Valence is not { } valence || valence == 0)
            {
                continue;
            }

            valence = Modify(valence, units, i, unit.Shouted && !shoutedText, unit.Elongated);
            if (valence > 0 && complaintSentences.Contains(unit.Sentence))
            {
                valence *= PraiseInComplaint;
            }

            if (contrast >= 0 && i != contrast)
            {
                var (before, after) = units[contrast].Term.Contrast!.Value;
                valence *= i < contrast ? before : after;
            }

            if (tokens.QuestionSentences.Contains(unit.Sentence) && !unit.Term.Complaint)
            {
                valence *= QuestionWeight;
            }

            if (unit.Term.Gratitude && valence > 0)
            {
                thanks += valence;
            }
            else
            {
                feeling += valence;
            }
        }

        // Thanks inside a complaint is politeness or sarcasm; beside a question or request it is politeness.
        var complaint = signals.HasFlag(SentimentSignals.Complaint) || feeling < 0;
        var total = feeling + thanks * (complaint ? ThanksInComplaint : tokens.QuestionSentences.Count > 0 ? ThanksInRequest : 1);
        if (total != 0)
        {
            total += Math.Sign(total) * Math.Min(tokens.Exclamations, MaxExclamations) * ExclamationEmphasis;
        }

        var score = Math.Round(total / Math.Sqrt(total * total + Normalisation), 4);
        var label = score <= lexicon.NegativeThreshold ? SentimentLabel.Negative
            : score >= lexicon.PositiveThreshold ? SentimentLabel.Positive
            : SentimentLabel.Neutral;
        return new SentimentResult(label, score, code, signals);
    }

    private (SentimentLanguage Lexicon, List<Unit> Units) Read(string code, IReadOnlyList<SentimentToken> tokens) =>
        lexicons.Languages.TryGetValue(code, out var lexicon)
            ? (lexicon, Match(tokens, lexicon, lexicons.Symbols))
            : throw new ArgumentOutOfRangeException(nameof(code), code, $"No sentiment lexicon for this language; use one of {string.Join(", ", Languages)}.");

    /// <summary>
    /// The detected language, or, when the detector is unsure (short messages without accents), the language whose
    /// lexicon knows more of the message's words.
    /// </summary>
    private (SentimentLanguage Lexicon, List<Unit> Units) Detect(string text, IReadOnlyList<SentimentToken> tokens)
    {
        var (detected, confident) = detector.Detect(text);
        if (confident && lexicons.Languages.ContainsKey(detected))
        {
            return Read(detected, tokens);
        }

        return lexicons.Languages.Keys
            .Select(code => Read(code, tokens))
            .OrderByDescending(read => read.Units.Count(u => !ReferenceEquals(u.Term, Unknown)) - read.Units.Count)
            .ThenBy(read => read.Lexicon.Code == detected ? 0 : 1)
            .First();
    }

    /// <summary>The primary language subtag of a BCP 47 tag, in lower case.</summary>
    private static string PrimaryLanguage(string tag)
    {
        var dash = tag.IndexOfAny(['-', '_']);
        return (dash < 0 ? tag : tag[..dash]).Trim().ToLowerInvariant();
    }

    /// <summary>Boosters, then emphasis, then negation: "not very good" is the negation of "very good".</summary>
    private static double Modify(double valence, List<Unit> units, int index, bool shouted, bool elongated)
    {
        var sign = Math.Sign(valence);
        var negated = false;
        var hedged = false;
        for (var back = 1; back <= NegationWindow && index - back >= 0; back++)
        {
            var before = units[index - back];
            if (before.Sentence != units[index].Sentence)
            {
                break;
            }

            if (before.Term.Boost is { } boost && before.Term.Valence is null or 0)
            {
                valence += sign * boost * (1 - 0.05 * (back - 1));
            }

            negated |= before.Term.Negates;
            hedged |= before.Term.Hedges;
        }

        valence += (shouted ? sign * Emphasis : 0) + (elongated ? sign * StretchEmphasis : 0);
        valence = negated ? valence * (valence > 0 ? NegatedPositive : NegatedNegative) : valence;
        return hedged && valence > 0 ? valence * HedgedPositive : valence;
    }

    /// <summary>Matches the longest lexicon term at each position (numbers also match <c>#</c>), aliases read first.</summary>
    private static List<Unit> Match(IReadOnlyList<SentimentToken> tokens, SentimentLanguage lexicon, IReadOnlyDictionary<string, double> symbols)
    {
        var words = tokens.Select(t => t.Kind == SentimentTokenKind.Word && lexicon.Aliases.TryGetValue(t.Text, out var alias) ? alias : t.Text).ToArray();
        var units = new List<Unit>(tokens.Count);
        var position = 0;
        while (position < tokens.Count)
        {
            var (term, length) = tokens[position].Kind == SentimentTokenKind.Symbol
                ? (new SentimentTerm { Valence = symbols[tokens[position].Text] }, 1)
                : Longest(tokens, words, position, lexicon);
            var span = tokens.Skip(position).Take(length).ToList();
            units.Add(new Unit(term, span[0].Sentence, span.Any(t => t.Shouted), span.Any(t => t.Elongated)));
            position += length;
        }

        return units;
    }

    private static (SentimentTerm Term, int Length) Longest(IReadOnlyList<SentimentToken> tokens, string[] words, int start, SentimentLanguage lexicon)
    {
        var token = tokens[start];
        for (var length = Math.Min(lexicon.LongestTerm, tokens.Count - start); length >= 1; length--)
        {
            if (tokens[start + length - 1].Sentence != token.Sentence)
            {
                continue;
            }

            foreach (var key in Keys(tokens, words, start, length))
            {
                if (lexicon.Terms.TryGetValue(key, out var term))
                {
                    return (term, length);
                }
            }
        }

        var word = words[start];
        foreach (var form in (token.Elongated ? SentimentText.Unstretched(word) : []).Concat(lexicon.WordForms(word)))
        {
            if (lexicon.Terms.TryGetValue(form, out var term))
            {
                return (term, 1);
            }
        }

        return (Unknown, 1);
    }

    private static readonly SentimentTerm Unknown = new();

    private static IEnumerable<string> Keys(IReadOnlyList<SentimentToken> tokens, string[] words, int start, int length)
    {
        var parts = new string[length];
        for (var i = 0; i < length; i++)
        {
            parts[i] = words[start + i];
        }

        yield return string.Join(' ', parts);
        if (tokens.Skip(start).Take(length).Any(t => t.Kind == SentimentTokenKind.Number))
        {
            for (var i = 0; i < length; i++)
            {
                parts[i] = tokens[start + i].Kind == SentimentTokenKind.Number ? "#" : words[start + i];
            }

            yield return string.Join(' ', parts);
        }
    }

    private readonly record struct Unit(SentimentTerm Term, int Sentence, bool Shouted, bool Elongated);
}
