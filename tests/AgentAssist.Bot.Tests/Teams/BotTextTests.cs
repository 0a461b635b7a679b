using System.Text.RegularExpressions;
using AgentAssist.Bot.Teams;

namespace AgentAssist.Bot.Tests.Teams;

public sealed partial class BotTextTests
{
    public static TheoryData<string> Keys() => new(Enum.GetNames<BotTextKey>());

    [Theory]
    [MemberData(nameof(Keys))]
    public void Indexer_EveryKey_EnglishAndSpanishWithTheSamePlaceholders(string name)
    {
        var key = Enum.Parse<BotTextKey>(name);
        var english = BotText.English[key];
        var spanish = BotText.Spanish[key];

        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.False(string.IsNullOrWhiteSpace(spanish));
        Assert.Equal(Placeholders(english), Placeholders(spanish));
    }

    [Theory]
    [InlineData("es", "es")]
    [InlineData("es-MX", "es")]
    [InlineData("ES-es", "es")]
    [InlineData("en-US", "en")]
    [InlineData("fr-FR", "en")]
    [InlineData("estonian", "en")]
    [InlineData(null, "en")]
    public void For_Locale_SpanishOnlyForEs(string? locale, string expected)
    {
        Assert.Equal(expected, BotText.For(locale).Language);
    }

    [Fact]
    public void Format_Spanish_UsesSpanishNumbers()
    {
        Assert.Contains("4.000", BotText.Spanish.Format(BotTextKey.TooLongBody, 4000, 5123), StringComparison.Ordinal);
        Assert.Contains("4,000", BotText.English.Format(BotTextKey.TooLongBody, 4000, 5123), StringComparison.Ordinal);
    }

    private static List<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
