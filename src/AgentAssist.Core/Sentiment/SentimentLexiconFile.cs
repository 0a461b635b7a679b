namespace AgentAssist.Core.Sentiment;

/// <summary>
/// An extra word list for one language, loaded from a path the operator configures: a JSON object of word →
/// valence (the nlp.js lists <c>senticon_es.json</c>, −1 … +1, and <c>afinn_es.json</c>, −5 … +5, have that shape).
/// <paramref name="Scale"/> maps its values onto the −4 … +4 range of the built-in lexicons. The built-in lexicon
/// wins where both have a word.
/// </summary>
public sealed record SentimentLexiconFile(string Language, string Path, double Scale);
