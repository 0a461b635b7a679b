using System.Collections.Concurrent;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>
/// A CRM on Kestrel at 127.0.0.1: <c>GET /api/customers/{handle}</c> answers the JSON registered for the handle,
/// 404 otherwise; <c>slow</c> answers after 5 seconds, <c>broken</c> with 500, <c>garbage</c> with HTML.
/// It records the headers of every request.
/// </summary>
public sealed class LoopbackCrm : IAsyncDisposable
{
    private readonly WebApplication _app;

    private LoopbackCrm(WebApplication app) => _app = app;

    public Dictionary<string, string> Customers { get; } = new(StringComparer.Ordinal);

    public ConcurrentQueue<(string Path, IHeaderDictionary Headers)> Requests { get; } = new();

    public string UrlTemplate { get; private set; } = string.Empty;

    public static async Task<LoopbackCrm> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var crm = new LoopbackCrm(app);
        app.MapGet("/api/customers/{handle}", async (string handle, HttpContext context) =>
        {
            crm.Requests.Enqueue((context.Request.Path + context.Request.QueryString, new HeaderDictionary(context.Request.Headers.ToDictionary(h => h.Key, h => h.Value))));
            switch (handle)
            {
                case "slow":
                    await Task.Delay(TimeSpan.FromSeconds(5), context.RequestAborted);
                    return Results.Ok();
                case "broken":
                    return Results.StatusCode(500);
                case "garbage":
                    return Results.Content("<html>oops</html>", "text/html");
                default:
                    return crm.Customers.TryGetValue(handle, out var json) ? Results.Content(json, "application/json") : Results.NotFound();
            }
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        crm.UrlTemplate = address.TrimEnd('/') + "/api/customers/{handle}";
        return crm;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
