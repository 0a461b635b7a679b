namespace AgentAssist.Core.Lexicon;

/// <summary>A term found in folded text.</summary>
/// <param name="Term">Index of the term in the order it was given to the <see cref="LexiconMatcher"/>.</param>
/// <param name="Start">Start in the folded text.</param>
/// <param name="End">End (exclusive) in the folded text.</param>
public readonly record struct LexiconMatch(int Term, int Start, int End);
