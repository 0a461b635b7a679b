using System.Net;
using System.Text.Json;
using AgentAssist.BotFramework.Connector;
using AgentAssist.BotFramework.Schema;
using AgentAssist.BotFramework.Tests.Fixtures;

namespace AgentAssist.BotFramework.Tests.Hosting;

/// <summary><c>POST /api/messages</c> with credentials configured, against a channel on loopback.</summary>
public sealed class MessagesEndpointTests : IAsyncLifetime
{
    private LoopbackChannel _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await LoopbackChannel.StartAsync();
        _bot = await BotHost.StartAsync(_channel);
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [Fact]
    public async Task Post_ValidChannelToken_HandlerGetsActivityAnd200Empty()
    {
        var activity = _channel.Message("check my draft", a => a["x-custom"] = new Dictionary<string, object> { ["kept"] = true });

        using var response = await LoopbackChannel.PostActivityAsync(_bot.MessagesUrl, activity, _channel.CreateToken(LoopbackChannel.ClientId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await response.Content.ReadAsStringAsync());
        var (received, turn) = Assert.Single(_bot.Handler.Received);
        Assert.Equal(ActivityTypes.Message, received.Type);
        Assert.Equal("check my draft", received.Text);
        Assert.Equal("a:conv-1", received.Conversation?.Id);
        Assert.True(received.ExtensionData!["x-custom"].GetProperty("kept").GetBoolean());
        Assert.True(turn.IsAuthenticated);
        Assert.Equal(_channel.ServiceUrl, turn.ServiceUrl);
        Assert.Equal(LoopbackChannel.ClientId, turn.Identity!.FindFirst("aud")?.Value);
    }

    [Fact]
    public async Task Post_TokenSignedByAnotherKeyUnderPublishedKid_401AndHandlerNotCalled()
    {
        var token = _channel.CreateToken(LoopbackChannel.ClientId, ChannelSigningKey.ForgedTeams);

        await AssertRejectedAsync(_channel.Message(), token);
    }

    [Fact]
    public async Task Post_TokenSignedByUnpublishedKey_401AfterOneMetadataRefresh()
    {
        await AssertAcceptedAsync(_channel.Message(), _channel.CreateToken(LoopbackChannel.ClientId));
        var token = _channel.CreateToken(LoopbackChannel.ClientId, ChannelSigningKey.Unpublished);

        await AssertRejectedAsync(_channel.Message(), token, expectedHandled: 1);
        Assert.Equal(2, _channel.KeySetFetches);
    }

    [Fact]
    public async Task Post_WrongIssuer_401AndHandlerNotCalled()
    {
        var token = _channel.CreateToken(LoopbackChannel.ClientId, issuer: "https://sts.windows.net/d6d49420-f39b-4df7-a1dc-d59a935871db/");

        await AssertRejectedAsync(_channel.Message(), token);
    }

    [Fact]
    public async Task Post_WrongAudience_401AndHandlerNotCalled()
    {
        var token = _channel.CreateToken("0b7c7e4e-0000-4000-8000-000000000000");

        await AssertRejectedAsync(_channel.Message(), token);
    }

    [Fact]
    public async Task Post_TokenExpiredBeyondFiveMinuteSkew_401AndHandlerNotCalled()
    {
        var token = _channel.CreateToken(LoopbackChannel.ClientId, expiresIn: TimeSpan.FromMinutes(-6));

        await AssertRejectedAsync(_channel.Message(), token);
    }

    [Fact]
    public async Task Post_TokenExpiredTwoMinutesAgo_AcceptedWithinSkew()
    {
        var token = _channel.CreateToken(LoopbackChannel.ClientId, expiresIn: TimeSpan.FromMinutes(-2));

        await AssertAcceptedAsync(_channel.Message(), token);
    }

    [Fact]
    public async Task Post_ServiceUrlClaimDiffersFromActivity_401AndHandlerNotCalled()
    {
        var token = _channel.CreateToken(LoopbackChannel.ClientId, serviceUrl: "https://smba.trafficmanager.net/amer/");

        await AssertRejectedAsync(_channel.Message(), token);
    }

    [Fact]
    public async Task Post_KeyEndorsementsMissTheChannel_401AndHandlerNotCalled()
    {
        _channel.Publish(ChannelSigningKey.WebChatOnly);
        var token = _channel.CreateToken(LoopbackChannel.ClientId, ChannelSigningKey.WebChatOnly);

        await AssertRejectedAsync(_channel.Message(), token);
    }

    [Fact]
    public async Task Post_KeyEndorsedForTheActivitysChannel_Accepted()
    {
        _channel.Publish(ChannelSigningKey.WebChatOnly);
        var token = _channel.CreateToken(LoopbackChannel.ClientId, ChannelSigningKey.WebChatOnly);

        await AssertAcceptedAsync(_channel.Message(extra: a => a["channelId"] = "webchat"), token);
    }

    [Fact]
    public async Task Post_KeyWithoutEndorsements_AcceptedForAnyChannel()
    {
        _channel.Publish(ChannelSigningKey.NotEndorsed);
        var token = _channel.CreateToken(LoopbackChannel.ClientId, ChannelSigningKey.NotEndorsed);

        await AssertAcceptedAsync(_channel.Message(), token);
    }

    [Fact]
    public async Task Post_UnknownKidAfterKeyRotation_RefreshesMetadataAndAccepts()
    {
        await AssertAcceptedAsync(_channel.Message(), _channel.CreateToken(LoopbackChannel.ClientId));
        Assert.Equal(1, _channel.KeySetFetches);

        _channel.Publish(ChannelSigningKey.Rotated);
        await AssertAcceptedAsync(_channel.Message(), _channel.CreateToken(LoopbackChannel.ClientId, ChannelSigningKey.Rotated), expectedHandled: 2);

        Assert.Equal(2, _channel.KeySetFetches);
    }

    [Fact]
    public async Task Post_SeveralActivities_SigningKeysFetchedOnce()
    {
        for (var i = 1; i <= 3; i++)
        {
            await AssertAcceptedAsync(_channel.Message(), _channel.CreateToken(LoopbackChannel.ClientId), expectedHandled: i);
        }

        Assert.Equal(1, _channel.MetadataFetches);
        Assert.Equal(1, _channel.KeySetFetches);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("Basic dXNlcjpwYXNz")]
    [InlineData("Bearer not-a-jwt")]
    [InlineData("Bearer ")]
    public async Task Post_MissingOrMalformedAuthorization_401AndHandlerNotCalled(string? authorization)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _bot.MessagesUrl)
        {
            Content = LoopbackChannel.JsonContent(JsonSerializer.Serialize(_channel.Message())),
        };
        if (authorization is not null)
        {
            request.Headers.TryAddWithoutValidation("Authorization", authorization);
        }

        using var client = new HttpClient();
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("Bearer", response.Headers.WwwAuthenticate.Single().Scheme);
        Assert.Empty(_bot.Handler.Received);
    }

    [Theory]
    [InlineData("{\"type\":\"message\",")]
    [InlineData("not json")]
    [InlineData("{\"text\":\"no type\"}")]
    [InlineData("null")]
    public async Task Post_MalformedActivity_400AndHandlerNotCalled(string body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _bot.MessagesUrl) { Content = LoopbackChannel.JsonContent(body) };
        request.Headers.Authorization = new("Bearer", _channel.CreateToken(LoopbackChannel.ClientId));

        using var client = new HttpClient();
        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Empty(_bot.Handler.Received);
    }

    [Fact]
    public async Task Post_MalformedBodyWithoutToken_401NotBodyError()
    {
        using var client = new HttpClient();
        using var response = await client.PostAsync(_bot.MessagesUrl, LoopbackChannel.JsonContent("not json"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Post_Invoke_HandlersInvokeResponseIsTheHttpAnswer()
    {
        _bot.Handler.InvokeAnswer = activity => new InvokeResponse(200, new
        {
            statusCode = 200,
            type = Attachment.AdaptiveCardContentType,
            value = new { type = "AdaptiveCard", version = "1.5", body = new[] { new { type = "TextBlock", text = "Approved" } } },
        });
        var invoke = _channel.Message(extra: a =>
        {
            a["type"] = ActivityTypes.Invoke;
            a["name"] = "adaptiveCard/action";
            a["value"] = new { action = new { type = "Action.Execute", verb = "approve", data = new { draftId = "d-1" } }, trigger = "manual" };
            a.Remove("text");
        });

        using var response = await LoopbackChannel.PostActivityAsync(_bot.MessagesUrl, invoke, _channel.CreateToken(LoopbackChannel.ClientId));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal(Attachment.AdaptiveCardContentType, body.RootElement.GetProperty("type").GetString());
        Assert.Equal("Approved", body.RootElement.GetProperty("value").GetProperty("body")[0].GetProperty("text").GetString());
        var (received, _) = Assert.Single(_bot.Handler.Received);
        Assert.Equal("approve", ((JsonElement)received.Value!).GetProperty("action").GetProperty("verb").GetString());
    }

    [Fact]
    public async Task Post_InvokeWithErrorStatus_StatusIsTheHttpStatus()
    {
        _bot.Handler.InvokeAnswer = _ => new InvokeResponse(412, new { statusCode = 412, type = "application/vnd.microsoft.error.preconditionFailed", value = new { code = "412", message = "stale card" } });
        var invoke = _channel.Message(extra: a => a["type"] = ActivityTypes.Invoke);

        using var response = await LoopbackChannel.PostActivityAsync(_bot.MessagesUrl, invoke, _channel.CreateToken(LoopbackChannel.ClientId));

        Assert.Equal(HttpStatusCode.PreconditionFailed, response.StatusCode);
        Assert.Contains("preconditionFailed", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_InvokeTheHandlerDoesNotAnswer_501()
    {
        var invoke = _channel.Message(extra: a => a["type"] = ActivityTypes.Invoke);

        using var response = await LoopbackChannel.PostActivityAsync(_bot.MessagesUrl, invoke, _channel.CreateToken(LoopbackChannel.ClientId));

        Assert.Equal(HttpStatusCode.NotImplemented, response.StatusCode);
        Assert.Single(_bot.Handler.Received);
    }

    [Fact]
    public async Task Post_RejectedRequest_ServiceUrlNotTrustedForOutboundCalls()
    {
        var token = _channel.CreateToken(LoopbackChannel.ClientId, issuer: "https://attacker.example/");
        using var response = await LoopbackChannel.PostActivityAsync(_bot.MessagesUrl, _channel.Message(), token);
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);

        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            _bot.Connector.SendToConversationAsync(_channel.BaseUrl, "a:conv-1", new Activity { Type = ActivityTypes.Message, Text = "hi" }, CancellationToken.None));
        Assert.Empty(_channel.ConnectorRequests);
        Assert.Empty(_channel.TokenRequests);
    }

    [Fact]
    public async Task Post_Rejection_LoggedWithReasonButNotMessageText()
    {
        var token = _channel.CreateToken("0b7c7e4e-0000-4000-8000-000000000000");

        await AssertRejectedAsync(_channel.Message("customer IBAN ES9121000418450200051332"), token);

        var rejection = Assert.Single(_bot.Logs.Entries, e => e.EventId.Id == 1010);
        Assert.Contains("audience", rejection.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(_bot.Logs.Entries, e => e.Message.Contains("ES9121000418450200051332", StringComparison.Ordinal));
    }

    private async Task AssertAcceptedAsync(object activity, string token, int expectedHandled = 1)
    {
        using var response = await LoopbackChannel.PostActivityAsync(_bot.MessagesUrl, activity, token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expectedHandled, _bot.Handler.Received.Count);
    }

    private async Task AssertRejectedAsync(object activity, string token, int expectedHandled = 0)
    {
        using var response = await LoopbackChannel.PostActivityAsync(_bot.MessagesUrl, activity, token);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal(expectedHandled, _bot.Handler.Received.Count);
    }
}
