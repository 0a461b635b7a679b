using System.Text.RegularExpressions;
using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

public sealed partial class PatternRecognizerTests
{
    [Fact]
    public void Recognize_ContextWordBeforeInAnyCaseOrAccent_ScoreRaisedByTheBoost()
    {
        var recognizer = new PatternRecognizer("TEST_CODE", [new("code", Code(), 0.3)], new PatternRecognizerOptions { Context = new(["cód*"]) });

        var bare = Assert.Single(Recognize(recognizer, "Use AB-1234 today"));
        var introduced = Assert.Single(Recognize(recognizer, "Your CODES: AB-1234"));

        Assert.Equal(0.3, bare.Score, 3);
        Assert.Equal(0.65, introduced.Score, 3);
    }

    [Fact]
    public void Recognize_ContextWordAfterInTheSameClause_ScoreRaised()
    {
        var recognizer = new PatternRecognizer("TEST_CODE", [new("code", Code(), 0.3)], new PatternRecognizerOptions { Context = new(["code"]) });

        Assert.Equal(0.65, Assert.Single(Recognize(recognizer, "AB-1234 code")).Score, 3);
        Assert.Equal(0.3, Assert.Single(Recognize(recognizer, "AB-1234. Code")).Score, 3);
    }

    [Fact]
    public void Recognize_NegativeContextNearerThanPositive_Rejected()
    {
        var recognizer = new PatternRecognizer(
            "TEST_CODE",
            [new("code", Code(), 0.5)],
            new PatternRecognizerOptions { Context = new(["code"]), NegativeContext = new(["order"]) });

        Assert.Empty(Recognize(recognizer, "code for order AB-1234"));
        Assert.Single(Recognize(recognizer, "order code AB-1234"));
    }

    [Fact]
    public void Recognize_ValidatorRejectsOrRescores_AppliedPerMatch()
    {
        var recognizer = new PatternRecognizer(
            "TEST_CODE",
            [new("code", Code(), 0.4)],
            new PatternRecognizerOptions { Validator = (text, span, score) => text[span.Start + 3] == '0' ? null : 0.9 });

        var matches = Recognize(recognizer, "AB-0000 and AB-1234");

        var match = Assert.Single(matches);
        Assert.Equal(12, match.Span.Start);
        Assert.Equal(0.9, match.Score, 3);
    }

    [Fact]
    public void Recognize_PatternWithValueGroup_SpanIsTheValueOnly()
    {
        var recognizer = new PatternRecognizer("TEST_SECRET", [new("labelled", Labelled(), 0.8)]);

        var match = Assert.Single(Recognize(recognizer, "the secret: hunter2 ok"));

        Assert.Equal("hunter2", match.Span.Slice("the secret: hunter2 ok"));
    }

    [Fact]
    public void Recognize_PrefilterFails_PatternsNotRun()
    {
        var recognizer = new PatternRecognizer("TEST_CODE", [new("code", Code(), 0.9)], new PatternRecognizerOptions { Prefilter = p => p.Digits >= 10 });

        Assert.Empty(Recognize(recognizer, "AB-1234"));
    }

    private static List<EntityMatch> Recognize(PatternRecognizer recognizer, string text)
    {
        var results = new List<EntityMatch>();
        recognizer.Recognize(new RecognitionInput(text, "en"), results);
        return results;
    }

    [GeneratedRegex(@"\bAB-\d{4}\b")]
    private static partial Regex Code();

    [GeneratedRegex(@"secret:\s*(?<value>\S+)")]
    private static partial Regex Labelled();
}
