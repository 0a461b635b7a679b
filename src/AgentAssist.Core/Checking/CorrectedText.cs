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
        var position = 0;
        foreach (var finding in chosen)
        {
            result.Append(text, position, finding.Span.Start - position);
            result.Append(finding.Fix!.Replacement);
            position = finding.Span.End;
        }

        result.Append(text, position, text.Length - position);
        return result.ToString();
    }

    /// <summary>Two replacements conflict when they overlap; two insertions when they are at the same offset.</summary>
    private static bool Conflicts(Text.TextSpan a, Text.TextSpan b) =>
        a.Overlaps(b) || (a.IsEmpty && b.IsEmpty && a.Start == b.Start);
}
