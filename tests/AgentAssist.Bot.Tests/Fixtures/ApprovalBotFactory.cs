using System.Net;
using System.Text;
using System.Text.Json;
using AgentAssist.Core.Approvals;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>
/// The real host on 127.0.0.1 with approvals on: team <c>care</c> (supervisors Ana and Luis, escalation supervisor Eve)
/// whose channel and escalation channel are on <paramref name="connector"/>, a SQLite file the test owns (so a second
/// host can reopen it), the connector's own retries off (the outbox retries) and a fast outbox backoff.
/// </summary>
internal sealed class ApprovalBotFactory : WebApplicationFactory<Program>
{
    private readonly LoopbackConnector _connector;
    private readonly string _sqlitePath;
    private readonly TimeProvider? _time;
    private readonly IReadOnlyDictionary<string, string?>? _settings;

    public ApprovalBotFactory(LoopbackConnector connector, string sqlitePath, TimeProvider? time = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        _connector = connector;
        _sqlitePath = sqlitePath;
        _time = time;
        _settings = settings;
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    public const string SupervisorsConversation = "19:supervisors@thread.tacv2";

    public const string EscalationConversation = "19:escalation@thread.tacv2";

    private static readonly HttpClient Http = new();

    public CapturingLoggerProvider Logs { get; } = new();

    public Uri MessagesUrl => new(BaseAddress(), "/api/messages");

    public Uri BaseAddress()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new Uri(address);
    }

    public async Task<HttpResponseMessage> PostAsync(object activity)
    {
        using var content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json");
        return await Http.PostAsync(MessagesUrl, content);
    }

    /// <summary>Posts an invoke and returns the body's <c>value</c> card (or message) and its <c>type</c>.</summary>
    public async Task<(string Type, JsonElement Value)> InvokeAsync(object activity)
    {
        using var response = await PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        return (body.GetProperty("type").GetString()!, body.GetProperty("value"));
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        var values = new Dictionary<string, string?>
        {
            ["Storage:SqlitePath"] = _sqlitePath,
            ["BotFramework:ConnectorMaxAttempts"] = "1",
            ["Approvals:DefaultTeam"] = "care",
            ["Approvals:OutboxPollInterval"] = "00:00:00.100",
            ["Approvals:OutboxLease"] = "00:00:03",
            ["Approvals:Teams:care:DisplayName"] = "Customer care",
            ["Approvals:Teams:care:Supervisors:0"] = TeamsUser.Ana.AadObjectId,
            ["Approvals:Teams:care:Supervisors:1"] = TeamsUser.Luis.AadObjectId,
            ["Approvals:Teams:care:EscalationSupervisors:0"] = TeamsUser.Eve.AadObjectId,
            ["Approvals:Teams:care:DefaultDueAfter"] = "00:30:00",
            ["Approvals:Teams:care:Conversation:ServiceUrl"] = _connector.ServiceUrl,
            ["Approvals:Teams:care:Conversation:ConversationId"] = SupervisorsConversation,
            ["Approvals:Teams:care:Conversation:TenantId"] = "tenant-1",
            ["Approvals:Teams:care:EscalationConversation:ServiceUrl"] = _connector.ServiceUrl,
            ["Approvals:Teams:care:EscalationConversation:ConversationId"] = EscalationConversation,
            ["Approvals:Teams:care:RefreshUserIds:0"] = TeamsUser.Ana.Id,
            ["Approvals:Teams:care:RefreshUserIds:1"] = TeamsUser.Luis.Id,
            ["Admin:ApiKey"] = AdminKey,
        };
        foreach (var (key, value) in _settings ?? new Dictionary<string, string?>())
        {
            values[key] = value;
        }

        foreach (var (key, value) in values)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Debug));
        builder.ConfigureTestServices(services =>
        {
            services.AddSingleton(new OutboxRetryPolicy { BaseDelay = TimeSpan.FromMilliseconds(200), MaxDelay = TimeSpan.FromSeconds(1), MaxAttempts = 10 });
            if (_time is not null)
            {
                services.AddSingleton(_time);
            }
        });
    }

    /// <summary>The admin key the host is configured with.</summary>
    public const string AdminKey = "test-admin-key-0123456789-abcdef";
}
