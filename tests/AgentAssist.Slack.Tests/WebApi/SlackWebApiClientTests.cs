using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using AgentAssist.Slack.BlockKit;
using AgentAssist.Slack.Tests.Fixtures;
using AgentAssist.Slack.WebApi;
using Microsoft.Extensions.Options;

namespace AgentAssist.Slack.Tests.WebApi;

public sealed class SlackWebApiClientTests : IAsyncLifetime, IDisposable
{
    private const string Secret = "Tell no one: order 4471, card 4111 1111 1111 1111";

    private LoopbackSlackPeer _peer = null!;

    private readonly HttpClient _http = new();

    private readonly CapturingLogger<SlackWebApiClient> _log = new();

    public async Task InitializeAsync()
    {
        _peer = await LoopbackSlackPeer.StartAsync();
    }

    public async Task DisposeAsync() => await _peer.DisposeAsync();

    public void Dispose() => _http.Dispose();

    private SlackWebApiClient Client(TimeSpan? maxInlineRetryAfter = null) => new(
        _http,
        Options.Create(new SlackOptions
        {
            SigningSecret = LoopbackSlackPeer.SigningSecret,
            BotToken = LoopbackSlackPeer.BotToken,
            ApiBaseUrl = _peer.ApiBaseUrl,
            MaxInlineRetryAfter = maxInlineRetryAfter ?? TimeSpan.FromSeconds(5),
        }),
        TimeProvider.System,
        _log);

    [Fact]
    public async Task PostMessageAsync_Blocks_KeepsToSlacksDescriptionAndReturnsTs()
    {
        var blocks = new JsonArray(Blocks.Header("Ready to send"), Blocks.Section("*Channel* x"), Blocks.Actions("draft", Blocks.Button("Use suggestion", "use", "v", "primary")));

        var result = await Client().PostMessageAsync("D123", "Ready to send", blocks, threadTs: "1700000000.000100", CancellationToken.None);

        Assert.True(result.Ok);
        Assert.NotNull(result.Field("ts"));
        var call = Assert.Single(_peer.CallsTo("chat.postMessage"));
        Assert.Equal("D123", (string?)call.Arguments["channel"]);
        Assert.Equal("1700000000.000100", (string?)call.Arguments["thread_ts"]);
        Assert.Empty(_peer.Problems);
    }

    [Fact]
    public async Task UpdateOpenViewAndUsersInfo_EachCall_KeepsToSlacksDescription()
    {
        _peer.Users["U1"] = ("María", "es-ES");
        var client = Client();

        var updated = await client.UpdateMessageAsync("C1", "1700000000.000001", "Approved", [Blocks.Section("Approved")], CancellationToken.None);
        var opened = await client.OpenViewAsync("trigger-1", Blocks.Modal("check", "Check a draft", "Check", "Cancel", [Blocks.Input("draft", "Draft", Blocks.PlainTextInput("text", multiline: true))]), CancellationToken.None);
        var user = await client.GetUserAsync("U1", CancellationToken.None);

        Assert.True(updated.Ok);
        Assert.True(opened.Ok);
        Assert.Equal(new SlackUser("U1", "María", "es-ES"), user);
        Assert.Equal(["chat.update", "views.open", "users.info"], _peer.Calls.Select(c => c.Method));
        Assert.Empty(_peer.Problems);
    }

    [Fact]
    public async Task PostMessageAsync_RateLimitedOnce_WaitsRetryAfterThenSucceeds()
    {
        _peer.Script("chat.postMessage", HttpStatusCode.TooManyRequests, retryAfterSeconds: 1);
        var clock = Stopwatch.StartNew();

        var result = await Client().PostMessageAsync("C1", "hello", null, null, CancellationToken.None);

        Assert.True(result.Ok);
        var calls = _peer.CallsTo("chat.postMessage");
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].At - calls[0].At >= TimeSpan.FromMilliseconds(950), $"retried after {calls[1].At - calls[0].At}");
        Assert.True(clock.Elapsed >= TimeSpan.FromMilliseconds(950));
    }

    [Fact]
    public async Task PostMessageAsync_RetryAfterLongerThanInlineWait_ReturnsRateLimitedWithRetryAfter()
    {
        _peer.Script("chat.update", HttpStatusCode.TooManyRequests, retryAfterSeconds: 30);

        var result = await Client(TimeSpan.FromSeconds(2)).UpdateMessageAsync("C1", "1.2", "x", null, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal(SlackApiResult.RateLimited, result.Error);
        Assert.Equal(TimeSpan.FromSeconds(30), result.RetryAfter);
        Assert.True(result.IsTransient);
        Assert.Single(_peer.CallsTo("chat.update"));
    }

    [Fact]
    public async Task PostMessageAsync_OkFalse_ReturnsErrorAndLogsOnlyItsCode()
    {
        _peer.Script("chat.postMessage", HttpStatusCode.OK, error: "channel_not_found");

        var result = await Client().PostMessageAsync("C-gone", Secret, [Blocks.SectionPlain(Secret)], null, CancellationToken.None);

        Assert.False(result.Ok);
        Assert.Equal("channel_not_found", result.Error);
        Assert.False(result.IsTransient);
        var line = Assert.Single(_log.Lines);
        Assert.Contains("channel_not_found", line, StringComparison.Ordinal);
        Assert.DoesNotContain("4111", line, StringComparison.Ordinal);
        Assert.DoesNotContain("C-gone", line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostMessageAsync_ServerError_TransientWithoutRetryingInPlace()
    {
        _peer.Script("chat.postMessage", HttpStatusCode.ServiceUnavailable);

        var result = await Client().PostMessageAsync("C1", "x", null, null, CancellationToken.None);

        Assert.Equal("http_503", result.Error);
        Assert.True(result.IsTransient);
    }

    [Fact]
    public async Task GetUserAsync_UnknownUser_Null()
    {
        Assert.Null(await Client().GetUserAsync("U-nobody", CancellationToken.None));
    }

    [Fact]
    public async Task RespondAsync_ResponseUrl_PostsTheMessage()
    {
        var ok = await Client().RespondAsync(_peer.ResponseUrl("r1"), new JsonObject { ["replace_original"] = true, ["text"] = "done", ["blocks"] = new JsonArray(Blocks.Section("done")) }, CancellationToken.None);

        Assert.True(ok);
        var call = Assert.Single(_peer.CallsTo("response_url"));
        Assert.Equal("r1", call.ResponseId);
        Assert.Empty(_peer.Problems);
    }
}
