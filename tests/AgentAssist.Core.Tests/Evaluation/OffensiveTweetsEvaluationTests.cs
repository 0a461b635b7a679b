using System.Globalization;
using System.Net;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Tests.Packs;
using Xunit.Abstractions;

namespace AgentAssist.Core.Tests.Evaluation;

/// <summary>
/// Precision and recall of the English profanity pack on real social text: the development fifth of
/// t-davidson/hate-speech-and-offensive-language (crowd-labelled tweets; class 0 hate speech, 1 offensive language,
/// 2 neither). Hate and offensive are positive; a tweet is predicted positive when any profanity, sexual, slur or
/// insult finding fires. Per class, recall is the share of that class flagged and precision is measured against the
/// neither class alone (flagged tweets of the class over those plus flagged neither tweets). The floors sit a little
/// below the measured values (docs/accuracy.md), so a regression fails. The data lives outside the repository:
/// <c>AGENTASSIST_SHARED_DIR</c>, else <c>shared</c> beside the repository.
/// </summary>
public sealed class OffensiveTweetsEvaluationTests(ITestOutputHelper output)
{
    private const double PrecisionFloor = 0.975;
    private const double RecallFloor = 0.960;
    private const double F1Floor = 0.970;
    private const double HateRecallFloor = 0.85;

    private static readonly HashSet<FindingCategory> Offensive =
        [FindingCategory.Profanity, FindingCategory.Sexual, FindingCategory.Slur, FindingCategory.Insult];

    [SkippableFact]
    public void Evaluate_DevSet_MeetsPrecisionAndRecallFloors()
    {
        var file = FindDevSet();
        Skip.If(file is null, "No evaluation data: set AGENTASSIST_SHARED_DIR or put it in ../shared/eval/offensive-tweets.");
        var rules = ProfanityPacks.ForLanguage("en").Rules;
        var flagged = new int[3];
        var total = new int[3];
        var findings = new List<Finding>();

        foreach (var (label, tweet) in ReadTweets(file))
        {
            var context = new CheckContext(WebUtility.HtmlDecode(tweet), ChannelProfile.GenericPublic, "en");
            findings.Clear();
            foreach (var rule in rules)
            {
                rule.Evaluate(context, findings);
            }

            total[label]++;
            flagged[label] += findings.Any(f => Offensive.Contains(f.Category)) ? 1 : 0;
        }

        var overall = Score.Of(flagged[0] + flagged[1], total[0] + total[1], flagged[2]);
        var hate = Score.Of(flagged[0], total[0], flagged[2]);
        var offensive = Score.Of(flagged[1], total[1], flagged[2]);
        output.WriteLine($"tweets: {total.Sum()} (hate {total[0]}, offensive {total[1]}, neither {total[2]}); neither flagged: {flagged[2]}");
        output.WriteLine($"overall (hate + offensive): {overall}");
        output.WriteLine($"hate speech (class 0):      {hate}");
        output.WriteLine($"offensive (class 1):        {offensive}");

        Assert.Equal(3, total.Count(t => t > 0));
        Assert.True(overall.Precision >= PrecisionFloor, $"precision {overall.Precision:F4} < {PrecisionFloor}");
        Assert.True(overall.Recall >= RecallFloor, $"recall {overall.Recall:F4} < {RecallFloor}");
        Assert.True(overall.F1 >= F1Floor, $"F1 {overall.F1:F4} < {F1Floor}");
        Assert.True(hate.Recall >= HateRecallFloor, $"hate-speech recall {hate.Recall:F4} < {HateRecallFloor}");
    }

    private static string? FindDevSet()
    {
        var shared = Environment.GetEnvironmentVariable("AGENTASSIST_SHARED_DIR");
        if (string.IsNullOrEmpty(shared))
        {
            for (var directory = new DirectoryInfo(ProfanityPacks.RepositoryRoot); directory is not null; directory = directory.Parent)
            {
                if (Directory.Exists(Path.Combine(directory.FullName, "shared", "eval")))
                {
                    shared = Path.Combine(directory.FullName, "shared");
                    break;
                }
            }
        }

        var file = shared is null ? null : Path.Combine(shared, "eval", "offensive-tweets", "dev.csv");
        return file is not null && File.Exists(file) ? file : null;
    }

    /// <summary>The labelled tweets: columns <c>,count,hate_speech,offensive_language,neither,class,tweet</c>; quoted fields may hold commas, quotes and line breaks.</summary>
    private static IEnumerable<(int Label, string Tweet)> ReadTweets(string file)
    {
        var rows = CsvRows.Read(File.ReadAllText(file)).ToList();
        var header = rows[0];
        var label = header.IndexOf("class");
        var tweet = header.IndexOf("tweet");
        return rows.Skip(1).Where(r => r.Count == header.Count).Select(r => (int.Parse(r[label], CultureInfo.InvariantCulture), r[tweet]));
    }

    private readonly record struct Score(int TruePositives, int FalseNegatives, int FalsePositives)
    {
        public double Precision => TruePositives / (double)Math.Max(1, TruePositives + FalsePositives);

        public double Recall => TruePositives / (double)Math.Max(1, TruePositives + FalseNegatives);

        public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

        public static Score Of(int flagged, int total, int flaggedNeither) => new(flagged, total - flagged, flaggedNeither);

        public override string ToString() =>
            string.Create(CultureInfo.InvariantCulture, $"precision {Precision:F4}, recall {Recall:F4}, F1 {F1:F4} (TP {TruePositives}, FN {FalseNegatives}, FP {FalsePositives})");
    }
}
