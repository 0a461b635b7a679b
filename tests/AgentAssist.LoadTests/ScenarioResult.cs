namespace AgentAssist.LoadTests;

/// <summary>What one scenario measured after its warm-up.</summary>
/// <param name="Name">The scenario.</param>
/// <param name="Connections">Concurrent connections, each with one request in flight.</param>
/// <param name="Elapsed">From the end of the warm-up to the last measured answer.</param>
/// <param name="Latency">Request latencies of the measured requests (sent after the warm-up).</param>
/// <param name="Errors">Measured requests that failed: an exception, a timeout or a status other than the expected one.</param>
/// <param name="Replies">Connector calls the bot made during the measurement (for <c>/api/messages</c>), or null.</param>
/// <param name="ServerCpu">CPU time the bot process used during the measurement (user + system, all threads).</param>
/// <param name="ClientCpu">CPU time this tool used meanwhile: the load client and the loopback channel.</param>
internal sealed record ScenarioResult(
    string Name, int Connections, TimeSpan Elapsed, LatencyHistogram Latency, long Errors, long? Replies, TimeSpan ServerCpu, TimeSpan ClientCpu)
{
    public double RequestsPerSecond => Latency.Count / Elapsed.TotalSeconds;

    /// <summary>Bot CPU per request: what one request costs the server whatever else runs on the machine.</summary>
    public double ServerCpuMicrosecondsPerRequest => ServerCpu.TotalMicroseconds / Latency.Count;

    public double ClientCpuMicrosecondsPerRequest => ClientCpu.TotalMicroseconds / Latency.Count;
}
