using System.Collections.Concurrent;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace AgentAssist.Llm.Tests.Fixtures;

/// <summary>
/// An OpenAI-compatible model server on 127.0.0.1: POST <c>/v1/chat/completions</c> (OpenAI, Ollama, vLLM) and
/// POST <c>/openai/deployments/{deployment}/chat/completions</c> (Azure OpenAI), non-streaming, answering from a
/// script and recording every request. With the script empty it answers 500.
/// </summary>
public sealed class LoopbackModelServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<ScriptedAnswer> _script = new();
    private readonly ConcurrentQueue<ModelRequest> _requests = new();

    private LoopbackModelServer(WebApplication app)
    {
        _app = app;
    }

    /// <summary>Base URL without a path, such as <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseUrl { get; private set; } = null!;

    /// <summary>The OpenAI-compatible base, <c>{BaseUrl}v1</c>.</summary>
    public Uri OpenAIEndpoint => new(BaseUrl, "v1");

    public IReadOnlyList<ModelRequest> Requests => [.. _requests];

    public static async Task<LoopbackModelServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var server = new LoopbackModelServer(app);
        app.MapPost("/v1/chat/completions", server.AnswerAsync);
        app.MapPost("/openai/deployments/{deployment}/chat/completions", server.AnswerAsync);
        await app.StartAsync();
        server.BaseUrl = new Uri(app.Urls.Single().TrimEnd('/') + "/");
        return server;
    }

    /// <summary>The next requests get these answers, in order.</summary>
    public void Script(params ScriptedAnswer[] answers)
    {
        foreach (var answer in answers)
        {
            _script.Enqueue(answer);
        }
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();

    private async Task AnswerAsync(HttpContext context)
    {
        using var reader = new StreamReader(context.Request.Body);
        var body = await reader.ReadToEndAsync(context.RequestAborted);
        _requests.Enqueue(new ModelRequest(
            context.Request.Path + context.Request.QueryString,
            context.Request.Headers.Authorization.FirstOrDefault(),
            context.Request.Headers["api-key"].FirstOrDefault(),
            body));

        if (!_script.TryDequeue(out var answer))
        {
            answer = ScriptedAnswer.Error(500);
        }

        if (answer.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(answer.Delay, context.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        context.Response.StatusCode = answer.Status;
        context.Response.ContentType = "application/json";
        if (answer.RawBody is not null)
        {
            await context.Response.WriteAsync(answer.RawBody, context.RequestAborted);
            return;
        }

        if (answer.Status != StatusCodes.Status200OK)
        {
            await context.Response.WriteAsync(JsonSerializer.Serialize(new
            {
                error = new { message = "scripted failure", type = "server_error", code = answer.Status.ToString(System.Globalization.CultureInfo.InvariantCulture) },
            }), context.RequestAborted);
            return;
        }

        var model = JsonDocument.Parse(body).RootElement.TryGetProperty("model", out var m) ? m.GetString() : "deployment";
        await context.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            id = "chatcmpl-" + Guid.NewGuid().ToString("N"),
            @object = "chat.completion",
            created = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            model,
            choices = new[]
            {
                new
                {
                    index = 0,
                    message = new { role = "assistant", content = answer.Content },
                    finish_reason = answer.FinishReason,
                },
            },
            usage = new { prompt_tokens = 120, completion_tokens = 40, total_tokens = 160 },
        }), context.RequestAborted);
    }
}
