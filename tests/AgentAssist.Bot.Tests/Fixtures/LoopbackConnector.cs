using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.Logging;

namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>
/// The Bot Framework connector of a channel, on 127.0.0.1: answers the connector REST calls a bot makes
/// (<c>v3/conversations/…</c>) and records them, so tests can read the bot's replies. It can be told to refuse the
/// next calls with a status (429 with <c>Retry-After</c>, 500, 503) as a throttled or failing channel does.
/// </summary>
internal sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private readonly ConcurrentQueue<(int Status, TimeSpan? RetryAfter)> _failures = new();
    private int _activityIds;

    private LoopbackConnector(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The serviceUrl to put on activities sent to the bot.</summary>
    public string ServiceUrl { get; private set; } = null!;

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

    /// <summary>The calls answered with success.</summary>
    public IReadOnlyList<ConnectorCall> Delivered => [.. _calls.Where(c => c.Status < 300)];

    /// <summary>Answers the next <paramref name="count"/> calls with <paramref name="status"/> (and a Retry-After) instead of success.</summary>
    public void FailNext(int status, int count = 1, TimeSpan? retryAfter = null)
    {
        for (var i = 0; i < count; i++)
        {
            _failures.Enqueue((status, retryAfter));
        }
    }

    /// <summary>Answers every call with success again.</summary>
    public void ClearFailures() => _failures.Clear();

    /// <summary>Waits until the delivered calls satisfy <paramref name="condition"/>; fails the test after <paramref name="timeout"/>.</summary>
    public async Task<IReadOnlyList<ConnectorCall>> WaitForAsync(Func<IReadOnlyList<ConnectorCall>, bool> condition, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var delivered = Delivered;
            if (condition(delivered))
            {
                return delivered;
            }

            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The connector did not get the expected calls; it got: {string.Join(", ", Calls.Select(c => $"{c.Method} {c.RawTarget} {c.Status}"))}");
            }

            await Task.Delay(50);
        }
    }

    public static async Task<LoopbackConnector> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var connector = new LoopbackConnector(app);
        app.Map("/v3/{**rest}", (Delegate)connector.RecordAsync);
        await app.StartAsync();
        connector.ServiceUrl = app.Urls.Single().TrimEnd('/') + "/";
        return connector;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task<IResult> RecordAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync();
        var target = context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget;
        var json = body.Length == 0 ? (JsonElement?)null : JsonDocument.Parse(body).RootElement.Clone();
        if (_failures.TryDequeue(out var failure))
        {
            _calls.Enqueue(new ConnectorCall(context.Request.Method, target, json) { Status = failure.Status });
            if (failure.RetryAfter is { } retryAfter)
            {
                context.Response.Headers.RetryAfter = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
            }

            return Results.Json(new { error = new { code = failure.Status == 429 ? "Throttled" : "ServiceError", message = "Scripted failure." } }, statusCode: failure.Status);
        }

        // An update keeps the activity's id, as Teams answers a PUT; anything else gets a new one.
        var id = context.Request.Method == HttpMethods.Put ? target[(target.LastIndexOf('/') + 1)..] : $"activity-{Interlocked.Increment(ref _activityIds)}";
        _calls.Enqueue(new ConnectorCall(context.Request.Method, target, json) { Status = StatusCodes.Status201Created, ResponseId = id });
        return Results.Json(new { id }, statusCode: context.Request.Method == HttpMethods.Put ? StatusCodes.Status200OK : StatusCodes.Status201Created);
    }
}
