using System.Globalization;
using System.Text;

namespace AgentAssist.Core.Tests.Text;

/// <summary>
/// Folding done the slow, obvious way, as <see cref="Core.Text.FoldedText"/> did before it had a table: every text
/// element normalised to form D on its own. The oracle the table-driven folding is compared with.
/// </summary>
internal static class ReferenceFolding
{
    public static (string Value, int[] Map) Fold(string text)
    {
        if (text.All(char.IsAscii))
        {
            // Plain ASCII has always been folded character by character (a CR LF maps to two positions).
            return (text.ToLowerInvariant().Replace('`', '\''), Enumerable.Range(0, text.Length + 1).ToArray());
        }

        var folded = new StringBuilder();
        var map = new List<int>();
        var position = 0;
        while (position < text.Length)
        {
            var length = StringInfo.GetNextTextElementLength(text.AsSpan(position));
            var decomposed = text.Substring(position, length).Normalize(NormalizationForm.FormD);
            var hasTilde = decomposed.Contains('\u0303', StringComparison.Ordinal);
            foreach (var rune in decomposed.EnumerateRunes())
            {
                if (Rune.GetUnicodeCategory(rune) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.Format)
                {
                    continue;
                }

                var lower = Rune.ToLowerInvariant(rune);
                var value = rune.Value is 'n' or 'N' && hasTilde ? new Rune('ñ')
                    : lower.Value is '\u2019' or '\u2018' or '\u02BC' or '`' or '\u00B4' ? new Rune('\'')
                    : lower.Value == 'ß' ? new Rune('s')
                    : lower;
                foreach (var c in value.ToString())
                {
                    folded.Append(c);
                    map.Add(position);
                }
            }

            position += length;
        }

        map.Add(text.Length);
        return (folded.ToString(), [.. map]);
    }
}
