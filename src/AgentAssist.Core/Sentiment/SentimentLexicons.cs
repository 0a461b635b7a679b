using System.Collections.Frozen;
using System.Reflection;
using System.Text.Json;

namespace AgentAssist.Core.Sentiment;

/// <summary>
/// The sentiment lexicons AgentAssist ships, per language, and the symbols (emoji, emoticons) every language shares.
/// English builds on VADER's lexicon (MIT, © 2016 C.J. Hutto; <c>Lexicons/LICENSE-vader.txt</c>) with AgentAssist's
/// customer-service rules over it; Spanish is AgentAssist's own lexicon, since the public Spanish lists are not
/// clearly licensed for shipping (docs/insights.md). Extra lists load from configured paths.
/// </summary>
public sealed class SentimentLexicons
{
    private static readonly Assembly Resources = typeof(SentimentLexicons).Assembly;

    private SentimentLexicons(IReadOnlyDictionary<string, SentimentLanguage> languages, IReadOnlyDictionary<string, double> symbols)
    {
        Languages = languages.ToFrozenDictionary(StringComparer.Ordinal);
        Symbols = symbols.ToFrozenDictionary(StringComparer.Ordinal);
    }

    /// <summary>The languages there is a lexicon for (<c>en</c>, <c>es</c>).</summary>
    public IReadOnlyCollection<string> Supported => Languages.Keys;

    internal FrozenDictionary<string, SentimentLanguage> Languages { get; }

    /// <summary>Emoji (without variation selectors or skin tones) and emoticons, with their valence.</summary>
    internal FrozenDictionary<string, double> Symbols { get; }

    /// <summary>Loads the built-in lexicons, then <paramref name="extra"/> lists from disk.</summary>
    /// <exception cref="InvalidDataException">An extra list is not a JSON object of numbers, or names an unsupported language.</exception>
    /// <exception cref="IOException">An extra list cannot be read.</exception>
    public static SentimentLexicons Load(IEnumerable<SentimentLexiconFile>? extra = null)
    {
        var symbols = new Dictionary<string, double>(StringComparer.Ordinal);
        var english = new SentimentLexiconBuilder("en", symbols);
        using (var vader = Open("vader_lexicon.txt"))
        {
            english.ReadVader(vader, "vader_lexicon.txt");
        }

        using (var rules = Open("en.txt"))
        {
            english.ReadRules(rules, "en.txt");
        }

        var englishLanguage = english.Build(SentimentWordForms.EnglishForms);
        ScoreEmojiDescriptions(englishLanguage, symbols);
        using (var emoji = Open("emoji.txt"))
        {
            english.ReadRules(emoji, "emoji.txt");
        }

        var spanish = new SentimentLexiconBuilder("es", symbols);
        using (var rules = Open("es.txt"))
        {
            spanish.ReadRules(rules, "es.txt");
        }

        foreach (var file in extra ?? [])
        {
            var builder = file.Language switch
            {
                "en" => english,
                "es" => spanish,
                _ => throw new InvalidDataException($"{file.Path}: no sentiment lexicon for language '{file.Language}'; use en or es."),
            };
            ReadJson(builder, file);
        }

        return new SentimentLexicons(
            new Dictionary<string, SentimentLanguage>
            {
                ["en"] = english.Build(SentimentWordForms.EnglishForms),
                ["es"] = spanish.Build(SentimentWordForms.SpanishForms),
            },
            symbols);
    }

    /// <summary>
    /// An emoji reads as its English description does ("face with tears of joy"): the sum of the description's word
    /// valences, kept within ±3 so a long description cannot outweigh a sentence.
    /// </summary>
    private static void ScoreEmojiDescriptions(SentimentLanguage english, Dictionary<string, double> symbols)
    {
        using var reader = Open("emoji_utf8_lexicon.txt");
        while (reader.ReadLine() is { } line)
        {
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            if (tab <= 0)
            {
                continue;
            }

            var valence = line[(tab + 1)..]
                .Split(' ', StringSplitOptions.RemoveEmptyEntries)
                .Sum(word => english.Terms.GetValueOrDefault(SentimentText.Fold(word))?.Valence ?? 0);
            if (valence != 0)
            {
                symbols[line[..tab].Replace("\uFE0F", "", StringComparison.Ordinal)] = Math.Clamp(valence, -3, 3);
            }
        }
    }

    private static void ReadJson(SentimentLexiconBuilder builder, SentimentLexiconFile file)
    {
        using var stream = File.OpenRead(file.Path);
        using var document = JsonDocument.Parse(stream);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            throw new InvalidDataException($"{file.Path}: expected a JSON object of word → valence.");
        }

        foreach (var entry in document.RootElement.EnumerateObject())
        {
            if (entry.Value.ValueKind != JsonValueKind.Number)
            {
                throw new InvalidDataException($"{file.Path}: the value of '{entry.Name}' is not a number.");
            }

            // Emoji in word lists stay with the shared symbol valences, so every language reads them alike.
            if (entry.Name.Any(char.IsLetter))
            {
                builder.SetValence(entry.Name, entry.Value.GetDouble() * file.Scale, onlyIfMissing: true);
            }
        }
    }

    private static StreamReader Open(string name) =>
        new(Resources.GetManifestResourceStream($"AgentAssist.Core.Sentiment.Lexicons.{name}")
            ?? throw new InvalidOperationException($"The sentiment lexicon {name} is missing from {Resources.GetName().Name}; rebuild AgentAssist.Core."));
}
