using System.Diagnostics;
using System.Globalization;

namespace AgentAssist.Benchmarks.Store;

/// <summary>Per-operation latencies of one kind, kept exactly (a few thousand samples), with percentiles.</summary>
internal sealed class LatencyHistogram(string name, int capacity)
{
    private readonly List<long> _ticks = new(capacity);

    public string Name { get; } = name;

    public int Count => _ticks.Count;

    public void Add(long stopwatchTicks) => _ticks.Add(stopwatchTicks);

    /// <summary>The latency at or below which <paramref name="percent"/> % of the samples fall (nearest rank), in ms.</summary>
    public double Percentile(double percent)
    {
        var sorted = _ticks.Order().ToList();
        var rank = (int)Math.Ceiling(percent / 100 * sorted.Count);
        return Milliseconds(sorted[Math.Clamp(rank - 1, 0, sorted.Count - 1)]);
    }

    public double Max => Milliseconds(_ticks.Max());

    public double Mean => Milliseconds((long)_ticks.Average());

    /// <summary>Counts per bucket (powers of two from 0.0625 ms), for the printed histogram.</summary>
    public string Buckets()
    {
        var bounds = Enumerable.Range(0, 10).Select(i => 0.0625 * Math.Pow(2, i)).ToArray();
        var counts = new int[bounds.Length + 1];
        foreach (var t in _ticks)
        {
            var ms = Milliseconds(t);
            var i = Array.FindIndex(bounds, b => ms <= b);
            counts[i < 0 ? bounds.Length : i]++;
        }

        return string.Join("  ", bounds.Select((b, i) => string.Create(CultureInfo.InvariantCulture, $"≤{b:0.####}ms:{counts[i]}"))
            .Append(string.Create(CultureInfo.InvariantCulture, $">{bounds[^1]:0.##}ms:{counts[^1]}")));
    }

    private static double Milliseconds(long ticks) => ticks * 1000.0 / Stopwatch.Frequency;
}
