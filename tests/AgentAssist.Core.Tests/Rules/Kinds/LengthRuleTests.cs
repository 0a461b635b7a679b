using AgentAssist.Core.Checking;
using AgentAssist.Core.Rules;
using AgentAssist.Core.Tests.Packs;

namespace AgentAssist.Core.Tests.Rules.Kinds;

public sealed class LengthRuleTests
{
    private static readonly IRule TenEverywhere = TempPack.Rule("""
        kind: length
        message: "{length} characters; at most {max}."
        max: 10
        examples:
          flag: [This is far too long.]
          pass: [Short.]
        """);

    [Theory]
    [InlineData("0123456789")]
    // Ten text elements, 40 UTF-16 code units: emoji count as one character each.
    [InlineData("👋🏽👋🏽👋🏽👋🏽👋🏽👨‍👩‍👧🇪🇸1️⃣❤️é")]
    [InlineData("Cafe\u0301 an\u0303o")]
    public void Evaluate_TenCharactersAsPeopleCountThem_NoFinding(string text)
    {
        Assert.Empty(TempPack.Evaluate(TenEverywhere, text));
    }

    [Theory]
    [InlineData("0123456789X", 10, "X", "11 characters; at most 10.")]
    [InlineData("👋🏽👋🏽👋🏽👋🏽👋🏽12345👨‍👩‍👧", 25, "👨‍👩‍👧", "11 characters; at most 10.")]
    [InlineData("👋🏽 Hello there", 13, "ere", "13 characters; at most 10.")]
    public void Evaluate_OverTheLimit_BlocksAndSpansThePartPastIt(string text, int start, string past, string message)
    {
        var finding = Assert.Single(TempPack.Evaluate(TenEverywhere, text));

        Assert.Equal((start, past), (finding.Span.Start, finding.Span.Slice(text)));
        Assert.Equal(message, finding.Message);
        Assert.Equal((Severity.Block, FindingCategory.Length), (finding.Severity, finding.Category));
    }

    [Theory]
    [InlineData("sms", "123456", 1)]
    [InlineData("sms", "12345", 0)]
    [InlineData("mail", "123456789", 1)]
    [InlineData("private", "123456789", 1)]
    [InlineData("mail", "12345678", 0)]
    [InlineData("public", "123456789012345678901234567890", 0)]
    public void Evaluate_PerChannelMax_ChannelIdThenKindDecides(string channel, string text, int expected)
    {
        var rule = TempPack.Rule("""
            kind: length
            message: m
            max:
              sms: 5
              private: 8
            examples:
              flag:
                - text: too long here
                  channel: sms
            """);

        Assert.Equal(expected, TempPack.Evaluate(rule, text, channel).Count);
    }

    [Theory]
    [InlineData("sms", 161, 1)]
    [InlineData("sms", 160, 0)]
    [InlineData("public", 10_000, 0)]
    public void Evaluate_NoMax_UsesTheChannelsMaxLength(string channel, int length, int expected)
    {
        var rule = TempPack.Rule("""
            kind: length
            message: m
            examples:
              flag:
                - text: short
                  channel: sms
            """, runExamples: false);

        Assert.Equal(expected, TempPack.Evaluate(rule, new string('a', length), channel).Count);
    }

    [Theory]
    [InlineData("max: 0", "3:6: 'max' must be a whole number of at least 1")]
    [InlineData("max: ten", "3:6: 'max' must be a whole number of at least 1")]
    [InlineData("max: [1, 2]", "3:6: 'max' must be a number or a map of channel: number")]
    [InlineData("max: {sms: -1}", "3:12: 'max.sms' must be a whole number of at least 1")]
    public void Create_BadMax_RefusedAtTheValue(string max, string expected)
    {
        var problems = TempPack.Problems($"""
            kind: length
            message: m
            {max}
            examples:
              flag: [x]
            """);

        Assert.Equal([expected], problems);
    }

    [Fact]
    public void Create_MaxForUnknownChannel_Refused()
    {
        var problems = TempPack.Problems("""
            kind: length
            message: m
            max:
              smss: 5
            examples:
              flag:
                - text: too long here
                  channel: sms
            """);

        Assert.Contains(problems, p => p.StartsWith("4:3: ", StringComparison.Ordinal) && p.Contains("smss", StringComparison.Ordinal));
    }
}
