namespace AgentAssist.Core.Privacy;

/// <summary>
/// Cheap facts about a text, counted in one pass per check, that let recognizers skip work they cannot need:
/// no phone parsing without seven digits, no email pattern without an <c>@</c>.
/// </summary>
/// <param name="Digits">How many ASCII digits the text holds.</param>
/// <param name="HasAt">Whether it holds <c>@</c>.</param>
/// <param name="HasDot">Whether it holds <c>.</c>.</param>
/// <param name="HasColon">Whether it holds <c>:</c>.</param>
/// <param name="HasDottedWord">Whether a letter or digit, a dot and a letter stand together, as in a host name (<c>lumora.com</c>).</param>
public readonly record struct TextProfile(int Digits, bool HasAt, bool HasDot, bool HasColon, bool HasDottedWord)
{
    public static TextProfile Of(ReadOnlySpan<char> text)
    {
        var digits = 0;
        bool at = false, dot = false, colon = false, dottedWord = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            switch (c)
            {
                case >= '0' and <= '9':
                    digits++;
                    break;
                case '@':
                    at = true;
                    break;
                case '.':
                    dot = true;
                    dottedWord |= i > 0 && i + 1 < text.Length && char.IsLetterOrDigit(text[i - 1]) && char.IsLetter(text[i + 1]);
                    break;
                case ':':
                    colon = true;
                    break;
            }
        }

        return new TextProfile(digits, at, dot, colon, dottedWord);
    }
}
