using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using AgentAssist.Testing;
using Npgsql;

namespace AgentAssist.Operations.Tests.Harness;

/// <summary>
/// Bot instances as separate processes (<c>dotnet AgentAssist.Bot.dll</c>, configured through the environment) on one
/// PostgreSQL schema of their own, reached through a <see cref="TcpRelay"/> that a test can cut (a database outage),
/// with approvals on for team <c>care</c> whose conversations are on a <see cref="LoopbackChannel"/>; and a round-robin
/// relay in front of the instances, as a load balancer. Needs <c>AGENTASSIST_TEST_POSTGRES</c>.
/// </summary>
internal sealed class Cluster : IAsyncDisposable
{
    public const string Variable = "AGENTASSIST_TEST_POSTGRES";
    public const string SupervisorsConversation = "19:supervisors@thread.tacv2";
    public const string EscalationConversation = "19:escalation@thread.tacv2";
    public const string AgentConversation = "a:agent-personal-chat";
    public const string AgentAadId = "00000000-0000-0000-0000-000000000001";
    public const string Draft = "We are VERY sorry. We will refund the full amount today.";

    public static readonly (string Id, string Name, string AadId) Ana = ("29:ana", "Ana", "aad-ana");
    public static readonly (string Id, string Name, string AadId) Luis = ("29:luis", "Luis", "aad-luis");

    private static readonly HttpClient Http = new(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.Zero, UseProxy = false })
    {
        Timeout = TimeSpan.FromSeconds(30),
    };

    private readonly string _admin;
    private readonly IReadOnlyDictionary<string, string> _settings;
    private readonly List<BotProcess> _instances = [];

    private Cluster(string admin, string schema, LoopbackChannel channel, TcpRelay database, TcpRelay balancer, IReadOnlyDictionary<string, string> settings)
    {
        _admin = admin;
        Schema = schema;
        Channel = channel;
        Database = database;
        Balancer = balancer;
        _settings = settings;
    }

    public static string? Admin => Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value ? value : null;

    public string Schema { get; }

    public LoopbackChannel Channel { get; }

    /// <summary>The path from the instances to PostgreSQL; <see cref="TcpRelay.Cut"/> is a database outage.</summary>
    public TcpRelay Database { get; }

    /// <summary>Round robin over the running instances, one request per connection.</summary>
    public TcpRelay Balancer { get; }

    public IReadOnlyList<BotProcess> Instances => _instances;

    public const string SupervisorsPath = "/v3/conversations/" + SupervisorsConversation + "/activities";

    public const string EscalationPath = "/v3/conversations/" + EscalationConversation + "/activities";

    public const string AgentPath = "/agents/v3/conversations/" + AgentConversation + "/activities";

    /// <summary>Starts the channel, a schema and the relays; no instance yet. <paramref name="settings"/> override the defaults.</summary>
    public static async Task<Cluster> StartAsync(IReadOnlyDictionary<string, string>? settings = null)
    {
        var admin = Admin ?? throw new InvalidOperationException($"{Variable} is not set.");
        var schema = "ops_" + Guid.NewGuid().ToString("N");
        await ExecuteAsync(admin, $"CREATE SCHEMA {schema};");
        var channel = await LoopbackChannel.StartAsync(Guid.NewGuid().ToString(), "ops-test-" + Guid.NewGuid().ToString("N"));
        var builder = new NpgsqlConnectionStringBuilder(admin);
        var database = new TcpRelay(new IPEndPoint(IPAddress.Loopback, builder.Port));
        var connection = new NpgsqlConnectionStringBuilder(admin)
        {
            Host = "127.0.0.1",
            Port = database.Port,
            SearchPath = schema,
            Timeout = 3,
            CommandTimeout = 5,
        };
        var values = new Dictionary<string, string>
        {
            ["Storage__Provider"] = "Postgres",
            ["Storage__PostgresConnectionString"] = connection.ConnectionString,
            ["BotFramework__ConnectorMaxAttempts"] = "1",
            ["Approvals__DefaultTeam"] = "care",
            ["Approvals__OutboxPollInterval"] = "00:00:00.200",
            ["Approvals__OutboxLease"] = "00:00:03",
            ["Approvals__SlaPollInterval"] = "00:00:00.500",
            ["Approvals__Teams__care__DisplayName"] = "Customer care",
            ["Approvals__Teams__care__Supervisors__0"] = Ana.AadId,
            ["Approvals__Teams__care__Supervisors__1"] = Luis.AadId,
            ["Approvals__Teams__care__EscalationSupervisors__0"] = "aad-eve",
            ["Approvals__Teams__care__Conversation__ServiceUrl"] = channel.BaseUrl.AbsoluteUri,
            ["Approvals__Teams__care__Conversation__ConversationId"] = SupervisorsConversation,
            ["Approvals__Teams__care__Conversation__TenantId"] = "tenant-1",
            ["Approvals__Teams__care__EscalationConversation__ServiceUrl"] = channel.BaseUrl.AbsoluteUri,
            ["Approvals__Teams__care__EscalationConversation__ConversationId"] = EscalationConversation,
            ["Logging__LogLevel__AgentAssist.Bot.Outbox"] = "Information",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            values[key] = value;
        }

        // The balancer points at nothing until instances start.
        var balancer = new TcpRelay(new IPEndPoint(IPAddress.Loopback, 9));
        return new Cluster(admin, schema, channel, database, balancer, values);
    }

    /// <summary>Starts one more instance and adds it to the balancer.</summary>
    public async Task<BotProcess> StartInstanceAsync()
    {
        var instance = await BotProcess.StartAsync(BotDll(), null, Channel, Http, _settings);
        _instances.Add(instance);
        Balance();
        return instance;
    }

    /// <summary>kill -9 of an instance; the balancer stops sending to it.</summary>
    public async Task KillAsync(BotProcess instance)
    {
        await instance.KillAsync();
        Balance();
    }

    /// <summary>The agent clicks "Send for approval" on their result card <paramref name="cardId"/>; returns the answer card.</summary>
    public Task<JsonElement> RequestAsync(Uri instance, string cardId, string invokeId, string draft = Draft) =>
        InvokeAsync(instance, Invoke(
            invokeId, Channel.AgentServiceUrl, ("29:agent-1", "Agent", AgentAadId), AgentConversation, "personal", cardId,
            "requestApproval", new Dictionary<string, object?> { ["text"] = draft, ["channel"] = "x", ["ui"] = "en" }));

    /// <summary>A supervisor's click on the approval card of <paramref name="requestId"/> in the supervisors' channel.</summary>
    public Task<JsonElement> DecideAsync(Uri instance, (string Id, string Name, string AadId) supervisor, string verb, string requestId, string cardId, string invokeId) =>
        InvokeAsync(instance, Invoke(
            invokeId, Channel.BaseUrl, supervisor, SupervisorsConversation, "channel", cardId,
            verb, new Dictionary<string, object?> { ["request"] = requestId, ["ui"] = "en" }));

    /// <summary>The approval request id an answer card is about.</summary>
    public static string RequestIdOf(JsonElement card) =>
        new ChannelCall("POST", string.Empty, card, DateTimeOffset.UtcNow).RequestId ?? throw new InvalidOperationException($"No request id in {card}");

    public async Task<long> ScalarAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(_admin) { SearchPath = Schema }.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return Convert.ToInt64(await command.ExecuteScalarAsync(), CultureInfo.InvariantCulture);
    }

    public static async Task<HttpStatusCode> GetStatusAsync(Uri url)
    {
        try
        {
            using var response = await Http.GetAsync(url);
            return response.StatusCode;
        }
        catch (HttpRequestException)
        {
            return 0;
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var instance in _instances)
        {
            await instance.DisposeAsync();
        }

        await Balancer.DisposeAsync();
        await Database.DisposeAsync();
        await Channel.DisposeAsync();
        NpgsqlConnection.ClearAllPools();
        await ExecuteAsync(_admin, $"DROP SCHEMA IF EXISTS {Schema} CASCADE;");
    }

    /// <summary>The bot's build output in this test run's configuration.</summary>
    private static string BotDll()
    {
        var output = new DirectoryInfo(AppContext.BaseDirectory);
        var configuration = output.Parent!.Name;
        var root = output;
        while (root is not null && !File.Exists(Path.Combine(root.FullName, "AgentAssist.sln")))
        {
            root = root.Parent;
        }

        return Path.Combine(root?.FullName ?? throw new InvalidOperationException("AgentAssist.sln not found above the test output."),
            "src", "AgentAssist.Bot", "bin", configuration, output.Name, "AgentAssist.Bot.dll");
    }

    private static async Task ExecuteAsync(string admin, string sql)
    {
        await using var connection = new NpgsqlConnection(admin);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private void Balance() =>
        Balancer.SetTargets(_instances.Where(i => !i.HasExited).Select(i => new IPEndPoint(IPAddress.Loopback, i.BaseUrl.Port)));

    private static Dictionary<string, object?> Invoke(
        string id, Uri serviceUrl, (string Id, string Name, string AadId) from, string conversationId, string conversationType, string replyToId, string verb, Dictionary<string, object?> data) => new()
    {
        ["type"] = "invoke",
        ["name"] = "adaptiveCard/action",
        ["id"] = id,
        ["timestamp"] = DateTimeOffset.UtcNow.ToString("O", CultureInfo.InvariantCulture),
        ["serviceUrl"] = serviceUrl.AbsoluteUri,
        ["channelId"] = "msteams",
        ["from"] = new Dictionary<string, object?> { ["id"] = from.Id, ["name"] = from.Name, ["aadObjectId"] = from.AadId },
        ["recipient"] = new Dictionary<string, object?> { ["id"] = "28:bot", ["name"] = "AgentAssist" },
        ["conversation"] = new Dictionary<string, object?> { ["id"] = conversationId, ["conversationType"] = conversationType, ["tenantId"] = "tenant-1" },
        ["channelData"] = new Dictionary<string, object?> { ["tenant"] = new Dictionary<string, object?> { ["id"] = "tenant-1" } },
        ["locale"] = "en-US",
        ["replyToId"] = replyToId,
        ["value"] = new Dictionary<string, object?>
        {
            ["action"] = new Dictionary<string, object?> { ["type"] = "Action.Execute", ["id"] = "action-1", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        },
    };

    private async Task<JsonElement> InvokeAsync(Uri instance, Dictionary<string, object?> activity)
    {
        var serviceUrl = new Uri((string)activity["serviceUrl"]!);
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(instance, "api/messages"))
        {
            Content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json"),
        };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", Channel.CreateToken(TimeSpan.FromHours(1), serviceUrl));
        request.Headers.ConnectionClose = true;
        using var response = await Http.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            throw new HttpRequestException($"The bot answered {(int)response.StatusCode}: {body}");
        }

        return JsonDocument.Parse(body).RootElement.GetProperty("value").Clone();
    }
}
