using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Runtime.InteropServices;
using System.Text;
using AgentAssist.LoadTests;
using AgentAssist.Testing;

// Starts the real bot on loopback with Bot Framework credentials, a loopback channel for its tokens and replies, and
// drives it with N connections per scenario; prints throughput and latency percentiles. From the repository root:
//   dotnet build -c Release tests/AgentAssist.LoadTests && dotnet run -c Release --no-build --project tests/AgentAssist.LoadTests
var (options, error) = LoadOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}

var botDll = options.BotDll ?? DefaultBotDll();
await using var channel = await LoopbackChannel.StartAsync(Guid.NewGuid().ToString(), "load-test-" + Guid.NewGuid().ToString("N"));
using var client = new HttpClient(new SocketsHttpHandler
{
    MaxConnectionsPerServer = options.Connections,
    PooledConnectionLifetime = Timeout.InfiniteTimeSpan,
    UseProxy = false,
    AllowAutoRedirect = false,
})
{
    Timeout = TimeSpan.FromSeconds(30),
};
var settings = options.Postgres is null
    ? null
    : new Dictionary<string, string> { ["Storage__Provider"] = "Postgres", ["Storage__PostgresConnectionString"] = options.Postgres };
var bots = new List<BotProcess>();
for (var i = 0; i < options.Instances; i++)
{
    bots.Add(await BotProcess.StartAsync(botDll, options.ServerCpus, channel, client, settings));
}

await using var stopBots = new BotProcesses(bots);
var bot = bots[0];
var instances = bots.Select(b => b.BaseUrl).ToList();

var scenarios = new Dictionary<string, LoadScenario>
{
    ["health"] = Scenarios.Health(instances),
    ["check"] = Scenarios.Check(instances),
    ["messages"] = Scenarios.Messages(instances, channel, options.Connections),
};

if (await SmokeTestAsync() is { } failure)
{
    Console.Error.WriteLine($"The bot does not answer as expected, so there is nothing to measure: {failure}\n{bot.LastLines}");
    return 1;
}

var machine = Machine();
Console.WriteLine(machine);
Console.WriteLine($"connections {options.Connections}, warm-up {options.Warmup.TotalSeconds:0} s, measured {options.Duration.TotalSeconds:0} s per scenario, {bots.Count} instance(s){(options.Postgres is null ? " on SQLite" : " on one PostgreSQL")}, bot pid {string.Join(", ", bots.Select(b => b.ProcessId))}{(options.ServerCpus is null ? string.Empty : $" on cpus {options.ServerCpus}")}");

var results = new List<ScenarioResult>();
foreach (var name in options.Scenarios)
{
    Console.Error.WriteLine($"running {scenarios[name].Name}…");
    results.Add(await LoadRunner.RunAsync(client, scenarios[name], options, () => bots.Aggregate(TimeSpan.Zero, (sum, b) => sum + b.CpuTime)));
}

var table = Table(results);
Console.WriteLine(table);
if (channel.RefusedTokenRequests > 0)
{
    Console.WriteLine($"warning: the token endpoint refused {channel.RefusedTokenRequests} requests");
}

if (options.ReportPath is not null)
{
    await File.WriteAllTextAsync(options.ReportPath, machine + "\n\n" + table + "\n");
}

return results.Any(r => r.Errors > 0) ? 1 : 0;

// One request of each kind answers as it should before anything is measured; an unsigned activity is refused.
async Task<string?> SmokeTestAsync()
{
    foreach (var (name, scenario) in scenarios)
    {
        var repliesBefore = channel.Replies;
        using var request = scenario.CreateRequest(0, 0);
        using var response = await client.SendAsync(request);
        var body = await response.Content.ReadAsStringAsync();
        if (response.StatusCode != HttpStatusCode.OK)
        {
            return $"{scenario.Name} answered {(int)response.StatusCode}: {body}";
        }

        if (name == "check" && !body.Contains("\"outcome\"", StringComparison.Ordinal))
        {
            return $"{scenario.Name} answered without a verdict: {body}";
        }

        if (name == "messages" && channel.Replies == repliesBefore)
        {
            return $"{scenario.Name} answered 200 but the bot posted no reply to the connector";
        }
    }

    using var unsigned = new HttpRequestMessage(HttpMethod.Post, new Uri(bot.BaseUrl, "api/messages"))
    {
        Content = new StringContent("{\"type\":\"message\",\"text\":\"hi\"}", Encoding.UTF8, "application/json"),
    };
    using var refused = await client.SendAsync(unsigned);
    return refused.StatusCode == HttpStatusCode.Unauthorized
        ? null
        : $"an activity without a token answered {(int)refused.StatusCode}, not 401: the bot is not checking channel tokens";
}

static string DefaultBotDll()
{
    // bin/<configuration>/net10.0/ of this tool → the bot's output in the same configuration.
    var output = new DirectoryInfo(AppContext.BaseDirectory);
    var configuration = output.Parent!.Name;
    var root = output;
    while (root is not null && !File.Exists(Path.Combine(root.FullName, "AgentAssist.sln")))
    {
        root = root.Parent;
    }

    if (root is null)
    {
        throw new InvalidOperationException($"No AgentAssist.sln above {AppContext.BaseDirectory}; pass --bot-dll.");
    }

    return Path.Combine(root.FullName, "src", "AgentAssist.Bot", "bin", configuration, output.Name, "AgentAssist.Bot.dll");
}

static string Machine()
{
    var cpuInfo = File.Exists("/proc/cpuinfo") ? File.ReadAllLines("/proc/cpuinfo") : [];
    var cpu = cpuInfo.FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal))?.Split(':', 2)[1].Trim();
    var cores = cpuInfo.Count(l => l.StartsWith("processor", StringComparison.Ordinal));
    var configuration = typeof(Program).Assembly.GetCustomAttributes(typeof(System.Reflection.AssemblyConfigurationAttribute), false)
        .OfType<System.Reflection.AssemblyConfigurationAttribute>().FirstOrDefault()?.Configuration;
    var load = File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Trim() : "unknown";
    return $"{(cores > 0 ? cores : Environment.ProcessorCount)} cores ({cpu ?? RuntimeInformation.ProcessArchitecture.ToString()}), this tool on {Environment.ProcessorCount}, {RuntimeInformation.OSDescription}, {RuntimeInformation.FrameworkDescription}, {configuration} build, server GC in the bot (ASP.NET default); load average before the run {load}";
}

static string Table(IReadOnlyList<ScenarioResult> results)
{
    var baseline = results.FirstOrDefault(r => r.Name.StartsWith("GET /health", StringComparison.Ordinal));
    var text = new StringBuilder();
    text.AppendLine("| scenario | requests | requests/s | × baseline | p50 ms | p90 ms | p99 ms | p99.9 ms | max ms | errors | replies | bot CPU µs/request | × baseline | client CPU µs/request |");
    text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
    foreach (var r in results)
    {
        var ratio = baseline is null ? "–" : (r.RequestsPerSecond / baseline.RequestsPerSecond).ToString("0.00", CultureInfo.InvariantCulture);
        var cpuRatio = baseline is null ? "–" : (r.ServerCpuMicrosecondsPerRequest / baseline.ServerCpuMicrosecondsPerRequest).ToString("0.0", CultureInfo.InvariantCulture);
        text.AppendLine(CultureInfo.InvariantCulture, $"| {r.Name} | {r.Latency.Count} | {r.RequestsPerSecond:0} | {ratio} | {Ms(r.Latency.Percentile(50))} | {Ms(r.Latency.Percentile(90))} | {Ms(r.Latency.Percentile(99))} | {Ms(r.Latency.Percentile(99.9))} | {Ms(r.Latency.MaxMicroseconds)} | {r.Errors} | {(r.Replies is { } replies ? replies.ToString(CultureInfo.InvariantCulture) : "–")} | {r.ServerCpuMicrosecondsPerRequest:0} | {cpuRatio} | {r.ClientCpuMicrosecondsPerRequest:0} |");
    }

    return text.ToString();
}

static string Ms(double microseconds) => (microseconds / 1000).ToString("0.00", CultureInfo.InvariantCulture);
