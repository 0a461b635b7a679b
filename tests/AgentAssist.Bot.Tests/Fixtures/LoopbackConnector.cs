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
/// (<c>v3/conversations/…</c>) and records them, so tests can read the bot's replies.
/// </summary>
internal sealed class LoopbackConnector : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ConnectorCall> _calls = new();
    private int _activityIds;

    private LoopbackConnector(WebApplication app)
    {
        _app = app;
    }

    /// <summary>The serviceUrl to put on activities sent to the bot.</summary>
    public string ServiceUrl { get; private set; } = null!;

    public IReadOnlyList<ConnectorCall> Calls => [.. _calls];

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
        _calls.Enqueue(new ConnectorCall(
            context.Request.Method,
            context.Features.GetRequiredFeature<IHttpRequestFeature>().RawTarget,
            body.Length == 0 ? null : JsonDocument.Parse(body).RootElement.Clone()));
        return Results.Json(new { id = $"activity-{Interlocked.Increment(ref _activityIds)}" }, statusCode: StatusCodes.Status201Created);
    }
}
