using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

public sealed class PhoneNumberRecognizerTests
{
    private static readonly PhoneNumberRecognizer Recognizer = new();

    [Theory]
    // Spanish numbers, as Spaniards write them, read in Spain.
    [InlineData("Llámanos al 612 345 678 cuando quieras.", "es", null, "612 345 678")]
    [InlineData("Tel.: 917 277 000", "es", null, "917 277 000")]
    [InlineData("Mi móvil es 612 34 56 78.", "es", null, "612 34 56 78")]
    [InlineData("Escríbenos al 612345678", "es", null, "612345678")]
    [InlineData("Desde fuera: +34 612 34 56 78.", "es", null, "+34 612 34 56 78")]
    [InlineData("Desde fuera: 0034 612 345 678.", "es", null, "0034 612 345 678")]
    // English, US by default; the customer's region wins over the language.
    [InlineData("Our team will call (541) 754-3010 today.", "en", null, "(541) 754-3010")]
    [InlineData("Reach us at 541.754.3010 anytime.", "en", null, "541.754.3010")]
    [InlineData("Reach us at +1-541-754-3010 anytime.", "en", null, "+1-541-754-3010")]
    [InlineData("Reach us at 612 345 678 anytime.", "en", "ES", "612 345 678")]
    [InlineData("Reach us at 020 7946 0018 anytime.", "en", "GB", "020 7946 0018")]
    // International numbers are read by their country code whatever the region.
    [InlineData("Our UK desk: +44 20 7946 0018.", "en", null, "+44 20 7946 0018")]
    [InlineData("Berlin office +49 30 901820", "es", null, "+49 30 901820")]
    // A number nobody validates, introduced as a phone number.
    [InlineData("My phone number is 1234 5678.", "en", null, "1234 5678")]
    [InlineData("Call me on 0176 1234 5678", "en", null, "0176 1234 5678")]
    // Extension and a date after the number are not part of it.
    [InlineData("Call 541-754-3010 ext. 123 today", "en", null, "541-754-3010 ext. 123")]
    [InlineData("Phone (914)349-8600 04/21/2020 12:37:30", "en", null, "(914)349-8600")]
    public void Recognize_PhoneNumber_FoundWithItsSpan(string text, string language, string? region, string expected)
    {
        var match = Assert.Single(Recognize(text, language, region));

        Assert.Equal(expected, match.Span.Slice(text));
        Assert.True(match.Score >= EntityAnalyzer.DefaultMinScore, $"score {match.Score}");
    }

    [Theory]
    [InlineData("Your order 12345678 shipped yesterday.", "en")] // no phone context, not a valid number
    [InlineData("Tu pedido 612345678 salió ayer.", "es")] // a valid mobile shape, but labelled as an order
    [InlineData("Número de tarjeta 612345678", "es")]
    [InlineData("Reference: 541-754-3010", "en")]
    [InlineData("It happened on 16/04/2010 at noon.", "en")] // date
    [InlineData("Between 2009/2010 and 2019-2020.", "en")] // year spans
    [InlineData("Meet at 14:30:00 on 2021-03-04.", "en")] // time and ISO date
    [InlineData("Coordinates -77.034040723966, 38.8951", "en")] // decimals
    [InlineData("The SSN 536-22-1234 is on file, call us.", "en")] // SSN-shaped
    [InlineData("Serial s612345678 and 612345678s", "es")] // glued to letters
    [InlineData("Only 323456 are left.", "en")] // too short
    [InlineData("Formula 45+31-339243873 is not one", "en")] // arithmetic
    [InlineData("See https://t.co/status/87057367204202896", "en")] // inside a link
    [InlineData("Ticket #20020211895 is closed.", "en")]
    [InlineData("Hemos subido la tarifa al 1234567%.", "es")]
    public void Recognize_NumberThatIsNotAPhone_NothingReported(string text, string language)
    {
        var reported = Recognize(text, language, null).Where(m => m.Score >= EntityAnalyzer.DefaultMinScore).Select(m => m.Span.Slice(text));

        Assert.Empty(reported);
    }

    [Fact]
    public void Recognize_CardLabelThenPhoneLabel_OnlyTheNumberIntroducedAsPhone()
    {
        const string text = "card number 12345678 and phone number 87654321";

        var found = Recognize(text, "en", null).Where(m => m.Score >= EntityAnalyzer.DefaultMinScore).Select(m => m.Span.Slice(text));

        Assert.Equal(["87654321"], found);
    }

    [Fact]
    public void Recognize_ContextWordLabelsTheNextNumber_DoesNotRaiseThePreviousOne()
    {
        const string text = "Pº de la Castellana, 261. 28046 Madrid. Tel.: 917 277 000";

        var found = Recognize(text, "es", null).Where(m => m.Score >= EntityAnalyzer.DefaultMinScore).Select(m => m.Span.Slice(text));

        Assert.Equal(["917 277 000"], found);
    }

    [Fact]
    public void Recognize_ValidNumberScoresHigherThanAnIntroducedUnknownOne()
    {
        var valid = Assert.Single(Recognize("Call 612 345 678", "es", null));
        var shaped = Assert.Single(Recognize("Call 1234 5678", "es", null));

        Assert.True(valid.Score > shaped.Score);
    }

    [Fact]
    public void Recognize_FewerThanSevenDigits_SkipsWithoutMatching()
    {
        Assert.Empty(Recognize("Call 612 345", "es", null));
    }

    private static List<EntityMatch> Recognize(string text, string language, string? region)
    {
        var results = new List<EntityMatch>();
        Recognizer.Recognize(new RecognitionInput(text, language, region), results);
        return results;
    }
}
