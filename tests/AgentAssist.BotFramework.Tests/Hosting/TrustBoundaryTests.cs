using System.Net;
using AgentAssist.BotFramework.Connector;
using AgentAssist.BotFramework.Schema;
using AgentAssist.BotFramework.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentAssist.BotFramework.Tests.Hosting;

/// <summary>
/// No inferred trust (issue #12 finding 2 and 4): without an app id nothing is accepted outside Development, and in
/// Development only loopback serviceUrls; the connector calls only Bot Framework or configured hosts and never follows a
/// redirect; the tenant allow-list holds on every activity.
/// </summary>
public sealed class TrustBoundaryTests : IAsyncLifetime
{
    private static readonly Activity Reply = new() { Type = ActivityTypes.Message, Text = "hi" };

    private LoopbackChannel _channel = null!;

    public async Task InitializeAsync() => _channel = await LoopbackChannel.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [Fact]
    public async Task Post_NoAppIdOutsideDevelopment_503AndStartupWarning()
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?>(), environment: "Production");

        using var response = await LoopbackChannel.PostActivityAsync(bot.MessagesUrl, _channel.Message(), token: null);

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Empty(bot.Handler.Received);
        var warning = Assert.Single(bot.Logs.Entries, e => e.EventId.Id == 1002);
        Assert.Equal(LogLevel.Warning, warning.Level);
        Assert.Contains("accepts no activity", warning.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("https://smba.trafficmanager.net/teams/")]
    [InlineData("http://10.0.0.5:8080/")]
    public async Task Post_DevelopmentUnauthenticatedWithRemoteServiceUrl_401AndNeverCalled(string serviceUrl)
    {
        await using var bot = await BotHost.StartAsync(new Dictionary<string, string?>());

        using var response = await LoopbackChannel.PostActivityAsync(bot.MessagesUrl, _channel.Message(extra: a => a["serviceUrl"] = serviceUrl), token: null);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Empty(bot.Handler.Received);
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            bot.Connector.SendToConversationAsync(new Uri(serviceUrl), "a:conv-1", Reply, CancellationToken.None));
    }

    [Fact]
    public async Task Connector_SignedActivityNamingMetadataAddress_NeverCalled()
    {
        await using var bot = await BotHost.StartAsync(_channel);
        const string Metadata = "https://169.254.169.254/metadata/";
        var token = _channel.CreateToken(LoopbackChannel.ClientId, serviceUrl: Metadata);

        using var response = await LoopbackChannel.PostActivityAsync(bot.MessagesUrl, _channel.Message(extra: a => a["serviceUrl"] = Metadata), token);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await Assert.ThrowsAsync<UntrustedServiceUrlException>(() =>
            bot.Connector.SendToConversationAsync(new Uri(Metadata), "a:conv-1", Reply, CancellationToken.None));
    }

    [Fact]
    public async Task Connector_RedirectElsewhere_NotFollowed()
    {
        await using var elsewhere = await LoopbackChannel.StartAsync();
        await using var bot = await BotHost.StartAsync(_channel);
        using var accepted = await LoopbackChannel.PostActivityAsync(bot.MessagesUrl, _channel.Message(), _channel.CreateToken(LoopbackChannel.ClientId));
        Assert.Equal(HttpStatusCode.OK, accepted.StatusCode);
        _channel.Script(new ScriptedResponse(307, Location: new Uri(elsewhere.BaseUrl, "v3/conversations/a%3Aconv-1/activities").AbsoluteUri));

        var error = await Assert.ThrowsAsync<BotConnectorException>(() =>
            bot.Connector.SendToConversationAsync(_channel.BaseUrl, "a:conv-1", Reply, CancellationToken.None));

        Assert.Equal(HttpStatusCode.TemporaryRedirect, error.StatusCode);
        Assert.Empty(elsewhere.ConnectorRequests);
    }

    [Theory]
    [InlineData("https://smba.trafficmanager.net/teams/", true)]
    [InlineData("https://smba.trafficmanager.net/amer/", true)]
    [InlineData("https://webchat.botframework.com/", true)]
    [InlineData("https://smba.infra.gcc.teams.microsoft.com/gcc", true)]
    [InlineData("https://connector.contoso.example/", true)]
    [InlineData("http://127.0.0.1:5000/", true)]
    [InlineData("http://smba.trafficmanager.net/teams/", false)]
    [InlineData("https://attacker.trafficmanager.net/", false)]
    [InlineData("https://botframework.com.attacker.example/", false)]
    [InlineData("https://169.254.169.254/", false)]
    [InlineData("https://user:pass@smba.trafficmanager.net/teams/", false)]
    public async Task IsAllowed_WithAppId_BotFrameworkConfiguredAndLoopbackHostsOnly(string serviceUrl, bool allowed)
    {
        await using var bot = await BotHost.StartAsync(_channel, s => s["BotFramework:TrustedServiceHosts:0"] = "connector.contoso.example");

        Assert.Equal(allowed, bot.Services.GetRequiredService<ServiceUrlPolicy>().IsAllowed(new Uri(serviceUrl)));
    }

    [Theory]
    [InlineData("tenant-1", "tenant-1", HttpStatusCode.OK)]
    [InlineData("TENANT-1", "tenant-1", HttpStatusCode.OK)]
    [InlineData("tenant-2", "tenant-2", HttpStatusCode.Forbidden)]
    [InlineData("tenant-2", "tenant-1", HttpStatusCode.Forbidden)]
    [InlineData(null, null, HttpStatusCode.Forbidden)]
    [InlineData(null, "tenant-1", HttpStatusCode.OK)]
    public async Task Post_TenantAllowList_OnlyListedTenantsGetIn(string? channelDataTenant, string? conversationTenant, HttpStatusCode expected)
    {
        await using var bot = await BotHost.StartAsync(_channel, s => s["BotFramework:AllowedTenants:0"] = "tenant-1");
        var activity = _channel.Message(extra: a =>
        {
            a["channelData"] = channelDataTenant is null ? null : new Dictionary<string, object?> { ["tenant"] = new Dictionary<string, object?> { ["id"] = channelDataTenant } };
            a["conversation"] = new Dictionary<string, object?> { ["id"] = "a:conv-1", ["tenantId"] = conversationTenant };
        });

        using var response = await LoopbackChannel.PostActivityAsync(bot.MessagesUrl, activity, _channel.CreateToken(LoopbackChannel.ClientId));

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal(expected == HttpStatusCode.OK ? 1 : 0, bot.Handler.Received.Count);
    }

    [Fact]
    public async Task Start_WithAppIdAndNoAllowedTenants_WarnsThatAnyTenantGetsIn()
    {
        await using var bot = await BotHost.StartAsync(_channel);

        var warning = Assert.Single(bot.Logs.Entries, e => e.EventId.Id == 1003);
        Assert.Contains("BotFramework:AllowedTenants", warning.Message, StringComparison.Ordinal);
    }
}
