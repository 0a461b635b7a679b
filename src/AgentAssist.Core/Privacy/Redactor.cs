using System.Text;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Privacy;

/// <summary>
/// Masks personal data: <c>****1234</c> for numbers and identifiers (the last four characters, which is what people
/// use to tell their own card or phone apart), <c>****@****.com</c> for email addresses, <c>****</c> for the rest.
/// </summary>
public static class Redactor
{
    public const string Mask = "****";

    private const int VisibleTail = 4;

    /// <summary>The masked form of <paramref name="value"/>, an entity of <paramref name="entityType"/>.</summary>
    public static string MaskValue(string entityType, ReadOnlySpan<char> value)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        switch (entityType)
        {
            case EntityTypes.EmailAddress:
                var dot = value.LastIndexOf('.');
                return dot > value.LastIndexOf('@') && dot >= 0 ? string.Concat(Mask, "@", Mask, value[dot..]) : Mask + "@" + Mask;
            case EntityTypes.Url:
                var scheme = value.IndexOf("://", StringComparison.Ordinal);
                return scheme > 0 ? string.Concat(value[..(scheme + 3)], Mask) : Mask;
            case EntityTypes.Person or EntityTypes.UserHandle or EntityTypes.StreetAddress or EntityTypes.DateOfBirth
                or EntityTypes.Password or EntityTypes.IpAddress:
                return Mask;
            default:
                return MaskKeepingTail(value);
        }
    }

    /// <summary>
    /// A copy of <paramref name="text"/> with the span of every privacy or confidential finding replaced: by the
    /// finding's automatic fix when it has one, otherwise by a mask. Overlapping findings are masked once, as one.
    /// </summary>
    public static string Redact(string text, IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(findings);
        var spans = new List<(TextSpan Span, string Replacement)>();
        foreach (var finding in findings)
        {
            if (finding.EntityType is null && finding.Category is not (FindingCategory.Privacy or FindingCategory.Confidential))
            {
                continue;
            }

            var replacement = finding.Fix?.Replacement
                ?? (finding.EntityType is { } type ? MaskValue(type, text.AsSpan(finding.Span.Start, finding.Span.Length)) : Mask);
            spans.Add((finding.Span, replacement));
        }

        return Replace(text, spans);
    }

    /// <summary>A copy of <paramref name="text"/> with every match masked.</summary>
    public static string Redact(string text, IEnumerable<EntityMatch> matches)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(matches);
        var spans = new List<(TextSpan Span, string Replacement)>();
        foreach (var match in matches)
        {
            spans.Add((match.Span, MaskValue(match.EntityType, text.AsSpan(match.Span.Start, match.Span.Length))));
        }

        return Replace(text, spans);
    }

    private static string Replace(string text, List<(TextSpan Span, string Replacement)> spans)
    {
        if (spans.Count == 0)
        {
            return text;
        }

        spans.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (span, replacement) in spans)
        {
            if (span.Start < position)
            {
                // Overlaps what is already masked: mask on to the further end so nothing of either leaks.
                if (span.End > position)
                {
                    position = span.End;
                }

                continue;
            }

            result.Append(text, position, span.Start - position).Append(replacement);
            position = span.End;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }

    private static string MaskKeepingTail(ReadOnlySpan<char> value)
    {
        Span<char> tail = stackalloc char[VisibleTail];
        var count = 0;
        var significant = 0;
        for (var i = value.Length - 1; i >= 0; i--)
        {
            if (!char.IsLetterOrDigit(value[i]))
            {
                continue;
            }

            significant++;
            if (count < VisibleTail)
            {
                tail[VisibleTail - 1 - count++] = value[i];
            }
        }

        // Showing four characters of a short identifier would show most of it.
        return significant < 2 * VisibleTail ? Mask : string.Concat(Mask, tail[(VisibleTail - count)..]);
    }
}
