using AgentAssist.Core.Languages;
using AgentAssist.Core.Sentiment;

namespace AgentAssist.Core.Tests.Sentiment;

public sealed class SentimentAnalyzerTests
{
    private static readonly SentimentAnalyzer Analyzer = new(SentimentLexicons.Load(), new LanguageDetector());

    [Theory]
    [InlineData("Thank you so much, the crew was wonderful!", "en", SentimentLabel.Positive)]
    [InlineData("The agent was not helpful at all", "en", SentimentLabel.Negative)]
    [InlineData("Not bad at all, the crew was great", "en", SentimentLabel.Positive)]
    [InlineData("Flight delayed 3 hrs and still no answer", "en", SentimentLabel.Negative)]
    [InlineData("You lost my luggage", "en", SentimentLabel.Negative)]
    [InlineData("Been on hold for 45 minutes", "en", SentimentLabel.Negative)]
    [InlineData("Thanks for nothing", "en", SentimentLabel.Negative)]
    [InlineData("Great, cancelled again 🙄", "en", SentimentLabel.Negative)]
    [InlineData("What time does the lounge open?", "en", SentimentLabel.Neutral)]
    [InlineData("The seats were nice but the service was awful", "en", SentimentLabel.Negative)]
    [InlineData("Muchas gracias, todo perfecto 😊", "es", SentimentLabel.Positive)]
    [InlineData("No me gusta nada cómo me atendieron", "es", SentimentLabel.Negative)]
    [InlineData("llevo 2 horas esperando y nadie me atiende", "es", SentimentLabel.Negative)]
    [InlineData("¿A qué hora abre la tienda?", "es", SentimentLabel.Neutral)]
    [InlineData("Tardó un poco pero al final me lo solucionaron muy bien", "es", SentimentLabel.Positive)]
    [InlineData("El envío fue rápido pero el producto llegó roto", "es", SentimentLabel.Negative)]
    [InlineData("me cancelaron el vuelo 😡", "es", SentimentLabel.Negative)]
    public void Analyze_CustomerMessage_ReadsAsPeopleDo(string text, string language, SentimentLabel expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text, language).Label);
    }

    [Theory]
    [InlineData("en", "The service was good", "The service was not good")]
    [InlineData("es", "El servicio fue bueno", "El servicio no fue bueno")]
    public void Analyze_Negation_TurnsPraiseNegative(string language, string plain, string negated)
    {
        Assert.True(Analyzer.Analyze(plain, language).Score > 0);
        Assert.True(Analyzer.Analyze(negated, language).Score < 0);
    }

    [Theory]
    [InlineData("en", "The service was good", "The service was very good")]
    [InlineData("es", "El servicio fue bueno", "El servicio fue muy bueno")]
    [InlineData("en", "The service was good", "The service was GOOD!!")]
    public void Analyze_IntensifierOrEmphasis_StrengthensScore(string language, string plain, string stronger)
    {
        Assert.True(Analyzer.Analyze(stronger, language).Score > Analyzer.Analyze(plain, language).Score);
    }

    [Theory]
    [InlineData("en", "I will sue you and go to the press, still no answer after 3 days", SentimentSignals.Risk | SentimentSignals.Complaint)]
    [InlineData("es", "Voy a denunciaros, llevo tres semanas sin respuesta, es una vergüenza", SentimentSignals.Risk | SentimentSignals.Complaint)]
    [InlineData("en", "Lovely flight, thanks", SentimentSignals.None)]
    public void Analyze_RiskAndComplaintCues_AreSignalled(string language, string text, SentimentSignals expected)
    {
        Assert.Equal(expected, Analyzer.Analyze(text, language).Signals);
    }

    [Fact]
    public void Analyze_VeryNegativeWithRisk_NeedsProactiveHandling()
    {
        var result = Analyzer.Analyze("This is a disgrace, the worst service ever. My lawyer will hear about it.", "en");

        Assert.True(result.NeedsProactiveHandling, $"score {result.Score}, signals {result.Signals}");
        Assert.False(Analyzer.Analyze("Could you tell me your refund policy?", "en").NeedsProactiveHandling);
    }

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("EN-gb", "en")]
    public void Analyze_RegionalTag_UsesItsLanguage(string tag, string expected)
    {
        Assert.Equal(expected, Analyzer.Analyze("ok", tag).Language);
    }

    [Fact]
    public void Analyze_NoLanguage_DetectsIt()
    {
        Assert.Equal("es", Analyzer.Analyze("Muchas gracias por la ayuda, sois muy amables").Language);
    }

    [Fact]
    public void Analyze_UnsupportedLanguage_Throws()
    {
        Assert.False(Analyzer.Supports("fr"));
        Assert.Throws<ArgumentOutOfRangeException>(() => Analyzer.Analyze("Merci", "fr"));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("@united http://t.co/x")]
    public void Analyze_NothingToRead_IsNeutralZero(string text)
    {
        var result = Analyzer.Analyze(text, "en");

        Assert.Equal(SentimentLabel.Neutral, result.Label);
        Assert.Equal(0, result.Score);
    }

    [Fact]
    public void Load_ExtraJsonLexicon_AddsWordsTheBuiltInLacks()
    {
        var file = Path.Combine(Path.GetTempPath(), $"aa-sentiment-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, """{ "zorglub": -5, "bueno": -5 }""");
        try
        {
            var analyzer = new SentimentAnalyzer(SentimentLexicons.Load([new SentimentLexiconFile("es", file, 0.8)]), new LanguageDetector());

            Assert.Equal(SentimentLabel.Negative, analyzer.Analyze("zorglub", "es").Label);
            Assert.Equal(SentimentLabel.Positive, analyzer.Analyze("bueno", "es").Label);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Load_ExtraLexiconNotAnObject_IsRefusedWithItsPath()
    {
        var file = Path.Combine(Path.GetTempPath(), $"aa-sentiment-{Guid.NewGuid():N}.json");
        File.WriteAllText(file, "[1, 2]");
        try
        {
            var error = Assert.Throws<InvalidDataException>(() => SentimentLexicons.Load([new SentimentLexiconFile("es", file, 1)]));
            Assert.Contains(file, error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
