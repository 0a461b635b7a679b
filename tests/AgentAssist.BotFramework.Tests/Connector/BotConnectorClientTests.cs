using System.Net;
using System.Text.Json;
using AgentAssist.BotFramework.Connector;
using AgentAssist.BotFramework.Schema;
using AgentAssist.BotFramework.Tests.Fixtures;

namespace AgentAssist.BotFramework.Tests.Connector;

/// <summary>Outbound connector calls from the bot to a channel on loopback.</summary>
public sealed class BotConnectorClientTests : IAsyncLifetime
{
    // A Teams channel thread id: ':' '@' ';' '=' must reach the connector escaped.
    private const string ThreadId = "19:abc123@thread.tacv2;messageid=1712345678901";
    private const string EscapedThreadId = "19%3Aabc123%40thread.tacv2%3Bmessageid%3D1712345678901";

    private static readonly Activity Reply = new() { Type = ActivityTypes.Message, Text = "Your draft passed the checks." };

    private LoopbackChannel _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await LoopbackChannel.StartAsync();
        _bot = await BotHost.StartAsync(_channel, settings => settings["BotFramework:ConnectorMaxAttempts"] = "3");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task SendToConversation_TrustedServiceUrl_PostsToActivitiesWithChannelToken()
    {
        await ReceiveActivityFromChannelAsync();

        var result = await _bot.Connector.SendToConversationAsync(_channel.BaseUrl, ThreadId, Reply, CancellationToken.None);

        Assert.Equal("activity-1", result.Id);
        var call = Assert.Single(_channel.ConnectorRequests);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities", call.RawTarget);
        Assert.Equal("Bearer channel-token-1", call.Authorization);
        using var body = JsonDocument.Parse(call.Body);
        Assert.Equal("message", body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Your draft passed the checks.", body.RootElement.GetProperty("text").GetString());
        Assert.False(body.RootElement.TryGetProperty("id", out _));
    }

    [Fact]
    public async Task ReplyToActivity_TrustedServiceUrl_PostsToActivityPathWithConversationHeader()
    {
        await ReceiveActivityFromChannelAsync();

        var result = await _bot.Connector.ReplyToActivityAsync(_channel.BaseUrl, ThreadId, "1712345678901", Reply, CancellationToken.None);

        Assert.Equal("activity-1", result.Id);
        var call = Assert.Single(_channel.ConnectorRequests);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities/1712345678901", call.RawTarget);
        Assert.Equal(ThreadId, call.ConversationIdHeader);
        Assert.Equal("Bearer channel-token-1", call.Authorization);
        using var body = JsonDocument.Parse(call.Body);
        Assert.Equal("1712345678901", body.RootElement.GetProperty("replyToId").GetString());
    }

    [Fact]
    public async Task UpdateActivity_TrustedServiceUrl_PutsActivityWithItsId()
    {
        await ReceiveActivityFromChannelAsync();
        var card = new Activity
        {
            Type = ActivityTypes.Message,
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = new { type = "AdaptiveCard", version = "1.5" } }],
        };

        var result = await _bot.Connector.UpdateActivityAsync(_channel.BaseUrl, ThreadId, "card:1", card, CancellationToken.None);

        Assert.Equal("card:1", result.Id);
        var call = Assert.Single(_channel.ConnectorRequests);
        Assert.Equal("PUT", call.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities/card%3A1", call.RawTarget);
        Assert.Equal("Bearer channel-token-1", call.Authorization);
        using var body = JsonDocument.Parse(call.Body);
        Assert.Equal("card:1", body.RootElement.GetProperty("id").GetString());
        Assert.Equal("AdaptiveCard", body.RootElement.GetProperty("attachments")[0].GetProperty("content").GetProperty("type").GetString());
    }

    [Fact]
    public async Task DeleteActivity_TrustedServiceUrl_SendsDeleteToActivityPath()
    {
        await ReceiveActivityFromChannelAsync();

        await _bot.Connector.DeleteActivityAsync(_channel.BaseUrl, ThreadId, "1712345678901", CancellationToken.None);

        var call = Assert.Single(_channel.ConnectorRequests);
        Assert.Equal("DELETE", call.Method);
        Assert.Equal($"/v3/conversations/{EscapedThreadId}/activities/1712345678901", call.RawTarget);
        Assert.Equal("Bearer channel-token-1", call.Authorization);
        Assert.Empty(call.Body);
    }

    [Fact]
    public async Task CreateConversation_TrustedServiceUrl_PostsParametersAndReturnsConversationId()
    {
        await ReceiveActivityFromChannelAsync();
        var parameters = new ConversationParameters
        {
            IsGroup = false,
            Bot = new ChannelAccount { Id = "28:" + LoopbackChannel.ClientId },
            Members = [new ChannelAccount { Id = "29:user-1" }],
            ChannelData = new { tenant = new { id = "tenant-1" } },
        };

        var result = await _bot.Connector.CreateConversationAsync(_channel.BaseUrl, parameters, CancellationToken.None);

        Assert.Equal("a:created-conversation", result.Id);
        Assert.Equal("created-activity-1", result.ActivityId);
        var call = Assert.Single(_channel.ConnectorRequests);
        Assert.Equal("POST", call.Method);
        Assert.Equal("/v3/conversations", call.RawTarget);
        Assert.Equal("Bearer channel-token-1", call.Authorization);
        using var body = JsonDocument.Parse(call.Body);
        Assert.Equal("29:user-1", body.RootElement.GetProperty("members")[0].GetProperty("id").GetString());
        Assert.Equal("tenant-1", body.RootElement.GetProperty("channelData").GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public async Task ConnectorCalls_Several_TokenFetchedOnceWithClientCredentials()
    {
        await ReceiveActivityFromChannelAsync();

        await _bot.Connector.SendToConversationAsync(_channel.BaseUrl, ThreadId, Reply, CancellationToken.None);
        await _bot.Connector.ReplyToActivityAsync(_channel.BaseUrl, ThreadId, "1", Reply, CancellationToken.None);
        await _bot.Connector.UpdateActivityAsync(_channel.BaseUrl, ThreadId, "1", Reply, CancellationToken.None);
        await _bot.Connector.DeleteActivityAsync(_channel.BaseUrl, ThreadId, "1", CancellationToken.None);

        Assert.All(_channel.ConnectorRequests, call => Assert.Equal("Bearer channel-token-1", call.Authorization));
        Assert.Equal(4, _channel.ConnectorRequests.Count);
        var form = Assert.Single(_channel.TokenRequests);
        Assert.Equal("/botframework.com/oauth2/v2.0/token", Assert.Single(_channel.TokenPaths));
        Assert.Equal("client_credentials", form["grant_type"]);
        Assert.Equal(LoopbackChannel.ClientId, form["client_id"]);
        Assert.Equal(LoopbackChannel.ClientSecret, form["client_secret"]);
        Assert.Equal("https://api.botframework.com/.default", form["scope"]);
    }

    [Fact]
    public async Task Send_429WithRetryAfter_WaitsThenRetriesAndSucceeds()
    {
        await ReceiveActivityFromChannelAsync();
        _channel.Script(new ScriptedResponse(429, RetryAfterSeconds: 1));

        var result = await _bot.Connector.SendToConversationAsync(_channel.BaseUrl, ThreadId, Reply, CancellationToken.None);

        Assert.Equal("activity-1", result.Id);
        var calls = _channel.ConnectorRequests;
        Assert.Equal(2, calls.Count);
        Assert.True(calls[1].ReceivedAt - calls[0].ReceivedAt >= TimeSpan.FromMilliseconds(900), "the retry came before Retry-After");
        Assert.Single(_channel.TokenRequests);
    }

    [Theory]
    [InlineData(502)]
    [InlineData(504)]
    [InlineData(412)]
    public async Task Send_TransientStatusWithoutRetryAfter_RetriedWithBackoffAndSucceeds(int status)
    {
        await ReceiveActivityFromChannelAsync();
        _channel.Script(new ScriptedResponse(status), new ScriptedResponse(status));

        var result = await _bot.Connector.SendToConversationAsync(_channel.BaseUrl, ThreadId, Reply, CancellationToken.None);

        Assert.Equal("activity-1", result.Id);
        Assert.Equal(3, _channel.ConnectorRequests.Count);
    }

    [Fact]
    public async Task Send_502OnEveryAttempt_GivesUpAfterMaxAttempts()
    {
        await ReceiveActivityFromChannelAsync();
        _channel.Script(new ScriptedResponse(502), new ScriptedResponse(502), new ScriptedResponse(502), new ScriptedResponse(502));

        var error = await Assert.ThrowsAsync<BotConnectorException>(() =>
            _bot.Connector.SendToConversationAsync(_channel.BaseUrl, ThreadId, Reply, CancellationToken.None));

        Assert.Equal(HttpStatusCode.BadGateway, error.StatusCode);
        Assert.Equal(3, error.Attempts);
        Assert.Equal(3, _channel.ConnectorRequests.Count);
    }

    [Fact]
    public async Task Send_503WithRetryAfter_NotRetriedHereAndRetryAfterReported()
    {
        await ReceiveActivityFromChannelAsync();
        _channel.Script(new ScriptedResponse(503, RetryAfterSeconds: 30));

        var error = await Assert.ThrowsAsync<BotConnectorException>(() =>
            _bot.Connector.SendToConversationAsync(_channel.BaseUrl, ThreadId, Reply, CancellationToken.None));

        // The outbox waits that long before its next attempt.
        Assert.Equal((HttpStatusCode.ServiceUnavailable, TimeSpan.FromSeconds(30)), (error.StatusCode, error.RetryAfter));
        Assert.Single(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task Send_403_NotRetriedAndErrorCodeReported()
    {
        await ReceiveActivityFromChannelAsync();
        _channel.Script(new ScriptedResponse(403, Body: """{"error":{"code":"ConversationBlockedByUser","message":"User blocked the conversation with the bot."}}"""));

        var error = await Assert.ThrowsAsync<BotConnectorException>(() =>
            _bot.Connector.SendToConversationAsync(_channel.BaseUrl, ThreadId, Reply, CancellationToken.None));

        Assert.Equal(HttpStatusCode.Forbidden, error.StatusCode);
        Assert.Equal("ConversationBlockedByUser", error.ErrorCode);
        Assert.Single(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task Send_ServiceUrlNeverSeenInbound_RefusedWithoutAnyRequest()
    {
        var error = await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            _bot.Connector.SendToConversationAsync(_channel.BaseUrl, ThreadId, Reply, CancellationToken.None));

        Assert.Contains("no authenticated activity came from that service URL", error.Message, StringComparison.Ordinal);
        Assert.Empty(_channel.ConnectorRequests);
        Assert.Empty(_channel.TokenRequests);
    }

    [Fact]
    public async Task Send_OtherServiceUrlThanTheOneSeen_RefusedWithoutAnyRequest()
    {
        await ReceiveActivityFromChannelAsync();
        await using var other = await LoopbackChannel.StartAsync();

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            _bot.Connector.SendToConversationAsync(other.BaseUrl, ThreadId, Reply, CancellationToken.None));

        Assert.Empty(other.ConnectorRequests);
    }

    [Fact]
    public async Task Send_WrongClientSecret_ErrorSaysWhichSettingsToCheck()
    {
        await using var bot = await BotHost.StartAsync(_channel, settings => settings["BotFramework:MicrosoftAppPassword"] = "wrong-secret");
        using var inbound = await LoopbackChannel.PostActivityAsync(bot.MessagesUrl, _channel.Message(), _channel.CreateToken(LoopbackChannel.ClientId));
        Assert.Equal(HttpStatusCode.OK, inbound.StatusCode);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() =>
            bot.Connector.SendToConversationAsync(_channel.BaseUrl, ThreadId, Reply, CancellationToken.None));

        Assert.Contains("invalid_client", error.Message, StringComparison.Ordinal);
        Assert.Contains("BotFramework:MicrosoftAppPassword", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("wrong-secret", error.Message, StringComparison.Ordinal);
        Assert.Empty(_channel.ConnectorRequests);
    }

    [Fact]
    public async Task Send_SingleTenantBot_TokenFromTheBotsTenant()
    {
        const string TenantId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";
        await using var bot = await BotHost.StartAsync(_channel, settings =>
        {
            settings["BotFramework:MicrosoftAppType"] = "SingleTenant";
            settings["BotFramework:MicrosoftAppTenantId"] = TenantId;
        });
        using var inbound = await LoopbackChannel.PostActivityAsync(bot.MessagesUrl, _channel.Message(), _channel.CreateToken(LoopbackChannel.ClientId));
        Assert.Equal(HttpStatusCode.OK, inbound.StatusCode);

        await bot.Connector.SendToConversationAsync(_channel.BaseUrl, ThreadId, Reply, CancellationToken.None);

        Assert.Equal($"/{TenantId}/oauth2/v2.0/token", Assert.Single(_channel.TokenPaths));
        Assert.Equal("Bearer channel-token-1", Assert.Single(_channel.ConnectorRequests).Authorization);
    }

    private async Task ReceiveActivityFromChannelAsync()
    {
        using var response = await LoopbackChannel.PostActivityAsync(_bot.MessagesUrl, _channel.Message(), _channel.CreateToken(LoopbackChannel.ClientId));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
