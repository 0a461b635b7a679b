namespace AgentAssist.Core.Sentiment;

/// <summary>
/// One unit of a customer message: a word (folded, apostrophes dropped), a number, or a symbol (emoji or emoticon,
/// as written). <see cref="Sentence"/> counts sentences from 0, so rules stay inside the sentence they start in.
/// </summary>
internal readonly record struct SentimentToken(string Text, SentimentTokenKind Kind, int Sentence, bool Shouted, bool Elongated);
