using AgentAssist.Core.Sentiment;

namespace AgentAssist.Core.Tests.Evaluation.Sentiment;

/// <summary>Accuracy, macro-F1 and per-class recall from a confusion matrix (rows: gold label, columns: predicted).</summary>
internal sealed class SentimentScore
{
    private readonly int[,] _matrix = new int[3, 3];

    public int Count { get; private set; }

    public void Add(SentimentLabel gold, SentimentLabel predicted)
    {
        _matrix[(int)gold, (int)predicted]++;
        Count++;
    }

    public double Accuracy => Count == 0 ? 0 : Enumerable.Range(0, 3).Sum(i => _matrix[i, i]) / (double)Count;

    public double MacroF1 => Enumerable.Range(0, 3).Average(F1);

    public double Recall(SentimentLabel label)
    {
        var i = (int)label;
        var gold = Enumerable.Range(0, 3).Sum(j => _matrix[i, j]);
        return gold == 0 ? 0 : _matrix[i, i] / (double)gold;
    }

    public double Precision(SentimentLabel label)
    {
        var i = (int)label;
        var predicted = Enumerable.Range(0, 3).Sum(j => _matrix[j, i]);
        return predicted == 0 ? 0 : _matrix[i, i] / (double)predicted;
    }

    private double F1(int i)
    {
        double p = Precision((SentimentLabel)i), r = Recall((SentimentLabel)i);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    public override string ToString() =>
        $"n={Count} accuracy={Accuracy:F3} macro-F1={MacroF1:F3} negative recall={Recall(SentimentLabel.Negative):F3} " +
        $"neutral recall={Recall(SentimentLabel.Neutral):F3} positive recall={Recall(SentimentLabel.Positive):F3} " +
        $"confusion(gold→neg/neu/pos)=[{Row(0)}] [{Row(1)}] [{Row(2)}]";

    private string Row(int i) => $"{_matrix[i, 0]} {_matrix[i, 1]} {_matrix[i, 2]}";
}
