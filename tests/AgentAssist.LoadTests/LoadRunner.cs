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
        var atStart = (Replies: 0L, Server: TimeSpan.Zero, Client: TimeSpan.Zero);
        var startMark = Task.Run(async () =>
        {
            await Task.Delay(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), measureFrom)).ConfigureAwait(false);
            atStart = (scenario.ReplyCounter?.Invoke() ?? 0, serverCpu(), ClientCpu());
        });

        var workers = Enumerable.Range(0, options.Connections)
            .Select(worker => Task.Run(() => WorkAsync(client, scenario, worker, measureFrom, measureUntil)))
            .ToArray();
        var outcomes = await Task.WhenAll(workers).ConfigureAwait(false);
        var end = Stopwatch.GetTimestamp();
        var (serverCpuAtEnd, clientCpuAtEnd) = (serverCpu(), ClientCpu());
        await startMark.ConfigureAwait(false);

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

    private static TimeSpan ClientCpu()
    {
        using var self = Process.GetCurrentProcess();
        return self.TotalProcessorTime;
    }

    private static async Task<(LatencyHistogram Histogram, long Errors)> WorkAsync(
        HttpClient client, LoadScenario scenario, int worker, long measureFrom, long measureUntil)
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
