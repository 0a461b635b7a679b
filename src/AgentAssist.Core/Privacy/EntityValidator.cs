using AgentAssist.Core.Text;

namespace AgentAssist.Core.Privacy;

/// <summary>
/// Checks a pattern match (a checksum, a range, what stands around it) and returns its score: the pattern's,
/// a higher one when a checksum proves it, or <see langword="null"/> to reject it.
/// </summary>
/// <param name="text">The whole text.</param>
/// <param name="span">The match.</param>
/// <param name="score">The pattern's score.</param>
public delegate double? EntityValidator(string text, TextSpan span, double score);
