namespace AgentAssist.LoadTests;

/// <summary>What one scenario measured after its warm-up.</summary>
/// <param name="Name">The scenario.</param>
/// <param name="Connections">Concurrent connections, each with one request in flight.</param>
/// <param name="Elapsed">From the end of the warm-up to the last measured answer.</param>
/// <param name="Latency">Request latencies of the measured requests (sent after the warm-up).</param>
/// <param name="Errors">Measured requests that failed: an exception, a timeout or a status other than the expected one.</param>
/// <param name="Replies">Connector calls the bot made during the measurement (for <c>/api/messages</c>), or null.</param>
internal sealed record ScenarioResult(string Name, int Connections, TimeSpan Elapsed, LatencyHistogram Latency, long Errors, long? Replies)
{
    public double RequestsPerSecond => Latency.Count / Elapsed.TotalSeconds;
}
