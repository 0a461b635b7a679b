using AgentAssist.Core.Languages;
using AgentAssist.Core.Sentiment;
using Xunit.Abstractions;

namespace AgentAssist.Core.Tests.Evaluation.Sentiment;

/// <summary>
/// The sentiment analyser beside VADER and AFINN on the same messages, on the tuning split and on the split kept
/// aside (docs/insights.md has the figures). The floors sit a little below the measured values, so a regression
/// fails; English macro-F1 on the kept-aside split (0.628) is still short of the 0.65 goal, and the floor says so.
/// </summary>
public sealed class SentimentEvaluationTests(ITestOutputHelper output)
{
    private static readonly SentimentAnalyzer Analyzer = new(SentimentLexicons.Load(), new LanguageDetector());

    [SkippableFact]
    public void Evaluate_EnglishAirlineTweets_MeetsGoalsAndBeatsBaselines()
    {
        var tweets = SentimentEvaluationData.EnglishTweets();
        Skip.If(tweets is null, "No evaluation data: set AGENTASSIST_SHARED_DIR or put it in ../shared/eval/sentiment.");
        var vader = new VaderBaseline(LexiconFile("vader_lexicon.txt"), LexiconFile("emoji_utf8_lexicon.txt"));
        var afinn = AfinnBaseline.English();

        var (tuning, keptAside) = Measure(tweets, t => Analyzer.Analyze(t, "en").Label);
        var (vaderTuning, vaderKeptAside) = Measure(tweets, vader.Classify);
        Report("AgentAssist", tuning, keptAside);
        Report("VADER", vaderTuning, vaderKeptAside);
        if (afinn is not null)
        {
            var (afinnTuning, afinnKeptAside) = Measure(tweets, afinn.Classify);
            Report("AFINN-165", afinnTuning, afinnKeptAside);
        }

        Assert.True(keptAside.MacroF1 >= 0.62, $"kept-aside macro-F1 {keptAside.MacroF1:F3} < 0.62 (goal 0.65)");
        Assert.True(keptAside.Recall(SentimentLabel.Negative) >= 0.75, $"kept-aside negative recall {keptAside.Recall(SentimentLabel.Negative):F3} < 0.75");
        Assert.True(tuning.MacroF1 >= 0.65, $"tuning macro-F1 {tuning.MacroF1:F3} < 0.65");
        Assert.True(keptAside.MacroF1 >= vaderKeptAside.MacroF1 + 0.10, "not clearly better than VADER on the kept-aside split");
    }

    [Fact]
    public void Evaluate_SpanishCustomerMessages_MeetsGoals()
    {
        var messages = SentimentEvaluationData.SpanishMessages();
        var (tuning, keptAside) = Measure(messages, t => Analyzer.Analyze(t, "es").Label);
        Report("AgentAssist", tuning, keptAside);
        var afinn = AfinnBaseline.Spanish(SentimentEvaluationData.SharedDirectory());
        if (afinn is not null)
        {
            var (afinnTuning, afinnKeptAside) = Measure(messages, afinn.Classify);
            Report("AFINN-es (nlp.js)", afinnTuning, afinnKeptAside);
        }

        Assert.True(messages.Count >= 200, $"{messages.Count} messages; the check set should hold at least 200");
        Assert.True(keptAside.MacroF1 >= 0.80, $"kept-aside macro-F1 {keptAside.MacroF1:F3} < 0.80 (goal 0.55)");
        Assert.True(tuning.MacroF1 >= 0.90, $"tuning macro-F1 {tuning.MacroF1:F3} < 0.90");
        Assert.True(keptAside.Recall(SentimentLabel.Negative) >= 0.75, $"kept-aside negative recall {keptAside.Recall(SentimentLabel.Negative):F3} < 0.75");
    }

    private static (SentimentScore Tuning, SentimentScore KeptAside) Measure(IEnumerable<LabelledMessage> messages, Func<string, SentimentLabel> classify)
    {
        var tuning = new SentimentScore();
        var keptAside = new SentimentScore();
        foreach (var message in messages)
        {
            (message.KeptAside ? keptAside : tuning).Add(message.Label, classify(message.Text));
        }

        return (tuning, keptAside);
    }

    private void Report(string name, SentimentScore tuning, SentimentScore keptAside)
    {
        output.WriteLine($"{name,-18} tuning:     {tuning}");
        output.WriteLine($"{name,-18} kept aside: {keptAside}");
    }

    private static string LexiconFile(string name) => Path.Combine(RepoPaths.Src, "AgentAssist.Core", "Sentiment", "Lexicons", name);
}
