using AgentAssist.Core.Checking;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Checking;

public sealed class CorrectedTextTests
{
    private static Finding Fixing(int start, int length, string? replacement, Severity severity = Severity.Warning, string rule = "Test.Rule") =>
        new(rule, FindingCategory.Wording, severity, new TextSpan(start, length), "m", Fix: new Fix("d", replacement));

    [Fact]
    public void Apply_NoAutomaticFix_ReturnsTextUnchanged()
    {
        const string text = "We will refund you.";

        var corrected = CorrectedText.Apply(text, [Fixing(8, 6, replacement: null), new Finding("Test.NoFix", FindingCategory.Tone, Severity.Block, new TextSpan(0, 2), "m")]);

        Assert.Equal(text, corrected);
    }

    [Fact]
    public void Apply_TwoFixesGivenRightToLeft_AppliesBothAtTheirSpans()
    {
        const string text = "Kindly wait, we are VERY sorry.";

        var corrected = CorrectedText.Apply(text, [Fixing(20, 4, "very"), Fixing(0, 6, "Please", Severity.Info)]);

        Assert.Equal("Please wait, we are very sorry.", corrected);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Apply_OverlappingFixes_MoreSevereWinsWhateverTheOrder(bool reversed)
    {
        const string text = "KINDLY send it.";
        Finding[] findings = [Fixing(0, 6, "PLEASE", Severity.Info, "Test.Wording"), Fixing(0, 6, "Kindly", Severity.Warning, "Test.Shouting")];

        var corrected = CorrectedText.Apply(text, reversed ? findings.Reverse() : findings);

        Assert.Equal("Kindly send it.", corrected);
    }

    [Fact]
    public void Apply_InsertionAtStart_PutsTextBeforeFirstWord()
    {
        var corrected = CorrectedText.Apply("your order left today.", [Fixing(0, 0, "Hi, ")]);

        Assert.Equal("Hi, your order left today.", corrected);
    }

    [Fact]
    public void Apply_EmojiRemovedAfterSurrogatePair_KeepsTheOtherEmojiWhole()
    {
        const string text = "Thanks 🎉🎉!";

        var corrected = CorrectedText.Apply(text, [Fixing(9, 2, string.Empty)]);

        Assert.Equal("Thanks 🎉!", corrected);
    }

    [Fact]
    public void Apply_InsertionAndReplacementAtSameStart_AppliesBoth()
    {
        const string text = "Kindly send us your order number.";

        var corrected = CorrectedText.Apply(text, [Fixing(0, 0, "Hi, ", Severity.Warning, "Test.Greeting"), Fixing(0, 6, "Please", Severity.Info, "Test.Wording")]);

        Assert.Equal("Hi, please send us your order number.", corrected);
    }

    [Theory]
    [InlineData("Your order left today.", "Hi, your order left today.")]
    [InlineData("I'm on it.", "Hi, I'm on it.")]
    [InlineData("I will check.", "Hi, I will check.")]
    [InlineData("María, your order left.", "Hi, María, your order left.")]
    [InlineData("DHL has it.", "Hi, DHL has it.")]
    [InlineData("iPhone cases are back.", "Hi, iPhone cases are back.")]
    public void Apply_GreetingInsertedBeforeCapital_LowersOnlyAnOrdinaryFirstWord(string text, string expected)
    {
        Assert.Equal(expected, CorrectedText.Apply(text, [Fixing(0, 0, "Hi, ")]));
    }

    [Theory]
    [InlineData("Thanks 🙂 for waiting.", 7, "Thanks for waiting.")]
    [InlineData("Thanks for waiting 🙂.", 19, "Thanks for waiting.")]
    [InlineData("Thanks for waiting 🙂", 19, "Thanks for waiting")]
    [InlineData("🙂 Thanks for waiting.", 0, "Thanks for waiting.")]
    public void Apply_EmojiRemoved_LeavesNoDoubleOrDanglingSpace(string text, int start, string expected)
    {
        Assert.Equal(expected, CorrectedText.Apply(text, [Fixing(start, 2, string.Empty)]));
    }
}
