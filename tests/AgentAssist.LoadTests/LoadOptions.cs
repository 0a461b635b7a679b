using System.Globalization;

namespace AgentAssist.LoadTests;

/// <summary>Settings of a load run, from the command line.</summary>
internal sealed record LoadOptions
{
    public const string Usage =
        """
        usage: dotnet run -c Release --project tests/AgentAssist.LoadTests -- [options]
          --connections N      concurrent connections, one request in flight each (default 16)
          --warmup SECONDS     warm-up per scenario, not measured (default 5)
          --duration SECONDS   measured time per scenario (default 15)
          --scenarios LIST     comma-separated: health, check, messages (default all three)
          --server-cpus LIST   run the bot under 'taskset -c LIST' (e.g. 0); pin this tool with taskset too
          --bot-dll PATH       the built AgentAssist.Bot.dll (default: src/AgentAssist.Bot/bin/<this configuration>/net10.0)
          --report PATH        also write the results as a Markdown table to PATH
          --instances N        run N bot processes, each connection bound to one of them in turn (default 1)
          --postgres CONN      PostgreSQL connection string the instances share (needed for --instances > 1)
        """;

    public int Connections { get; init; } = 16;

    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(5);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(15);

    public IReadOnlyList<string> Scenarios { get; init; } = ["health", "check", "messages"];

    public string? ServerCpus { get; init; }

    public string? BotDll { get; init; }

    public string? ReportPath { get; init; }

    public int Instances { get; init; } = 1;

    public string? Postgres { get; init; }

    /// <summary>The options, or an error message that says which argument is wrong.</summary>
    public static (LoadOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var options = new LoadOptions();
        for (var i = 0; i < args.Count; i += 2)
        {
            var name = args[i];
            if (i + 1 >= args.Count)
            {
                return (null, $"{name} needs a value");
            }

            var value = args[i + 1];
            switch (name)
            {
                case "--connections" when int.TryParse(value, CultureInfo.InvariantCulture, out var connections) && connections is > 0 and <= 4096:
                    options = options with { Connections = connections };
                    break;
                case "--warmup" when double.TryParse(value, CultureInfo.InvariantCulture, out var warmup) && warmup is >= 0 and <= 600:
                    options = options with { Warmup = TimeSpan.FromSeconds(warmup) };
                    break;
                case "--duration" when double.TryParse(value, CultureInfo.InvariantCulture, out var duration) && duration is > 0 and <= 600:
                    options = options with { Duration = TimeSpan.FromSeconds(duration) };
                    break;
                case "--scenarios":
                    var scenarios = value.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
                    if (scenarios.Length == 0 || scenarios.Any(s => s is not ("health" or "check" or "messages")))
                    {
                        return (null, $"--scenarios '{value}': use health, check and messages, comma-separated");
                    }

                    options = options with { Scenarios = scenarios };
                    break;
                case "--server-cpus":
                    options = options with { ServerCpus = value };
                    break;
                case "--bot-dll":
                    options = options with { BotDll = value };
                    break;
                case "--report":
                    options = options with { ReportPath = value };
                    break;
                case "--instances" when int.TryParse(value, CultureInfo.InvariantCulture, out var instances) && instances is > 0 and <= 16:
                    options = options with { Instances = instances };
                    break;
                case "--postgres":
                    options = options with { Postgres = value };
                    break;
                default:
                    return (null, $"{name} {value}: unknown option or value out of range");
            }
        }

        return options.Instances > 1 && options.Postgres is null
            ? (null, "--instances above 1 needs --postgres: instances share one PostgreSQL database")
            : (options, null);
    }
}
