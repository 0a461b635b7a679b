using System.Globalization;

namespace AgentAssist.Core.Sentiment;

/// <summary>
/// Collects the terms of one language from its files (the sectioned rules format, VADER's lexicon, JSON word lists)
/// and checks each line as it reads it, so a broken lexicon stops the start with its file and line.
/// </summary>
internal sealed class SentimentLexiconBuilder(string language, Dictionary<string, double> symbols)
{
    private readonly Dictionary<string, SentimentTerm> _terms = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _aliases = new(StringComparer.Ordinal);
    private double _negativeThreshold = -0.05;
    private double _positiveThreshold = 0.05;

    /// <summary>Adds or replaces a word's valence; <paramref name="onlyIfMissing"/> keeps what an earlier, trusted list said.</summary>
    public void SetValence(string term, double valence, bool onlyIfMissing = false)
    {
        var key = SentimentText.Key(term);
        if (key.Length == 0)
        {
            return;
        }

        if (onlyIfMissing && _terms.TryGetValue(key, out var existing) && existing.Valence is not null)
        {
            return;
        }

        Update(key, t => t with { Valence = valence });
    }

    /// <summary>Reads VADER's lexicon: a token, a tab and its mean valence on each line (the other columns are its ratings).</summary>
    public void ReadVader(TextReader reader, string source)
    {
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            var fields = line.Split('\t');
            if (fields.Length < 2 || !double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var valence))
            {
                throw new InvalidDataException($"{source}:{number}: expected a token, a tab and a valence.");
            }

            var token = fields[0];
            if (token.All(char.IsDigit))
            {
                // Numbers as slang ("143", "86") collide with flight numbers, prices and times in customer messages.
                continue;
            }

            if (token.Any(char.IsLetter) && token.All(c => char.IsLetter(c) || c is '\'' or '-' or ' '))
            {
                SetValence(token, valence);
            }
            else if (!token.Contains(' ', StringComparison.Ordinal))
            {
                symbols[token] = valence;
            }
        }
    }

    /// <summary>
    /// Reads AgentAssist's sectioned rules format: <c>[section]</c> headers, then one term a line with its values
    /// after tabs; <c>#</c> starts a comment line.
    /// </summary>
    public void ReadRules(TextReader reader, string source)
    {
        string? section = null;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            // A comment has no tab: "# hours<TAB>-1.5" is a term, '#' standing for any number.
            if (line.Length == 0 || line.StartsWith('#') && !line.Contains('\t', StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith('[') && line.EndsWith(']'))
            {
                section = line[1..^1];
                continue;
            }

            var fields = line.Split('\t');
            var term = fields[0].Trim();
            var where = $"{source}:{number}";
            switch (section)
            {
                case "thresholds" when term == "negative":
                    _negativeThreshold = Number(fields, 1, where);
                    break;
                case "thresholds" when term == "positive":
                    _positiveThreshold = Number(fields, 1, where);
                    break;
                case "negators":
                    Update(SentimentText.Key(term), t => t with { Negates = true });
                    break;
                case "hedges":
                    // A hedge carries no feeling of its own: "I hope" asks, it does not praise.
                    Update(SentimentText.Key(term), t => t with { Hedges = true, Valence = 0 });
                    break;
                case "boosters":
                    var boost = Number(fields, 1, where);
                    Update(SentimentText.Key(term), t => t with { Boost = boost });
                    break;
                case "contrast":
                    var before = Number(fields, 1, where);
                    var after = Number(fields, 2, where);
                    Update(SentimentText.Key(term), t => t with { Contrast = (before, after) });
                    break;
                case "gratitude":
                    Update(SentimentText.Key(term), t => t with { Gratitude = true });
                    break;
                case "words":
                    SetValence(term, Number(fields, 1, where));
                    break;
                case "complaints":
                    var valence = Number(fields, 1, where);
                    Update(SentimentText.Key(term), t => t with { Valence = valence, Complaint = true });
                    break;
                case "risks":
                    Update(SentimentText.Key(term), t => t with { Risk = true });
                    break;
                case "aliases":
                    _aliases[SentimentText.Fold(term)] = SentimentText.Fold(Text(fields, 1, where));
                    break;
                case "emoji":
                    symbols[term.Replace("\uFE0F", "", StringComparison.Ordinal)] = Number(fields, 1, where);
                    break;
                default:
                    throw new InvalidDataException($"{where}: '{term}' is outside a known section (thresholds, negators, hedges, boosters, contrast, gratitude, words, complaints, risks, aliases, emoji).");
            }
        }
    }

    public SentimentLanguage Build(Func<string, IEnumerable<string>> wordForms) =>
        new(language, _terms, _aliases, _negativeThreshold, _positiveThreshold, wordForms);

    private void Update(string key, Func<SentimentTerm, SentimentTerm> change) =>
        _terms[key] = change(_terms.GetValueOrDefault(key) ?? new SentimentTerm());

    private static double Number(string[] fields, int index, string where) =>
        double.TryParse(Text(fields, index, where), NumberStyles.Float, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new InvalidDataException($"{where}: column {index + 1} should be a number.");

    private static string Text(string[] fields, int index, string where) =>
        index < fields.Length && fields[index].Trim().Length > 0
            ? fields[index].Trim()
            : throw new InvalidDataException($"{where}: expected {index + 1} tab-separated columns.");
}
