namespace AgentAssist.Core.Text;

/// <summary>A word of a draft: its folded form and where it stands in the original text.</summary>
/// <param name="FoldedText">The whole folded text (<see cref="Text.FoldedText.Value"/>) the word was read from.</param>
/// <param name="Folded">Position in the folded text.</param>
/// <param name="Span">Position in the original text.</param>
public readonly record struct Token(string FoldedText, TextSpan Folded, TextSpan Span)
{
    /// <summary>Folded word (lower case, no accents), read in place: no string per word.</summary>
    public ReadOnlySpan<char> Word => FoldedText.AsSpan(Folded.Start, Folded.Length);

    /// <summary>Folded word (lower case, no accents), as a new string; matchers read <see cref="Word"/> instead.</summary>
    public string Value => Word.ToString();
}
