using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Sentiment;

/// <summary>
/// Splits a customer message into <see cref="SentimentToken"/>s the way social text is written: HTML entities
/// decoded, links and @mentions dropped (they name the brand, not a feeling), hashtags read as words, emoticons and
/// emoji kept as symbols, numbers split from units ("3hrs"), letters stretched for emphasis ("sooo") noted.
/// </summary>
internal static partial class SentimentTokenizer
{
    public sealed record Tokens(IReadOnlyList<SentimentToken> Items, IReadOnlySet<int> QuestionSentences, int Exclamations);

    public static Tokens Tokenize(string text, Func<string, bool> isSymbol)
    {
        var clean = MentionOrLink().Replace(WebUtility.HtmlDecode(text), " ");
        // A hashtag reads as its words: "#UnitedFail" is "United Fail".
        clean = Hashtag().Replace(clean, m => CamelCase().Replace(m.Groups[1].Value, " $1"));
        var items = new List<SentimentToken>();
        var questions = new HashSet<int>();
        var exclamations = 0;
        var sentence = 0;
        var sentenceHasWords = false;
        foreach (var chunk in clean.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var trimmed = chunk.TrimEnd('.', ',', ';', '!', '?');
            // An emoticon is a whole chunk (":-(", "</3", ":D"); its characters alone would read as punctuation.
            if (trimmed.Length > 1 && trimmed.Any(c => !char.IsLetterOrDigit(c)) && isSymbol(trimmed))
            {
                items.Add(new SentimentToken(trimmed, SentimentTokenKind.Symbol, sentence, false, false));
                sentenceHasWords = true;
                ReadPunctuation(chunk.AsSpan(trimmed.Length));
                continue;
            }

            var word = new StringBuilder();
            var elements = StringInfo.GetTextElementEnumerator(chunk);
            while (elements.MoveNext())
            {
                var element = elements.GetTextElement();
                var c = element[0];
                if (char.IsLetter(c) || (char.IsDigit(c) && element.Length == 1) || IsApostrophe(c) && word.Length > 0)
                {
                    if (word.Length > 0 && char.IsDigit(c) != char.IsDigit(word[^1]) && !IsApostrophe(word[^1]))
                    {
                        Flush();
                    }

                    word.Append(element);
                    continue;
                }

                Flush();
                var symbol = SentimentText.Symbol(element);
                if (isSymbol(symbol))
                {
                    items.Add(new SentimentToken(symbol, SentimentTokenKind.Symbol, sentence, false, false));
                    sentenceHasWords = true;
                }
                else
                {
                    ReadPunctuation(element);
                }
            }

            Flush();

            void Flush()
            {
                if (word.Length == 0)
                {
                    return;
                }

                var raw = word.ToString().TrimEnd('\'', '’');
                word.Clear();
                if (raw.Length == 0)
                {
                    return;
                }

                var letters = raw.Count(char.IsLetter);
                var shouted = letters >= 2 && raw.All(ch => !char.IsLetter(ch) || char.IsUpper(ch));
                var folded = SentimentText.Fold(raw);
                var kind = folded.All(char.IsDigit) ? SentimentTokenKind.Number : SentimentTokenKind.Word;
                items.Add(new SentimentToken(folded, kind, sentence, shouted, Stretched().IsMatch(folded)));
                sentenceHasWords = true;
            }
        }

        return new Tokens(items, questions, exclamations);

        void ReadPunctuation(ReadOnlySpan<char> punctuation)
        {
            foreach (var c in punctuation)
            {
                if (c is '!' or '¡')
                {
                    exclamations += c == '!' ? 1 : 0;
                }
                else if (c == '?')
                {
                    questions.Add(sentence);
                }

                if (c is '.' or '!' or '?' or '\n' && sentenceHasWords)
                {
                    sentence++;
                    sentenceHasWords = false;
                }
            }
        }
    }

    private static bool IsApostrophe(char c) => c is '\'' or '’';

    [GeneratedRegex(@"https?://\S+|www\.\S+|@\w+")]
    private static partial Regex MentionOrLink();

    [GeneratedRegex(@"#(\w+)")]
    private static partial Regex Hashtag();

    [GeneratedRegex(@"(?<=\p{Ll})(\p{Lu})")]
    private static partial Regex CamelCase();

    [GeneratedRegex(@"(\p{L})\1\1")]
    private static partial Regex Stretched();
}
