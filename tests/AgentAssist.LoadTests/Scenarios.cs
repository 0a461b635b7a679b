using System.Net.Http.Headers;
using System.Text.Json;
using AgentAssist.Testing;

namespace AgentAssist.LoadTests;

/// <summary>The requests the load run sends: a health probe as the baseline, the check API, and signed Teams activities.</summary>
internal static class Scenarios
{
    private static readonly MediaTypeHeaderValue Json = new("application/json") { CharSet = "utf-8" };

    /// <summary>Each connection (worker) talks to one instance, in turn, as a connection-level load balancer spreads them.</summary>
    private static Uri For(IReadOnlyList<Uri> instances, int worker, string path) => new(instances[worker % instances.Count], path);

    public static LoadScenario Health(IReadOnlyList<Uri> instances)
    {
        // Liveness: what /health answered before it became readiness (which asks the database), so runs stay comparable.
        return new LoadScenario("GET /health/live (baseline)", (worker, _) => new HttpRequestMessage(HttpMethod.Get, For(instances, worker, "health/live")));
    }

    public static LoadScenario Check(IReadOnlyList<Uri> instances)
    {
        var bodies = SampleDrafts.All
            .Select(d => JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, string> { ["text"] = d.Text, ["channel"] = d.Channel }))
            .ToArray();
        return new LoadScenario("POST /api/v1/check", (worker, sequence) => Post(For(instances, worker, "api/v1/check"), bodies[(worker + sequence) % bodies.Length], authorization: null));
    }

    /// <summary>
    /// Teams message activities in personal chats (one conversation per connection), each with a channel token signed by
    /// the loopback channel; the bot checks the draft and posts its result card to the loopback connector before it answers.
    /// </summary>
    public static LoadScenario Messages(IReadOnlyList<Uri> instances, LoopbackChannel channel, int connections)
    {
        ArgumentNullException.ThrowIfNull(channel);

        // Teams reuses a channel token for its lifetime; the bot still validates its signature on every request.
        var authorization = new AuthenticationHeaderValue("Bearer", channel.CreateToken(TimeSpan.FromHours(1)));
        var bodies = Enumerable.Range(0, connections)
            .Select(worker => SampleDrafts.All.Select((draft, index) => Activity(channel, worker, index, draft.Text)).ToArray())
            .ToArray();
        return new LoadScenario(
            "POST /api/messages (signed)",
            (worker, sequence) => Post(For(instances, worker, "api/messages"), bodies[worker][(worker + sequence) % bodies[worker].Length], authorization),
            () => channel.Replies);
    }

    private static byte[] Activity(LoopbackChannel channel, int worker, int index, string text) =>
        JsonSerializer.SerializeToUtf8Bytes(new Dictionary<string, object?>
        {
            ["type"] = "message",
            ["id"] = $"17123456{worker:D4}{index:D2}",
            ["timestamp"] = "2025-11-20T10:15:30.123Z",
            ["serviceUrl"] = channel.BaseUrl.AbsoluteUri,
            ["channelId"] = "msteams",
            ["from"] = new Dictionary<string, object?> { ["id"] = $"29:load-agent-{worker}", ["name"] = "Agent", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
            ["recipient"] = new Dictionary<string, object?> { ["id"] = "28:" + channel.AppId, ["name"] = "AgentAssist" },
            ["conversation"] = new Dictionary<string, object?> { ["id"] = $"a:load-conversation-{worker}", ["conversationType"] = "personal", ["tenantId"] = "load-tenant" },
            ["channelData"] = new Dictionary<string, object?> { ["tenant"] = new Dictionary<string, object?> { ["id"] = "load-tenant" } },
            ["locale"] = "en-US",
            ["text"] = text,
            ["textFormat"] = "plain",
        });

    private static HttpRequestMessage Post(Uri url, byte[] body, AuthenticationHeaderValue? authorization)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = Json;
        var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
        request.Headers.Authorization = authorization;
        return request;
    }
}
