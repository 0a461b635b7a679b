using AgentAssist.Core.Languages;

namespace AgentAssist.Core.Tests.Languages;

public sealed class LanguageDetectorTests
{
    [Theory]
    [InlineData("Hola, sentimos mucho el retraso de tu pedido.", "es", true)]
    [InlineData("Thanks for your patience, we are looking into it.", "en", true)]
    [InlineData("¡Genial!", "es", true)]
    [InlineData("Mañana", "es", true)]
    [InlineData("ESTAMOS EN ELLO", "es", true)]
    [InlineData("Kivo 123 👍", "en", false)]
    [InlineData("", "en", false)]
    public void Detect_Text_LanguageAndWhetherThereWasEvidence(string text, string language, bool confident)
    {
        Assert.Equal((language, confident), new LanguageDetector().Detect(text));
    }

    [Fact]
    public void Detect_NoEvidence_FallsBackToTheConfiguredLanguage()
    {
        Assert.Equal(("es", false), new LanguageDetector("es").Detect("Kivo 123"));
    }
}
