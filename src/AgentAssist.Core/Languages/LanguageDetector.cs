using AgentAssist.Core.Text;

namespace AgentAssist.Core.Languages;

/// <summary>
/// Tells English from Spanish in a short reply by its function words and by letters and marks only Spanish uses
/// (ñ, ¿, ¡). Good enough for a two-language service; a draft with no evidence either way falls back to the default.
/// </summary>
public sealed class LanguageDetector
{
    private static readonly HashSet<string> English = new(StringComparer.Ordinal)
    {
        "the", "and", "you", "your", "we", "our", "is", "are", "to", "of", "for", "with", "this", "that", "it", "in",
        "on", "please", "thanks", "thank", "hi", "hello", "sorry", "can", "will", "be", "have", "has", "i", "my",
        "me", "us", "what", "how", "not", "do", "does", "there", "here", "an", "a", "would", "could", "was",
    };

    private static readonly HashSet<string> Spanish = new(StringComparer.Ordinal)
    {
        "el", "la", "los", "las", "de", "del", "que", "y", "en", "un", "una", "por", "para", "con", "tu", "su", "sus",
        "es", "son", "está", "esta", "estamos", "hola", "gracias", "lo", "le", "les", "nos", "te", "mi", "muy",
        "sentimos", "siento", "pedido", "puedes", "podemos", "al", "como", "pero", "se", "ya", "no", "hemos",
        "usted", "ustedes", "buenos", "buenas", "días", "dias", "saludos", "favor", "vamos",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> EnglishWords = English.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> SpanishWords = Spanish.GetAlternateLookup<ReadOnlySpan<char>>();

    public LanguageDetector(string fallback = "en")
    {
        Fallback = fallback;
    }

    public string Fallback { get; }

    /// <summary>Returns <c>en</c> or <c>es</c>, and whether the text held any evidence.</summary>
    public (string Language, bool Confident) Detect(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var en = 0;
        var es = 0;
        foreach (var c in text)
        {
            if (c is 'ñ' or 'Ñ' or '¿' or '¡')
            {
                es += 2;
            }
        }

        foreach (var token in Tokenizer.Tokenize(FoldedText.Create(text)))
        {
            if (EnglishWords.Contains(token.Word))
            {
                en++;
            }

            if (SpanishWords.Contains(token.Word))
            {
                es++;
            }
        }

        if (en == es)
        {
            return (Fallback, false);
        }

        return (es > en ? "es" : "en", true);
    }
}
