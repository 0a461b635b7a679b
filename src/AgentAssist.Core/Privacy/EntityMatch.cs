using AgentAssist.Core.Text;

namespace AgentAssist.Core.Privacy;

/// <summary>A piece of personal data a recognizer found: its type, where it is, and how sure the recognizer is.</summary>
/// <param name="EntityType"><c>UPPER_SNAKE</c> type, such as <c>EMAIL_ADDRESS</c>.</param>
/// <param name="Span">Where it is, in UTF-16 code units of the text.</param>
/// <param name="Score">Confidence in [0, 1].</param>
public readonly record struct EntityMatch(string EntityType, TextSpan Span, double Score);
