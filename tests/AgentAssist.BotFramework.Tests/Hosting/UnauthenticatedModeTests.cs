using System.Net;
using System.Text.Json;
using AgentAssist.BotFramework.Hosting;
using AgentAssist.BotFramework.Schema;
using AgentAssist.BotFramework.Tests.Fixtures;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentAssist.BotFramework.Tests.Hosting;

/// <summary>Without <c>BotFramework:MicrosoftAppId</c> the endpoint accepts only unauthenticated loopback traffic.</summary>
public sealed class UnauthenticatedModeTests : IAsyncLifetime
{
    private LoopbackChannel _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await LoopbackChannel.StartAsync();
        _bot = await BotHost.StartAsync(new Dictionary<string, string?> { ["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.010" });
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task Post_LoopbackWithoutToken_HandlerCalledUnauthenticated()
    {
        using var response = await LoopbackChannel.PostActivityAsync(_bot.MessagesUrl, _channel.Message(), token: null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (activity, turn) = Assert.Single(_bot.Handler.Received);
        Assert.Equal("hello bot", activity.Text);
        Assert.False(turn.IsAuthenticated);
        Assert.Null(turn.Identity);
    }

    [Fact]
    public async Task Post_WithBearerToken_401BecauseTokensCannotBeChecked()
    {
        using var response = await LoopbackChannel.PostActivityAsync(_bot.MessagesUrl, _channel.Message(), _channel.CreateToken(LoopbackChannel.ClientId));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Handler.Received);
    }

    [Fact]
    public async Task Post_ForwardedByProxy_401()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _bot.MessagesUrl)
        {
            Content = LoopbackChannel.JsonContent(JsonSerializer.Serialize(_channel.Message())),
        };
        request.Headers.Add("X-Forwarded-For", "203.0.113.7");
        using var client = new HttpClient();

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(_bot.Handler.Received);
    }

    [Theory]
    [InlineData("203.0.113.7")]
    [InlineData("10.0.0.5")]
    [InlineData("2001:db8::1")]
    public async Task Process_RemoteAddressNotLoopback_401AndHandlerNotCalled(string remoteAddress)
    {
        var processor = _bot.Services.GetRequiredService<ActivityRequestProcessor>();
        var context = new DefaultHttpContext { RequestServices = _bot.Services };
        context.Connection.RemoteIpAddress = IPAddress.Parse(remoteAddress);
        context.Request.Method = "POST";
        context.Request.Body = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(_channel.Message()));

        var result = await processor.ProcessAsync(context, _bot.Handler, CancellationToken.None);

        Assert.Equal(StatusCodes.Status401Unauthorized, Assert.IsAssignableFrom<IStatusCodeHttpResult>(result).StatusCode);
        Assert.Empty(_bot.Handler.Received);
    }

    [Fact]
    public void Start_NoCredentials_LogsThatOnlyLoopbackIsAccepted()
    {
        var entry = Assert.Single(_bot.Logs.Entries, e => e.EventId.Id == 1000);

        Assert.Equal(LogLevel.Warning, entry.Level);
        Assert.Contains("accepts unauthenticated requests from loopback", entry.Message, StringComparison.Ordinal);
        Assert.Contains("BotFramework:MicrosoftAppId", entry.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Send_NoCredentials_NoTokenFetchedOrSent()
    {
        using var inbound = await LoopbackChannel.PostActivityAsync(_bot.MessagesUrl, _channel.Message(), token: null);
        Assert.Equal(HttpStatusCode.OK, inbound.StatusCode);

        await _bot.Connector.SendToConversationAsync(_channel.BaseUrl, "a:conv-1", new Activity { Type = ActivityTypes.Message, Text = "hi" }, CancellationToken.None);

        Assert.Null(Assert.Single(_channel.ConnectorRequests).Authorization);
        Assert.Empty(_channel.TokenRequests);
    }

    [Fact]
    public async Task Start_WithCredentials_LogsAuthenticatedMode()
    {
        await using var bot = await BotHost.StartAsync(_channel);

        var entry = Assert.Single(bot.Logs.Entries, e => e.EventId.Id == 1001);
        Assert.Contains(LoopbackChannel.ClientId, entry.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(bot.Logs.Entries, e => e.EventId.Id == 1000);
    }
}
