namespace AgentAssist.LoadTests;

/// <summary>
/// Latencies in microseconds, in log-linear buckets: exact below 128 µs, then 64 buckets per power of two, so a
/// percentile is within 1/64 (1.6 %) of the recorded value. Not thread-safe: each worker keeps its own and they are merged.
/// </summary>
internal sealed class LatencyHistogram
{
    private const int LinearLimit = 128;
    private const int SubBuckets = 64;
    private const int SubBucketBits = 6;

    // Up to 2^40 µs (12 days), far beyond any request.
    private readonly long[] _counts = new long[LinearLimit + ((40 - 7) * SubBuckets)];

    public long Count { get; private set; }

    public long MaxMicroseconds { get; private set; }

    public double SumMicroseconds { get; private set; }

    public void Record(long microseconds)
    {
        microseconds = Math.Max(0, microseconds);
        _counts[Index(microseconds)]++;
        Count++;
        SumMicroseconds += microseconds;
        MaxMicroseconds = Math.Max(MaxMicroseconds, microseconds);
    }

    public void Add(LatencyHistogram other)
    {
        ArgumentNullException.ThrowIfNull(other);
        for (var i = 0; i < _counts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }

        Count += other.Count;
        SumMicroseconds += other.SumMicroseconds;
        MaxMicroseconds = Math.Max(MaxMicroseconds, other.MaxMicroseconds);
    }

    /// <summary>The smallest bucket value at or below which <paramref name="percentile"/> % of the samples lie, in µs.</summary>
    public double Percentile(double percentile)
    {
        if (Count == 0)
        {
            return double.NaN;
        }

        var rank = (long)Math.Ceiling(percentile / 100 * Count);
        rank = Math.Clamp(rank, 1, Count);
        long seen = 0;
        for (var i = 0; i < _counts.Length; i++)
        {
            seen += _counts[i];
            if (seen >= rank)
            {
                return Math.Min(Middle(i), MaxMicroseconds);
            }
        }

        return MaxMicroseconds;
    }

    internal static int Index(long value)
    {
        if (value < LinearLimit)
        {
            return (int)value;
        }

        var exponent = 63 - (int)long.LeadingZeroCount(value);
        var shift = exponent - SubBucketBits;
        return LinearLimit + ((exponent - 7) * SubBuckets) + (int)((value >> shift) - SubBuckets);
    }

    /// <summary>The middle of bucket <paramref name="index"/>.</summary>
    internal static double Middle(int index)
    {
        if (index < LinearLimit)
        {
            return index;
        }

        var exponent = ((index - LinearLimit) / SubBuckets) + 7;
        var sub = ((index - LinearLimit) % SubBuckets) + SubBuckets;
        var shift = exponent - SubBucketBits;
        var low = (long)sub << shift;
        var high = ((long)(sub + 1) << shift) - 1;
        return (low + high) / 2.0;
    }
}
