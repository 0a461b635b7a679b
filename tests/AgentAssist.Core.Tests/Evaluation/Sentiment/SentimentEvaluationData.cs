using System.Text;
using AgentAssist.Core.Sentiment;

namespace AgentAssist.Core.Tests.Evaluation.Sentiment;

/// <summary>
/// The labelled sets the sentiment analyser is measured on. English: the development fifth of Twitter US Airline
/// Sentiment (CC BY-NC-SA 4.0, measuring only; it stays outside the repository, in <c>AGENTASSIST_SHARED_DIR</c> or
/// <c>shared</c> beside it). Spanish: AgentAssist's own customer messages (Fixtures/Sentiment). Each set is split by
/// a fixed hash of its ids: three tenths are kept aside, and rules were tuned on the rest only.
/// </summary>
internal static class SentimentEvaluationData
{
    public static string? SharedDirectory()
    {
        var shared = Environment.GetEnvironmentVariable("AGENTASSIST_SHARED_DIR");
        if (!string.IsNullOrEmpty(shared))
        {
            return Directory.Exists(shared) ? shared : null;
        }

        for (var directory = new DirectoryInfo(RepoPaths.Root); directory is not null; directory = directory.Parent)
        {
            var candidate = Path.Combine(directory.FullName, "shared");
            if (Directory.Exists(Path.Combine(candidate, "eval")))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>The airline tweets, or null when the shared data is not there.</summary>
    public static IReadOnlyList<LabelledMessage>? EnglishTweets()
    {
        var file = SharedDirectory() is { } shared ? Path.Combine(shared, "eval", "sentiment", "en-airline-dev.csv") : null;
        if (file is null || !File.Exists(file))
        {
            return null;
        }

        var rows = CsvRows.Read(File.ReadAllText(file, Encoding.UTF8)).ToList();
        var header = rows[0];
        int text = header.IndexOf("text"), label = header.IndexOf("label"), id = header.IndexOf("id");
        return rows.Skip(1)
            .Where(r => r.Count == header.Count)
            .Select(r => new LabelledMessage(r[text], Parse(r[label]), IsKeptAside(r[id])))
            .ToList();
    }

    /// <summary>AgentAssist's Spanish customer messages: label, region, text; kept aside by their line's hash.</summary>
    public static IReadOnlyList<LabelledMessage> SpanishMessages() =>
        File.ReadLines(Path.Combine(RepoPaths.Fixtures, "Sentiment", "es-customer-messages.tsv"), Encoding.UTF8)
            .Where(line => line.Length > 0 && !line.StartsWith('#'))
            .Select(line => line.Split('\t'))
            .Select(fields => new LabelledMessage(fields[2], Parse(fields[0]), IsKeptAside(fields[2])))
            .ToList();

    private static SentimentLabel Parse(string label) => label switch
    {
        "negative" => SentimentLabel.Negative,
        "neutral" => SentimentLabel.Neutral,
        "positive" => SentimentLabel.Positive,
        _ => throw new InvalidDataException($"unknown label '{label}'"),
    };

    /// <summary>FNV-1a over the key: stable across runs and machines, unlike string.GetHashCode.</summary>
    private static bool IsKeptAside(string key)
    {
        var hash = 2166136261u;
        foreach (var c in key)
        {
            hash = (hash ^ c) * 16777619u;
        }

        return hash % 10 < 3;
    }
}
