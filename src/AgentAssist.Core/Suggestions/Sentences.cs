using AgentAssist.Core.Text;

namespace AgentAssist.Core.Suggestions;

/// <summary>
/// Splits a reply into sentences: a sentence ends after <c>. ! ? …</c> (and any closing quotes or brackets) followed by
/// white space, or at a line break. A full stop inside a word (<c>lumora.com</c>, <c>3.5</c>) ends nothing.
/// </summary>
internal static class Sentences
{
    /// <summary>The sentences of <paramref name="text"/>, as spans without their surrounding white space.</summary>
    public static List<TextSpan> Split(string text)
    {
        var result = new List<TextSpan>();
        var start = -1;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (start < 0)
            {
                if (!char.IsWhiteSpace(c))
                {
                    start = i;
                }
                else
                {
                    continue;
                }
            }

            if (c is '\n' or '\r')
            {
                result.Add(Trimmed(text, start, i));
                start = -1;
                continue;
            }

            if (c is '.' or '!' or '?' or '…')
            {
                var end = i + 1;
                while (end < text.Length && (text[end] is '.' or '!' or '?' or '…' or '"' or '\'' or ')' or '”' or '’' or '»'))
                {
                    end++;
                }

                if (end == text.Length || char.IsWhiteSpace(text[end]))
                {
                    result.Add(TextSpan.FromBounds(start, end));
                    start = -1;
                    i = end - 1;
                }
            }
        }

        if (start >= 0)
        {
            var last = Trimmed(text, start, text.Length);
            if (!last.IsEmpty)
            {
                result.Add(last);
            }
        }

        result.RemoveAll(static s => s.IsEmpty);

        // Emoji or marks after the full stop ("Thanks! 😊") belong to the sentence before them.
        for (var i = result.Count - 1; i > 0; i--)
        {
            if (!HasLetterOrDigit(text.AsSpan(result[i].Start, result[i].Length)))
            {
                result[i - 1] = TextSpan.FromBounds(result[i - 1].Start, result[i].End);
                result.RemoveAt(i);
            }
        }

        return result;
    }

    /// <summary>The sentences joined by one space each, with no white space around them.</summary>
    public static string Join(IEnumerable<string> sentences) =>
        string.Join(' ', sentences.Select(static s => s.Trim()).Where(static s => s.Length > 0));

    private static bool HasLetterOrDigit(ReadOnlySpan<char> text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static TextSpan Trimmed(string text, int start, int end)
    {
        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);
    }
}
