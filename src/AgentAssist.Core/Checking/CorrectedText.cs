using System.Text;

namespace AgentAssist.Core.Checking;

/// <summary>Applies the automatic fixes of a set of findings to a draft.</summary>
public static class CorrectedText
{
    /// <summary>
    /// Applies every automatic fix, left to right. Where fixes overlap, the one from the more severe finding wins
    /// (then the earlier, then the longer), so the result is the same whatever order the findings came in.
    /// </summary>
    public static string Apply(string text, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        if (!findings.Any(f => f.Fix is { IsAutomatic: true }))
        {
            return text;
        }

        var chosen = new List<Finding>();
        foreach (var finding in findings
            .Where(f => f.Fix is { IsAutomatic: true })
            .OrderByDescending(f => f.Severity)
            .ThenBy(f => f.Span.Start)
            .ThenByDescending(f => f.Span.Length))
        {
            if (!chosen.Exists(c => Conflicts(c.Span, finding.Span)))
            {
                chosen.Add(finding);
            }
        }

        if (chosen.Count == 0)
        {
            return text;
        }

        // At one offset an insertion (empty span) goes before the replacement that starts there.
        chosen.Sort((a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : a.Span.Length.CompareTo(b.Span.Length));
        var result = new StringBuilder(text.Length);
        var lowerAt = new List<int>();
        var position = 0;
        for (var i = 0; i < chosen.Count; i++)
        {
            var finding = chosen[i];
            var replacement = finding.Fix!.Replacement!;
            result.Append(text, position, finding.Span.Start - position);
            position = finding.Span.End;
            if (replacement.Length == 0)
            {
                var next = i + 1 < chosen.Count ? chosen[i + 1].Span.Start : text.Length;
                position = CloseGap(result, text, position, next);
                continue;
            }

            result.Append(replacement);
            if (finding.Span.IsEmpty && replacement.EndsWith(", ", StringComparison.Ordinal))
            {
                lowerAt.Add(result.Length);
            }
        }

        result.Append(text, position, text.Length - position);
        foreach (var at in lowerAt)
        {
            LowerSentenceStart(result, at);
        }

        return result.ToString();
    }

    /// <summary>
    /// <paramref name="text"/> with its first word lower-cased, for putting it after a greeting that ends in a comma;
    /// unchanged when the word looks like a name or must stay capital.
    /// </summary>
    internal static string LowerFirstWord(string text)
    {
        var result = new StringBuilder(text);
        LowerSentenceStart(result, 0);
        return result.ToString();
    }

    /// <summary>
    /// After a removal, keeps one space where there were two ("Thanks 🙂 for" → "Thanks for") and none before
    /// punctuation or the end ("Thanks 🙂." → "Thanks."). Returns where copying from <paramref name="text"/> resumes.
    /// </summary>
    private static int CloseGap(StringBuilder result, string text, int position, int next)
    {
        var spaceBefore = result.Length == 0 || result[^1] == ' ';
        if (spaceBefore && position < next && text[position] == ' ')
        {
            return position + 1;
        }

        if (result.Length > 0 && result[^1] == ' ' && (position == text.Length || text[position] is '.' or ',' or '!' or '?' or ';' or ':'))
        {
            result.Length--;
        }

        return position;
    }

    /// <summary>
    /// A greeting inserted before a sentence ("Hi, " + "Your order…") makes its first word a middle word: lower-case
    /// it, unless it looks like a name or must stay capital ("I", "Lumora, …", "DHL", "iPhone").
    /// </summary>
    private static void LowerSentenceStart(StringBuilder result, int at)
    {
        var end = at;
        while (end < result.Length && (char.IsLetter(result[end]) || result[end] == '\''))
        {
            end++;
        }

        if (end - at < 2 || !char.IsUpper(result[at]) || (end < result.Length && result[end] == ','))
        {
            return;
        }

        for (var i = at + 1; i < end; i++)
        {
            if (char.IsUpper(result[i]))
            {
                return;
            }
        }

        if (result[at] == 'I' && result[at + 1] == '\'')
        {
            return;
        }

        result[at] = char.ToLowerInvariant(result[at]);
    }

    /// <summary>Two replacements conflict when they overlap; two insertions when they are at the same offset.</summary>
    private static bool Conflicts(Text.TextSpan a, Text.TextSpan b) =>
        a.Overlaps(b) || (a.IsEmpty && b.IsEmpty && a.Start == b.Start);
}
