namespace AgentAssist.Core.Text;

/// <summary>A phrase found in a draft: which one, and the words it covers.</summary>
/// <param name="PhraseIndex">Index of the phrase in the order it was given to the <see cref="PhraseMatcher"/>.</param>
/// <param name="FirstToken">Index of the first word.</param>
/// <param name="TokenCount">How many words it covers.</param>
/// <param name="Span">Where it stands in the original text.</param>
public readonly record struct PhraseMatch(int PhraseIndex, int FirstToken, int TokenCount, TextSpan Span);
