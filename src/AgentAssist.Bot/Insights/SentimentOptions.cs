using System.ComponentModel.DataAnnotations;

namespace AgentAssist.Bot.Insights;

/// <summary>
/// Optional extra word lists for the sentiment analyser, e.g. nlp.js's <c>senticon_es.json</c> (scale 4) or
/// <c>afinn_es.json</c> (scale 0.8), which are not shipped because their upstream licences are unclear
/// (docs/insights.md). The built-in lexicon wins where both have a word.
/// </summary>
internal sealed class SentimentOptions
{
    public const string SectionName = "Sentiment";

    /// <summary>A JSON object of Spanish word → valence to add to the built-in Spanish lexicon.</summary>
    public string? SpanishLexiconPath { get; set; }

    /// <summary>Multiplies the list's values onto the built-in −4 … +4 scale.</summary>
    [Range(0.01, 100, ErrorMessage = "Sentiment:SpanishLexiconScale maps the list's values onto −4 … +4: 4 for a −1 … +1 list, 0.8 for −5 … +5.")]
    public double SpanishLexiconScale { get; set; } = 4;
}
