using System.Diagnostics;

namespace AgentAssist.LoadTests;

/// <summary>
/// Closed-loop load: each of N workers keeps one request in flight on its own connection, sending the next as soon as
/// the previous answer is read, for the warm-up and then the measured duration. Only requests sent after the warm-up
/// are recorded.
/// </summary>
internal static class LoadRunner
{
    public static async Task<ScenarioResult> RunAsync(HttpClient client, LoadScenario scenario, LoadOptions options, Func<TimeSpan> serverCpu)
    {
        ArgumentNullException.ThrowIfNull(serverCpu);
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);

        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(options.Warmup.TotalSeconds * Stopwatch.Frequency);
        var measureUntil = measureFrom + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);

        // Taken by the first worker to send a measured request, so the counters start with the measured window.
        var mark = new WindowStart(() => (scenario.ReplyCounter?.Invoke() ?? 0, serverCpu(), ClientCpu()));

        var workers = Enumerable.Range(0, options.Connections)
            .Select(worker => Task.Run(() => WorkAsync(client, scenario, worker, measureFrom, measureUntil, mark)))
            .ToArray();
        var outcomes = await Task.WhenAll(workers).ConfigureAwait(false);
        var end = Stopwatch.GetTimestamp();
        var (serverCpuAtEnd, clientCpuAtEnd) = (serverCpu(), ClientCpu());
        var atStart = mark.Values ?? (scenario.ReplyCounter?.Invoke() ?? 0, serverCpuAtEnd, clientCpuAtEnd);

        var latency = new LatencyHistogram();
        long errors = 0;
        foreach (var (histogram, failed) in outcomes)
        {
            latency.Add(histogram);
            errors += failed;
        }

        var replies = scenario.ReplyCounter is null ? (long?)null : scenario.ReplyCounter() - atStart.Replies;
        return new ScenarioResult(
            scenario.Name,
            options.Connections,
            Stopwatch.GetElapsedTime(measureFrom, end),
            latency,
            errors,
            replies,
            serverCpuAtEnd - atStart.Server,
            clientCpuAtEnd - atStart.Client);
    }

    /// <summary>The reply count and CPU times when the measured window opened, read once by whichever worker gets there first.</summary>
    private sealed class WindowStart(Func<(long Replies, TimeSpan Server, TimeSpan Client)> read)
    {
        private int _taken;

        public (long Replies, TimeSpan Server, TimeSpan Client)? Values { get; private set; }

        public void Take()
        {
            if (Volatile.Read(ref _taken) == 0 && Interlocked.Exchange(ref _taken, 1) == 0)
            {
                Values = read();
            }
        }
    }

    private static TimeSpan ClientCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static async Task<(LatencyHistogram Histogram, long Errors)> WorkAsync(
        HttpClient client, LoadScenario scenario, int worker, long measureFrom, long measureUntil, WindowStart mark)
    {
        var histogram = new LatencyHistogram();
        long errors = 0;
        long sequence = 0;
        var buffer = new byte[16 * 1024];
        while (true)
        {
            var sent = Stopwatch.GetTimestamp();
            if (sent >= measureUntil)
            {
                break;
            }

            if (sent >= measureFrom)
            {
                mark.Take();
            }

            bool ok;
            try
            {
                using var request = scenario.CreateRequest(worker, sequence++);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead).ConfigureAwait(false);
                await using var body = await response.Content.ReadAsStreamAsync().ConfigureAwait(false);
                while (await body.ReadAsync(buffer).ConfigureAwait(false) > 0)
                {
                }

                ok = response.IsSuccessStatusCode;
            }
            catch (HttpRequestException)
            {
                ok = false;
            }
            catch (TaskCanceledException)
            {
                ok = false;
            }

            if (sent >= measureFrom)
            {
                histogram.Record((long)Stopwatch.GetElapsedTime(sent).TotalMicroseconds);
                if (!ok)
                {
                    errors++;
                }
            }
        }

        return (histogram, errors);
    }
}
