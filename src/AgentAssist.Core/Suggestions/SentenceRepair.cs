using System.Text;
using System.Text.RegularExpressions;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Suggestions;

/// <summary>
/// Repairs a reply sentence by sentence: takes a flagged word out of its sentence and mends the punctuation around it,
/// ends every sentence with a mark, pairs Spanish ¡…! and ¿…?, and capitalises sentence starts. Used by the offline
/// suggester on the draft and by <see cref="GuardedSuggester"/> on any suggestion, so both repair the same way.
/// </summary>
internal static partial class SentenceRepair
{
    /// <summary>Categories whose flagged wording is taken out of its sentence when no automatic fix says what to put instead.</summary>
    public static bool IsRemovable(Finding finding) =>
        finding.Fix is not { IsAutomatic: true }
        && finding.Severity is Severity.Warning or Severity.Block
        && finding.Category is FindingCategory.Tone or FindingCategory.Wording or FindingCategory.Profanity
            or FindingCategory.Sexual or FindingCategory.Slur or FindingCategory.Insult;

    /// <summary>
    /// What to take out for <paramref name="finding"/>: a single flagged word alone ("the damn headphones" → "the
    /// headphones"); a flagged phrase with the clause around it, between commas or sentence ends ("Please calm down, we
    /// are on it." → "we are on it."), since a sentence without the phrase's words would not read.
    /// </summary>
    public static TextSpan RemovalSpan(string text, Finding finding)
    {
        var span = finding.Span;
        var words = TopicWords.Words(span.Slice(text)).Count;

        // An insult is the point of its clause ("Eres un gilipollas"): the clause goes with it.
        if (words <= 1 && finding.Category is not (FindingCategory.Insult or FindingCategory.Slur))
        {
            return span;
        }

        var start = span.Start;
        while (start > 0 && text[start - 1] is not (',' or ';' or ':' or '.' or '!' or '?' or '…' or '\n' or '¡' or '¿'))
        {
            start--;
        }

        var end = span.End;
        while (end < text.Length && text[end] is not (',' or ';' or '.' or '!' or '?' or '…' or '\n'))
        {
            end++;
        }

        // The clause's own comma goes with it; a sentence's final mark stays for what remains of the sentence.
        if (end < text.Length && text[end] is ',' or ';')
        {
            end++;
        }

        return TextSpan.FromBounds(start, end);
    }

    /// <summary>A finding that removes <paramref name="span"/>, outranking every rule's finding where they overlap.</summary>
    public static Finding Removal(TextSpan span, string ruleId) =>
        new(ruleId, FindingCategory.Structure, (Severity)int.MaxValue, span, "Removed by the suggester.", Fix: new Fix("Removed.", string.Empty));

    /// <summary>
    /// Mends what removals leave: doubled or stranded commas, space before a mark, empty ¡ ¿, double spaces, a sentence
    /// that now starts in lower case.
    /// </summary>
    public static string Tidy(string text)
    {
        var result = SpaceBeforeMark().Replace(text, "$1");
        result = RepeatedComma().Replace(result, ",");
        result = DoubledStop().Replace(result, "$1");
        result = CommaBeforeEnd().Replace(result, "$1");
        result = EmptyOpening().Replace(result, string.Empty);
        result = SpaceAfterOpening().Replace(result, "$1");
        result = LeadingComma().Replace(result, "$1");
        result = LeadingStop().Replace(result, string.Empty);
        result = Spaces().Replace(result, " ");
        result = SentenceStart().Replace(result, static m => m.Value.ToUpperInvariant());
        return result.Trim();
    }

    /// <summary>
    /// <paramref name="sentence"/> capitalised, ending in a mark, and in Spanish with its ¡…! and ¿…? paired; null when
    /// nothing of it is left to read (fewer than two words, or only marks).
    /// </summary>
    public static string? Mend(string sentence, string language)
    {
        var text = sentence.Trim();
        if (TopicWords.Words(text).Count < 2)
        {
            return null;
        }

        var end = text.Length;
        while (end > 0 && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] is not ('.' or '!' or '?' or '…'))
        {
            end--;
        }

        if (end > 0 && char.IsLetterOrDigit(text[end - 1]))
        {
            text = text.Insert(end, ".");
            end++;
        }

        if (language == "es")
        {
            text = Pair(text, '¡', '!');
            text = Pair(text, '¿', '?');
        }

        return Capitalise(text);
    }

    /// <summary>Capitalises the first letter, after any opening marks (¡¿"').</summary>
    public static string Capitalise(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i < text.Length && char.IsLower(text[i]) ? string.Concat(text.AsSpan(0, i), char.ToUpperInvariant(text[i]).ToString(), text.AsSpan(i + 1)) : text;
    }

    /// <summary>
    /// A sentence that ends in <paramref name="close"/> without <paramref name="open"/> gets it at its start; one with
    /// <paramref name="open"/> and no <paramref name="close"/> after it gets <paramref name="close"/> as its final mark.
    /// </summary>
    private static string Pair(string text, char open, char close)
    {
        var opened = text.IndexOf(open, StringComparison.Ordinal);
        var closed = text.LastIndexOf(close);
        if (opened < 0 && closed >= 0 && IsFinal(text, closed))
        {
            var first = 0;
            while (first < text.Length && text[first] is '"' or '“' or '«' or '\'')
            {
                first++;
            }

            // One clause: "¡Hola!" Several clauses: the mark opens the last one ("Hola María, ¡ya salió!").
            var clause = LastClauseStart(text, closed);
            return text.Insert(Math.Max(first, clause), open.ToString());
        }

        if (opened >= 0 && (closed < opened))
        {
            var end = text.Length;
            while (end > 0 && !char.IsLetterOrDigit(text[end - 1]) && text[end - 1] is not ('.' or '!' or '?' or '…'))
            {
                end--;
            }

            var builder = new StringBuilder(text);
            if (end > 0 && text[end - 1] is '.' or '!' or '?' or '…')
            {
                builder[end - 1] = close;
            }
            else
            {
                builder.Insert(end, close);
            }

            return builder.ToString();
        }

        return text;
    }

    private static bool IsFinal(string text, int at)
    {
        for (var i = at + 1; i < text.Length; i++)
        {
            if (char.IsLetterOrDigit(text[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the clause ending at <paramref name="end"/> starts: after the last comma, colon or semicolon, skipping white space.</summary>
    private static int LastClauseStart(string text, int end)
    {
        var i = end - 1;
        while (i >= 0 && text[i] is not (',' or ':' or ';'))
        {
            i--;
        }

        if (i < 0)
        {
            return 0;
        }

        i++;
        while (i < end && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }

    [GeneratedRegex(@"[ \t]+([,.;:!?…])")]
    private static partial Regex SpaceBeforeMark();

    [GeneratedRegex(@"(?<!\.)([.!?])\s*\.(?!\.)")]
    private static partial Regex DoubledStop();

    [GeneratedRegex(@",(\s*,)+")]
    private static partial Regex RepeatedComma();

    [GeneratedRegex(@"[,;:]\s*([.!?…])")]
    private static partial Regex CommaBeforeEnd();

    [GeneratedRegex(@"[¡¿]\s*(?=[,.;:!?…]|$)")]
    private static partial Regex EmptyOpening();

    [GeneratedRegex(@"([¡¿])[ \t]+")]
    private static partial Regex SpaceAfterOpening();

    [GeneratedRegex(@"(^|[.!?…]\s+|\n)[ \t]*[,;:][ \t]*")]
    private static partial Regex LeadingComma();

    [GeneratedRegex(@"(?:^|(?<=[.!?…]\s+)|(?<=\n))[¡¿""“«]?\p{Ll}")]
    private static partial Regex SentenceStart();

    [GeneratedRegex(@"^\s*[.!?…]+\s*")]
    private static partial Regex LeadingStop();

    [GeneratedRegex(@"[ \t]{2,}")]
    private static partial Regex Spaces();
}
