using System.Diagnostics;

namespace AgentAssist.LoadTests;

/// <summary>
/// Closed-loop load: each of N workers keeps one request in flight on its own connection, sending the next as soon as
/// the previous answer is read, for the warm-up and then the measured duration. Only requests sent after the warm-up
/// are recorded.
/// </summary>
internal static class LoadRunner
{
    public static async Task<ScenarioResult> RunAsync(HttpClient client, LoadScenario scenario, LoadOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(scenario);
        ArgumentNullException.ThrowIfNull(options);

        var start = Stopwatch.GetTimestamp();
        var measureFrom = start + (long)(options.Warmup.TotalSeconds * Stopwatch.Frequency);
        var measureUntil = measureFrom + (long)(options.Duration.TotalSeconds * Stopwatch.Frequency);
        long repliesAtStart = 0;
        var replyMark = scenario.ReplyCounter is null
            ? Task.CompletedTask
            : Task.Run(async () =>
            {
                await Task.Delay(Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), measureFrom)).ConfigureAwait(false);
                repliesAtStart = scenario.ReplyCounter();
            });

        var workers = Enumerable.Range(0, options.Connections)
            .Select(worker => Task.Run(() => WorkAsync(client, scenario, worker, measureFrom, measureUntil)))
            .ToArray();
        var outcomes = await Task.WhenAll(workers).ConfigureAwait(false);
        var end = Stopwatch.GetTimestamp();
        await replyMark.ConfigureAwait(false);

        var latency = new LatencyHistogram();
        long errors = 0;
        foreach (var (histogram, failed) in outcomes)
        {
            latency.Add(histogram);
            errors += failed;
        }

        var replies = scenario.ReplyCounter is null ? (long?)null : scenario.ReplyCounter() - repliesAtStart;
        return new ScenarioResult(scenario.Name, options.Connections, Stopwatch.GetElapsedTime(measureFrom, end), latency, errors, replies);
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
