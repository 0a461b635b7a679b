using System.Globalization;
using System.Text;
using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Evaluation;

/// <summary>True and false positives and false negatives of one entity type on one data set.</summary>
internal sealed class EntityScore(string dataset, string language, string entityType, bool precisionOnly)
{
    public string Dataset { get; } = dataset;

    public string Language { get; } = language;

    public string EntityType { get; } = entityType;

    /// <summary>Recall is not measured: the labels are wider than the type (all dates, of which dates of birth are some).</summary>
    public bool PrecisionOnly { get; } = precisionOnly;

    public int Gold { get; set; }

    public int TruePositives { get; set; }

    public int FalsePositives { get; set; }

    /// <summary>True positives whose span is exactly the labelled one.</summary>
    public int Exact { get; set; }

    public int FalseNegatives => Gold - TruePositives;

    public double Precision => TruePositives + FalsePositives == 0 ? 1.0 : (double)TruePositives / (TruePositives + FalsePositives);

    public double Recall => Gold == 0 ? 1.0 : (double)TruePositives / Gold;

    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);

    /// <summary>F1 counting only spans that match the label exactly.</summary>
    public double ExactF1
    {
        get
        {
            var predicted = TruePositives + FalsePositives;
            var p = predicted == 0 ? 1.0 : (double)Exact / predicted;
            var r = Gold == 0 ? 1.0 : (double)Exact / Gold;
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }
    }
}

/// <summary>
/// Scores predictions against labels, per entity type. A prediction is a true positive when it overlaps a label of
/// the same type that no other prediction took (the span locates the data; redaction then covers it); exact-span
/// agreement is reported beside it.
/// </summary>
internal static class PrivacyEvaluationScore
{
    public static IReadOnlyList<EntityScore> Score(EvaluationSet set, EntityAnalyzer analyzer, List<string>? errors = null)
    {
        var scores = new Dictionary<string, EntityScore>(StringComparer.Ordinal);
        EntityScore For(string type) => scores.TryGetValue(type, out var score)
            ? score
            : scores[type] = new EntityScore(set.Name, set.Language, type, set.PrecisionOnlyTypes.Contains(type));

        foreach (var type in set.LabelledTypes.Concat(set.PrecisionOnlyTypes))
        {
            For(type);
        }

        foreach (var item in set.Cases)
        {
            var predicted = analyzer.Analyze(item.Text, item.Language);
            var taken = new bool[item.Gold.Count];
            foreach (var gold in item.Gold)
            {
                For(gold.EntityType).Gold++;
            }

            foreach (var prediction in predicted)
            {
                if (!set.LabelledTypes.Contains(prediction.EntityType) && !set.PrecisionOnlyTypes.Contains(prediction.EntityType))
                {
                    continue;
                }

                var score = For(prediction.EntityType);
                var matched = -1;
                for (var i = 0; i < item.Gold.Count && matched < 0; i++)
                {
                    if (!taken[i] && item.Gold[i].EntityType == prediction.EntityType && item.Gold[i].Overlaps(prediction.Span))
                    {
                        matched = i;
                    }
                }

                if (matched < 0)
                {
                    score.FalsePositives++;
                    errors?.Add($"FP {prediction.EntityType} '{prediction.Span.Slice(item.Text)}' in: {Excerpt(item.Text, prediction.Span)}");
                    continue;
                }

                taken[matched] = true;
                score.TruePositives++;
                if (item.Gold[matched].IsExactly(prediction.Span))
                {
                    score.Exact++;
                }
            }

            for (var i = 0; i < item.Gold.Count; i++)
            {
                if (!taken[i] && !set.PrecisionOnlyTypes.Contains(item.Gold[i].EntityType))
                {
                    errors?.Add($"FN {item.Gold[i].EntityType} '{item.Gold[i].Span.Slice(item.Text)}' in: {Excerpt(item.Text, item.Gold[i].Span)}");
                }
            }
        }

        return [.. scores.Values.Where(s => s.Gold > 0 || s.TruePositives + s.FalsePositives > 0 || set.LabelledTypes.Contains(s.EntityType))
            .OrderBy(s => s.EntityType, StringComparer.Ordinal)];
    }

    /// <summary>A markdown table: one row per data set and entity type.</summary>
    public static string Table(IEnumerable<EntityScore> scores)
    {
        var table = new StringBuilder();
        table.AppendLine("| data set | lang | entity | labelled | predicted | TP | FP | FN | precision | recall | F1 | exact-span F1 |");
        table.AppendLine("|---|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var s in scores)
        {
            var predicted = s.TruePositives + s.FalsePositives;
            var recall = s.PrecisionOnly ? "n/a" : Format(s.Recall);
            var f1 = s.PrecisionOnly ? "n/a" : Format(s.F1);
            var exact = s.PrecisionOnly ? "n/a" : Format(s.ExactF1);
            var gold = s.PrecisionOnly ? "n/a" : s.Gold.ToString(CultureInfo.InvariantCulture);
            var fn = s.PrecisionOnly ? "n/a" : s.FalseNegatives.ToString(CultureInfo.InvariantCulture);
            table.AppendLine(CultureInfo.InvariantCulture, $"| {s.Dataset} | {s.Language} | {s.EntityType} | {gold} | {predicted} | {s.TruePositives} | {s.FalsePositives} | {fn} | {Format(s.Precision)} | {recall} | {f1} | {exact} |");
        }

        return table.ToString();
    }

    private static string Format(double value) => value.ToString("0.000", CultureInfo.InvariantCulture);

    private static string Excerpt(string text, Core.Text.TextSpan span)
    {
        var start = Math.Max(0, span.Start - 40);
        var end = Math.Min(text.Length, span.End + 25);
        return text[start..end].Replace('\n', '⏎');
    }
}
