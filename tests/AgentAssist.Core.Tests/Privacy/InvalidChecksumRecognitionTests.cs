using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

/// <summary>
/// Cards, IBANs, DNI/NIE and SSNs are reported only when their checksum or issuing rules hold: every variant of a
/// valid number with one character changed, written where a real one would be, is reported as nothing of that type.
/// </summary>
public sealed class InvalidChecksumRecognitionTests
{
    private static readonly EntityAnalyzer Analyzer = EntityAnalyzer.Default;

    [Theory]
    [InlineData("4111111111111111", "Please charge my Visa card {0} for the order.")]
    [InlineData("4111 1111 1111 1111", "Card number {0}, expiry 12/27.")]
    [InlineData("5500-0000-0000-0004", "El cargo en la tarjeta {0} ya está hecho.")]
    [InlineData("378282246310005", "Amex credit card {0} was declined.")]
    [InlineData("6011111111111117", "Debit card {0}")]
    public void Analyze_CardWithOneDigitChanged_NoCreditCard(string valid, string template)
    {
        AssertFound(EntityTypes.CreditCard, string.Format(System.Globalization.CultureInfo.InvariantCulture, template, valid), "es");

        AssertNoneFound(EntityTypes.CreditCard, ChecksumVariants.SingleSubstitutions(valid).Select(v => Fill(template, v)), "es");
    }

    [Theory]
    [InlineData("ES9121000418450200051332", "Mi IBAN es {0}, gracias.")]
    [InlineData("ES91 2100 0418 4502 0005 1332", "Transferencia a {0} hecha.")]
    [InlineData("GB82WEST12345698765432", "My IBAN is {0}")]
    [InlineData("DE89370400440532013000", "IBAN: {0}.")]
    public void Analyze_IbanWithOneCharacterChanged_NoIban(string valid, string template)
    {
        AssertFound(EntityTypes.IbanCode, Fill(template, valid), "en");

        AssertNoneFound(EntityTypes.IbanCode, ChecksumVariants.SingleSubstitutions(valid, letters: true).Select(v => Fill(template, v)), "en");
    }

    [Theory]
    [InlineData("12345678Z", EntityTypes.EsNif, "Tu DNI {0} ya está verificado.")]
    [InlineData("48151623-L", EntityTypes.EsNif, "DNI: {0}")]
    [InlineData("X1234567L", EntityTypes.EsNie, "Tu NIE {0} ya está verificado.")]
    [InlineData("Z7654321H", EntityTypes.EsNie, "NIE {0}.")]
    public void Analyze_SpanishIdWithOneDigitOrTheLetterChanged_NoId(string valid, string type, string template)
    {
        AssertFound(type, Fill(template, valid), "es");

        var letter = valid[^1];
        var variants = ChecksumVariants.SingleSubstitutions(valid[..^1]).Select(v => v + letter)
            .Concat("TRWAGMYFPDXBNJZSQVHLCKE".Where(l => l != letter).Select(l => valid[..^1] + l));
        AssertNoneFound(type, variants.Select(v => Fill(template, v)), "es");
    }

    [Theory]
    [InlineData("000-22-1234")]
    [InlineData("666-22-1234")]
    [InlineData("912-22-1234")]
    [InlineData("536-00-1234")]
    [InlineData("536-22-0000")]
    [InlineData("078-05-1120")]
    public void Analyze_SsnFromARangeNeverIssued_NoSsn(string invalid)
    {
        AssertFound(EntityTypes.UsSsn, "My SSN is 536-22-1234.", "en");

        AssertNoneFound(EntityTypes.UsSsn, [$"My SSN is {invalid}.", $"social security number {invalid}", $"SSN: {invalid.Replace('-', ' ')}"], "en");
    }

    private static string Fill(string template, string value) => string.Format(System.Globalization.CultureInfo.InvariantCulture, template, value);

    private static void AssertFound(string type, string text, string language) =>
        Assert.Contains(Analyzer.Analyze(text, language), m => m.EntityType == type);

    private static void AssertNoneFound(string type, IEnumerable<string> texts, string language)
    {
        var reported = texts.Where(t => Analyzer.Analyze(t, language).Any(m => m.EntityType == type)).ToList();

        Assert.Empty(reported);
    }
}
