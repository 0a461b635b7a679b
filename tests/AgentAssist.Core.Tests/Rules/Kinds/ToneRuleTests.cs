using AgentAssist.Core.Checking;
using AgentAssist.Core.Rules;
using AgentAssist.Core.Tests.Packs;

namespace AgentAssist.Core.Tests.Rules.Kinds;

public sealed class ToneRuleTests
{
    private static readonly IRule Capitals = TempPack.Rule("""
        kind: tone
        check: capitals
        allow: [LUMORA, HDMI]
        message: "'{match}' is shouting."
        examples:
          flag: [We are VERY sorry.]
          pass: [Plug the HDMI cable in.]
        """);

    private static readonly IRule Exclamations = TempPack.Rule("""
        kind: tone
        check: exclamations
        message: "'{match}' is too many marks."
        examples:
          flag: [Thanks!!]
          pass: [Thanks!]
        """);

    private static readonly IRule Emoji = TempPack.Rule("""
        kind: tone
        check: emoji
        max:
          sms: 2
          mail: 0
        message: Too many emoji.
        examples:
          flag:
            - text: Hi 🙂
              channel: mail
        """);

    private static readonly IRule Formality = TempPack.Rule("""
        kind: tone
        check: formality
        markers: [gonna, u, btw]
        swap:
          gonna: going to
          u: you
        message: "'{match}' is too casual."
        examples:
          flag:
            - text: We're gonna call.
              channel: mail
          pass:
            - text: We're gonna call.
              channel: sms
        """);

    private static string[] Show(IEnumerable<Finding> findings, string text) =>
        findings.Select(f => $"{f.Span.Slice(text)}@{f.Span.Start}→{f.Fix?.Replacement}").ToArray();

    [Theory]
    [InlineData("We are VERY sorry.", new[] { "VERY@7→very" })]
    [InlineData("SORRY about that.", new[] { "SORRY@0→Sorry" })]
    [InlineData("Thanks. SORRY again.", new[] { "SORRY@8→Sorry" })]
    [InlineData("¡LO SENTIMOS MUCHO!", new[] { "LO@1→Lo", "SENTIMOS@4→sentimos", "MUCHO@13→mucho" })]
    [InlineData("WE ARE SORRY about this.", new[] { "WE@0→We", "ARE@3→are", "SORRY@7→sorry" })]
    [InlineData("I AM SO SORRY", new[] { "AM@2→am", "SO@5→so", "SORRY@8→sorry" })]
    [InlineData("PLEASE DM US, NOW", new[] { "PLEASE@0→Please", "DM@7→dm", "US@10→us", "NOW@14→now" })]
    [InlineData("We are VERY sorry. OK?", new[] { "VERY@7→very" })]
    [InlineData("Send us a DM or call the USA office.", new string[0])]
    [InlineData("Plug the HDMI TV cable in.", new string[0])]
    [InlineData("ÉXITO total", new[] { "ÉXITO@0→Éxito" })]
    [InlineData("👋🏽 It is VERY late", new[] { "VERY@11→very" })]
    [InlineData("Welcome to LUMORA, plug the HDMI in.", new string[0])]
    [InlineData("NO WAY, OK?", new string[0])]
    [InlineData("Your iPhone and USB-C cable", new string[0])]
    public void Evaluate_Capitals_FlagsShoutedWordsWithLowerCaseFix(string text, string[] expected)
    {
        Assert.Equal(expected, Show(TempPack.Evaluate(Capitals, text), text));
    }

    [Theory]
    [InlineData("Thanks!!!", new[] { "!!!@6→!" })]
    [InlineData("Really??", new[] { "??@6→?" })]
    [InlineData("¡¡Hola!!", new[] { "¡¡@0→¡", "!!@6→!" })]
    [InlineData("¿¿Has probado??", new[] { "¿¿@0→¿", "??@13→?" })]
    [InlineData("Thanks! Really? ¡Hola!", new string[0])]
    public void Evaluate_Exclamations_RunsFixedToOneMark(string text, string[] expected)
    {
        Assert.Equal(expected, Show(TempPack.Evaluate(Exclamations, text), text));
    }

    [Theory]
    [InlineData("Really?!", "Really?")]
    [InlineData("¿¡En serio!?", "¿En serio?")]
    public void Evaluate_MixedMarks_CorrectionKeepsTheQuestionAndItsDirection(string text, string corrected)
    {
        Assert.Equal(corrected, CorrectedText.Apply(text, TempPack.Evaluate(Exclamations, text)));
    }

    [Fact]
    public void Evaluate_ExclamationsWithHigherMax_AllowsShortRuns()
    {
        var rule = TempPack.Rule("""
            kind: tone
            check: exclamations
            max: 2
            message: m
            examples:
              flag: [Wow!!!]
              pass: [Wow!!]
            """);

        Assert.Equal(["!!!!@3→!"], Show(TempPack.Evaluate(rule, "Wow!!!! ok!!"), "Wow!!!! ok!!"));
    }

    [Theory]
    [InlineData("sms", "Thanks 👍🏽🎉👨‍👩‍👧 and 🇪🇸", new[] { "👨‍👩‍👧@13→", "🇪🇸@26→" })]
    [InlineData("sms", "Thanks 👍🏽🎉", new string[0])]
    [InlineData("mail", "Thanks ❤️", new[] { "❤️@7→" })]
    [InlineData("mail", "Thanks, 1 2 3.", new string[0])]
    [InlineData("public", "🎉🎉🎉🎉🎉", new string[0])]
    public void Evaluate_Emoji_FlagsEachEmojiPastTheChannelLimit(string channel, string text, string[] expected)
    {
        Assert.Equal(expected, Show(TempPack.Evaluate(Emoji, text, channel), text));
    }

    [Fact]
    public void Evaluate_EmojiOverLimit_CorrectedTextDropsOnlyTheExtraOnes()
    {
        const string text = "Thanks 👍🏽🎉👨‍👩‍👧!";

        Assert.Equal("Thanks 👍🏽🎉!", CorrectedText.Apply(text, TempPack.Evaluate(Emoji, text, "sms")));
    }

    [Theory]
    [InlineData("mail", "We're gonna call u, btw.", new[] { "gonna@6→going to", "u@17→you", "btw@20→" })]
    [InlineData("mail", "Gonna call.", new[] { "Gonna@0→Going to" })]
    [InlineData("sms", "We're gonna call u, btw.", new string[0])]
    [InlineData("public", "We're gonna call u, btw.", new string[0])]
    public void Evaluate_Formality_MarkersFlaggedOnlyInListedRegisters(string channel, string text, string[] expected)
    {
        Assert.Equal(expected, Show(TempPack.Evaluate(Formality, text, channel), text));
    }

    [Fact]
    public void Evaluate_Formality_FixAppliedInCorrectedText()
    {
        const string text = "We're gonna call u.";

        Assert.Equal("We're going to call you.", CorrectedText.Apply(text, TempPack.Evaluate(Formality, text, "mail")));
    }

    [Theory]
    [InlineData("check: whisper", "2:8: unknown tone check 'whisper'; use capitals, exclamations, emoji or formality")]
    [InlineData("check: emoji", "1:1: 'max' is required for the emoji check: a number, or a map of channel: number")]
    [InlineData("check: capitals\nminLetters: 1", "3:13: 'minLetters' must be a whole number of at least 2")]
    public void Create_BadCheck_Refused(string check, string expected)
    {
        var problems = TempPack.Problems($"kind: tone\n{check}\nmessage: m\nexamples:\n  flag: [x]\n");

        Assert.Equal([expected], problems);
    }
}
