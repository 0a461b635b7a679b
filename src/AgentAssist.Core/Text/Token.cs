namespace AgentAssist.Core.Text;

/// <summary>A word of a draft: its folded form and where it stands in the original text.</summary>
/// <param name="Value">Folded word (lower case, no accents).</param>
/// <param name="Folded">Position in the folded text.</param>
/// <param name="Span">Position in the original text.</param>
public readonly record struct Token(string Value, TextSpan Folded, TextSpan Span);
