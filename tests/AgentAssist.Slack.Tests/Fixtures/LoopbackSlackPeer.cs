using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AgentAssist.Slack.Security;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Logging;

namespace AgentAssist.Slack.Tests.Fixtures;

/// <summary>
/// Slack on loopback: a real HTTP server on 127.0.0.1 serving the Web API (<c>/api/{method}</c>) and response URLs
/// (<c>/response/{id}</c>). It checks every Web API call against Slack's published description
/// (<see cref="SlackApiContract"/>), records calls and problems, answers as Slack does (scripted failures first:
/// 429 with Retry-After, <c>ok:false</c>, 5xx) and signs the events it sends like Slack.
/// </summary>
internal sealed class LoopbackSlackPeer : IAsyncDisposable
{
    public const string BotToken = "xoxb-1-loopback-token";

    public const string SigningSecret = "loopback-signing-secret-0123456789";

    private readonly WebApplication _app;

    private readonly SlackApiContract _contract = SlackApiContract.Load();

    private readonly ConcurrentQueue<SlackCall> _calls = new();

    private readonly ConcurrentQueue<string> _problems = new();

    private readonly ConcurrentDictionary<string, ConcurrentQueue<ScriptedAnswer>> _scripts = new(StringComparer.Ordinal);

    private readonly SemaphoreSlim _arrived = new(0);

    private long _ts = 1_700_000_000_000000;

    private LoopbackSlackPeer(WebApplication app) => _app = app;

    public Uri ApiBaseUrl { get; private set; } = null!;

    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>users.info answers: user id → (display name, locale).</summary>
    public ConcurrentDictionary<string, (string Name, string Locale)> Users { get; } = new(StringComparer.Ordinal);

    public IReadOnlyList<SlackCall> Calls => [.. _calls];

    /// <summary>Every way a call broke Slack's description; a test asserts it is empty.</summary>
    public IReadOnlyList<string> Problems => [.. _problems];

    public static async Task<LoopbackSlackPeer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var peer = new LoopbackSlackPeer(app);
        app.MapPost("/api/{method}", (string method, HttpContext context) => peer.ApiAsync(method, context));
        app.MapPost("/response/{id}", (string id, HttpContext context) => peer.ResponseAsync(id, context));
        await app.StartAsync();
        peer.BaseUrl = new Uri(app.Urls.First() + "/");
        peer.ApiBaseUrl = new Uri(peer.BaseUrl, "api/");
        return peer;
    }

    /// <summary>A response URL on this peer, as Slack gives one with each command and interaction.</summary>
    public Uri ResponseUrl(string id) => new(BaseUrl, "response/" + id);

    /// <summary>Makes the next call to <paramref name="method"/> fail this way (in the order scripted).</summary>
    public void Script(string method, HttpStatusCode status, string? error = null, int? retryAfterSeconds = null) =>
        _scripts.GetOrAdd(method, _ => new()).Enqueue(new ScriptedAnswer(status, error, retryAfterSeconds));

    public IReadOnlyList<SlackCall> CallsTo(string method) => [.. _calls.Where(c => c.Method == method)];

    /// <summary>Waits until <paramref name="count"/> calls match.</summary>
    public async Task<IReadOnlyList<SlackCall>> WaitForAsync(Func<SlackCall, bool> match, int count = 1, TimeSpan? timeout = null)
    {
        using var cancel = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            var matched = _calls.Where(match).ToList();
            if (matched.Count >= count)
            {
                return matched;
            }

            try
            {
                await _arrived.WaitAsync(cancel.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"Slack got {matched.Count} of {count} expected calls; calls: {string.Join(", ", _calls.Select(c => c.Method))}");
            }
        }
    }

    /// <summary>Sends a request to the bot signed as Slack signs it (or with the headers given, to test refusals).</summary>
    public static async Task<HttpResponseMessage> SendSignedAsync(
        HttpClient client, string path, string body, string contentType, string? timestamp = null, string? signature = null, int? retryNum = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var ts = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        using var request = new HttpRequestMessage(HttpMethod.Post, path)
        {
            Content = new StringContent(body, Encoding.UTF8, contentType),
        };
        request.Headers.Add(SlackSignature.TimestampHeader, ts);
        request.Headers.Add(SlackSignature.SignatureHeader, signature ?? SlackSignature.Sign(SigningSecret, ts, Encoding.UTF8.GetBytes(body)));
        if (retryNum is { } retry)
        {
            request.Headers.Add("X-Slack-Retry-Num", retry.ToString(CultureInfo.InvariantCulture));
            request.Headers.Add("X-Slack-Retry-Reason", "http_timeout");
        }

        return await client.SendAsync(request);
    }

    /// <summary>An interaction as Slack posts it: the form field <c>payload</c>.</summary>
    public static string InteractionForm(JsonObject payload) =>
        "payload=" + Uri.EscapeDataString(payload.ToJsonString());

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _arrived.Dispose();
    }

    private async Task<IResult> ApiAsync(string method, HttpContext context)
    {
        var contentType = context.Request.ContentType;
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        JsonObject arguments;
        if (contentType?.StartsWith("application/json", StringComparison.Ordinal) == true)
        {
            arguments = JsonNode.Parse(body) as JsonObject ?? [];
        }
        else
        {
            arguments = [];
            foreach (var (key, value) in QueryHelpers.ParseQuery(body))
            {
                arguments[key] = value.ToString();
            }
        }

        var authorization = context.Request.Headers.Authorization.ToString();
        foreach (var problem in _contract.Check(method, contentType, authorization, arguments))
        {
            _problems.Enqueue(problem);
        }

        var call = new SlackCall(method, arguments, DateTimeOffset.UtcNow);
        try
        {
            if (authorization != "Bearer " + BotToken)
            {
                return Results.Json(new JsonObject { ["ok"] = false, ["error"] = "invalid_auth" });
            }

            if (_scripts.TryGetValue(method, out var script) && script.TryDequeue(out var scripted))
            {
                call = call with { Answered = scripted.Status == HttpStatusCode.OK ? scripted.Error ?? "ok" : ((int)scripted.Status).ToString(CultureInfo.InvariantCulture) };
                if (scripted.RetryAfterSeconds is { } seconds)
                {
                    context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                }

                return scripted.Status == HttpStatusCode.OK
                    ? Results.Json(new JsonObject { ["ok"] = false, ["error"] = scripted.Error })
                    : Results.Json(new JsonObject { ["ok"] = false, ["error"] = scripted.Status == HttpStatusCode.TooManyRequests ? "ratelimited" : "service_unavailable" }, statusCode: (int)scripted.Status);
            }

            return Results.Json(Answer(method, arguments));
        }
        finally
        {
            _calls.Enqueue(call);
            _arrived.Release();
        }
    }

    private async Task<IResult> ResponseAsync(string id, HttpContext context)
    {
        var body = await new StreamReader(context.Request.Body, Encoding.UTF8).ReadToEndAsync();
        var message = JsonNode.Parse(body) as JsonObject ?? [];
        if (message["blocks"] is JsonArray blocks)
        {
            foreach (var problem in _contract.Check("chat.postMessage", "application/json", "Bearer xoxb-response-url", new JsonObject { ["channel"] = "response_url", ["blocks"] = blocks.DeepClone() }))
            {
                _problems.Enqueue("response_url: " + problem);
            }
        }

        _calls.Enqueue(new SlackCall("response_url", message, DateTimeOffset.UtcNow) { ResponseId = id });
        _arrived.Release();
        return Results.Ok();
    }

    private JsonObject Answer(string method, JsonObject arguments)
    {
        var channel = (string?)arguments["channel"];
        switch (method)
        {
            case "chat.postMessage":
                var ts = NextTs();
                return new JsonObject { ["ok"] = true, ["channel"] = channel, ["ts"] = ts, ["message"] = new JsonObject { ["type"] = "message", ["ts"] = ts, ["text"] = arguments["text"]?.DeepClone() } };
            case "chat.update":
                return new JsonObject { ["ok"] = true, ["channel"] = channel, ["ts"] = arguments["ts"]?.DeepClone(), ["text"] = arguments["text"]?.DeepClone() };
            case "views.open":
                return new JsonObject { ["ok"] = true, ["view"] = new JsonObject { ["id"] = "V" + NextTs().Replace(".", string.Empty, StringComparison.Ordinal) } };
            case "users.info":
                var user = (string?)arguments["user"] ?? string.Empty;
                return Users.TryGetValue(user, out var known)
                    ? new JsonObject { ["ok"] = true, ["user"] = new JsonObject { ["id"] = user, ["name"] = known.Name.ToLowerInvariant(), ["locale"] = known.Locale, ["profile"] = new JsonObject { ["display_name"] = known.Name } } }
                    : new JsonObject { ["ok"] = false, ["error"] = "user_not_found" };
            default:
                return new JsonObject { ["ok"] = false, ["error"] = "unknown_method" };
        }
    }

    private string NextTs()
    {
        var value = Interlocked.Increment(ref _ts);
        return string.Create(CultureInfo.InvariantCulture, $"{value / 1_000_000}.{value % 1_000_000:D6}");
    }

    private sealed record ScriptedAnswer(HttpStatusCode Status, string? Error, int? RetryAfterSeconds);
}
