namespace AgentAssist.Core.Text;

/// <summary>Splits folded text into words: runs of letters and digits, with inner apostrophes (<c>don't</c>) kept.</summary>
public static class Tokenizer
{
    public static IReadOnlyList<Token> Tokenize(FoldedText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var value = text.Value;
        var tokens = new List<Token>(value.Length / 5 + 1);
        var i = 0;
        while (i < value.Length)
        {
            if (!IsWordChar(value[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < value.Length && (IsWordChar(value[i]) || (value[i] == '\'' && i + 1 < value.Length && char.IsLetter(value[i + 1]) && i > start)))
            {
                i++;
            }

            // A possessive ('s) belongs to the word before it for matching: "Kivo's" is a mention of Kivo.
            var end = i - start > 2 && value[i - 1] == 's' && value[i - 2] == '\'' ? i - 2 : i;
            tokens.Add(new Token(value, TextSpan.FromBounds(start, end), text.ToOriginal(start, end)));
        }

        return tokens;
    }

    public static bool IsWordChar(char c) => char.IsLetterOrDigit(c);
}
