using System.Text.RegularExpressions;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Suggestions;

/// <summary>
/// Recognises the parts of a reply that the offline suggester writes itself — the greeting, an acknowledgement, the
/// hand-off, the closing — whether an agent wrote them or an earlier suggestion did, so that a suggestion fed back as
/// the draft gives the same suggestion and no part is ever doubled. Built once per template language.
/// </summary>
internal sealed partial class SentenceRoles
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromMilliseconds(50);

    private readonly OfflineLanguageTemplates _templates;
    private readonly Regex[] _acknowledgements;
    private readonly Regex[] _handoffs;
    private readonly Regex[] _closings;

    public SentenceRoles(OfflineLanguageTemplates templates)
    {
        _templates = templates;
        var swap = templates.Reading.FormalAddressSwap;
        IEnumerable<string> BothAddresses(IEnumerable<string> phrases) =>
            phrases.SelectMany(p => new[] { p, Address.Formal(p, swap) }).Distinct(StringComparer.Ordinal);

        var orderNames = new[] { templates.Order.Named, templates.Order.Generic };
        var caseNames = new[] { templates.Case.Named, templates.Case.Generic };
        var acknowledgements = templates.Interactions.Values
            .Concat(templates.Orders.Values.SelectMany(o => orderNames.Select(n => o.Replace("{order}", n, StringComparison.Ordinal))))
            .Concat(caseNames.Select(n => templates.Cases.Replace("{case}", n, StringComparison.Ordinal)));
        _acknowledgements = [.. BothAddresses(acknowledgements).Select(p => Pattern(p, wholeText: false))];
        _handoffs = [.. BothAddresses(templates.Handoff.Values).Select(p => Pattern(p, wholeText: false))];
        _closings = [.. BothAddresses(templates.Closing.Values.Where(static c => c.Length > 0)).Select(p => Pattern(p, wholeText: true))];
    }

    public bool IsAcknowledgement(string sentence) => _acknowledgements.Any(r => r.IsMatch(sentence.Trim()));

    /// <summary>A hand-off the templates wrote, or an agent's own sentence that moves the talk to a private channel.</summary>
    public bool IsHandoff(string sentence) =>
        _handoffs.Any(r => r.IsMatch(sentence.Trim())) || TopicWords.ContainsAny(sentence, _templates.Reading.HandoffWords);

    /// <summary>
    /// The closing at the end of <paramref name="text"/> as the templates write it (a formal closing spans lines), or
    /// null when there is none.
    /// </summary>
    public TextSpan? TemplateClosing(string text)
    {
        foreach (var closing in _closings)
        {
            if (closing.Match(text) is { Success: true } match)
            {
                return new TextSpan(match.Index, match.Length);
            }
        }

        return null;
    }

    /// <summary>
    /// An agent's sign-off: a sign-off phrase (<c>Thanks</c>, <c>Kind regards</c>, <c>Un saludo</c>) with at most a
    /// name after it ("Cheers, Ana"). "Thanks for the photo" says something, and is not one.
    /// </summary>
    public bool IsSignOff(string sentence)
    {
        var words = TopicWords.Words(sentence);
        foreach (var phrase in _templates.Reading.SignOffWords)
        {
            var phraseWords = TopicWords.Words(phrase);
            if (words.Count < phraseWords.Count || !words.Take(phraseWords.Count).SequenceEqual(phraseWords, StringComparer.Ordinal))
            {
                continue;
            }

            var rest = words.Count - phraseWords.Count;
            if (rest == 0 || (rest <= 3 && NamesOnly(sentence, phraseWords.Count)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// The greeting at the start of <paramref name="text"/>, with the white space after it: a greeting word with what
    /// follows up to the first <c>! : .</c> or line break, or up to a comma that the sentence goes on after ("Hi Sam,
    /// your order…"); or the customer's name alone as a vocative ("Samuel Jones, sorry…"). Null when there is none.
    /// </summary>
    public TextSpan? Greeting(string text, IReadOnlyList<string> names)
    {
        var start = 0;
        while (start < text.Length && !char.IsLetterOrDigit(text[start]))
        {
            start++;
        }

        if (start >= text.Length)
        {
            return null;
        }

        if (_templates.GreetingWords.Any(word => StartsWithWord(text, start, word)))
        {
            return GreetingEnd(text, start) is { } end ? TextSpan.FromBounds(0, WithSpace(text, end)) : null;
        }

        foreach (var name in names.Where(static n => n.Length > 1).OrderByDescending(static n => n.Length))
        {
            var at = start > 0 && text[start - 1] == '@' ? start - 1 : start;
            if (StartsWithWord(text, at, name) && at + name.Length < text.Length && text[at + name.Length] is ',' or '!' or ':')
            {
                return TextSpan.FromBounds(0, WithSpace(text, at + name.Length + 1));
            }
        }

        return null;
    }

    private static int? GreetingEnd(string text, int start)
    {
        var words = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ':' or '!' or '.' or '\n')
            {
                return i + 1;
            }

            if (c == ',')
            {
                // A name after the comma still belongs to the greeting ("Hola, María!"); anything else starts the reply.
                return NameFollows(text, i + 1) ? SkipName(text, i + 1) : i + 1;
            }

            if (char.IsWhiteSpace(c) && i > start && !char.IsWhiteSpace(text[i - 1]) && ++words >= 4)
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>Whether one to three capitalised words follow <paramref name="at"/>, closed by <c>! : . ,</c> or a line break.</summary>
    private static bool NameFollows(string text, int at) => SkipName(text, at) is var end && end > at && end <= text.Length && end - 1 < text.Length && text[end - 1] is '!' or ':' or '.' or ',' or '\n';

    private static int SkipName(string text, int at)
    {
        var i = at;
        var words = 0;
        while (i < text.Length)
        {
            while (i < text.Length && text[i] is ' ' or '\t')
            {
                i++;
            }

            if (i >= text.Length || !char.IsUpper(text[i]) || ++words > 3)
            {
                return at;
            }

            while (i < text.Length && (char.IsLetter(text[i]) || text[i] is '-' or '\'' or '.'))
            {
                i++;
            }

            if (i < text.Length && text[i] is '!' or ':' or ',' or '\n')
            {
                return i + 1;
            }

            if (i > 0 && text[i - 1] == '.')
            {
                return i;
            }
        }

        return at;
    }

    private static int WithSpace(string text, int end)
    {
        while (end < text.Length && char.IsWhiteSpace(text[end]))
        {
            end++;
        }

        return end;
    }

    private static bool NamesOnly(string sentence, int skipWords)
    {
        var seen = 0;
        var start = -1;
        for (var i = 0; i <= sentence.Length; i++)
        {
            var inWord = i < sentence.Length && char.IsLetterOrDigit(sentence[i]);
            if (inWord && start < 0)
            {
                start = i;
            }
            else if (!inWord && start >= 0)
            {
                if (seen++ >= skipWords && !char.IsUpper(sentence[start]))
                {
                    return false;
                }

                start = -1;
            }
        }

        return true;
    }

    private static bool StartsWithWord(string text, int start, string word) =>
        start + word.Length <= text.Length
        && string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (start + word.Length == text.Length || !char.IsLetterOrDigit(text[start + word.Length]));

    /// <summary>
    /// A template phrase as a pattern: its placeholders match any short text, white space any white space, case ignored.
    /// A closing is matched at the end of the whole reply; other phrases as a whole sentence.
    /// </summary>
    private static Regex Pattern(string phrase, bool wholeText)
    {
        var body = string.Join(".{1,160}?", Placeholder().Split(phrase).Select(static p => EscapedWhitespace().Replace(Regex.Escape(p), @"\s+")));
        var pattern = wholeText ? $@"(?:^|(?<=\s)){body}\s*$" : $"^{body}$";
        return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline, MatchTimeout);
    }

    [GeneratedRegex(@"\{[^{}]*\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex(@"(?:\\ |\\n|\\t|\\r|\\f)+")]
    private static partial Regex EscapedWhitespace();
}
