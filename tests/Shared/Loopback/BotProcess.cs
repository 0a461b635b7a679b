using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace AgentAssist.Testing;

/// <summary>
/// The built AgentAssist.Bot running as its own process on 127.0.0.1 with Bot Framework credentials pointed at the
/// <see cref="LoopbackChannel"/> and further configuration from environment variables, optionally under
/// <c>taskset</c>. Logging is at Warning unless the settings say otherwise, as a busy production host would run it.
/// It can be killed (SIGKILL, as a crash) or terminated (SIGTERM, as an orchestrator stops it).
/// </summary>
internal sealed class BotProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly Queue<string> _lastLines = new();
    private readonly List<string> _lines = [];

    private BotProcess(Process process, Uri baseUrl)
    {
        _process = process;
        BaseUrl = baseUrl;
    }

    public Uri BaseUrl { get; }

    public int ProcessId => _process.Id;

    public bool HasExited => _process.HasExited;

    /// <summary>CPU time the bot has used so far (taskset execs dotnet, so this is the bot itself).</summary>
    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    /// <summary>The last lines the bot wrote.</summary>
    public string LastLines
    {
        get
        {
            lock (_lastLines)
            {
                return string.Join('\n', _lastLines);
            }
        }
    }

    /// <summary>Every line the bot wrote that contains <paramref name="text"/>.</summary>
    public IReadOnlyList<string> LinesWith(string text)
    {
        lock (_lastLines)
        {
            return [.. _lines.Where(l => l.Contains(text, StringComparison.Ordinal))];
        }
    }

    public static async Task<BotProcess> StartAsync(
        string botDll, string? serverCpus, LoopbackChannel channel, HttpClient probe, IReadOnlyDictionary<string, string>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(probe);
        if (!File.Exists(botDll))
        {
            throw new FileNotFoundException($"{botDll} does not exist: build the solution (or AgentAssist.Bot) in this configuration first, or pass --bot-dll.", botDll);
        }

        var baseUrl = new Uri($"http://127.0.0.1:{FreePort()}/");
        var start = new ProcessStartInfo(serverCpus is null ? "dotnet" : "taskset")
        {
            WorkingDirectory = Path.GetDirectoryName(botDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (serverCpus is not null)
        {
            start.ArgumentList.Add("-c");
            start.ArgumentList.Add(serverCpus);
            start.ArgumentList.Add("dotnet");
        }

        start.ArgumentList.Add(botDll);
        start.Environment["ASPNETCORE_URLS"] = baseUrl.AbsoluteUri.TrimEnd('/');
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        // The load client is one caller; the per-caller limit on checks would measure the limiter, not the service.
        start.Environment["RateLimit__PermitLimit"] = "0";
        start.Environment["Logging__Console__FormatterName"] = "simple";
        start.Environment["BotFramework__MicrosoftAppId"] = channel.AppId;
        start.Environment["BotFramework__MicrosoftAppPassword"] = channel.AppPassword;
        start.Environment["BotFramework__MicrosoftAppType"] = "MultiTenant";
        start.Environment["BotFramework__OpenIdMetadataUrl"] = channel.MetadataUrl.AbsoluteUri;
        start.Environment["BotFramework__TokenEndpointBase"] = channel.BaseUrl.AbsoluteUri;
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        var bot = new BotProcess(process, baseUrl);
        process.OutputDataReceived += (_, e) => bot.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => bot.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The bot exited with {process.ExitCode} while starting:\n{bot.LastLines}");
            }

            try
            {
                using var response = await probe.GetAsync(new Uri(baseUrl, "health/ready")).ConfigureAwait(false);
                if (response.IsSuccessStatusCode)
                {
                    return bot;
                }
            }
            catch (HttpRequestException)
            {
            }

            await Task.Delay(200).ConfigureAwait(false);
        }

        await bot.DisposeAsync().ConfigureAwait(false);
        throw new TimeoutException($"The bot did not answer /health/ready within 60 s:\n{bot.LastLines}");
    }

    /// <summary>kill -9: the process stops at once, in the middle of whatever it was doing.</summary>
    public async Task KillAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>SIGTERM, as an orchestrator stops an instance; returns once the process has exited.</summary>
    public async Task TerminateAsync(TimeSpan timeout)
    {
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync().ConfigureAwait(false);
        }

        using var wait = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(wait.Token).ConfigureAwait(false);
    }

    public async ValueTask DisposeAsync()
    {
        await KillAsync().ConfigureAwait(false);
        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_lastLines)
        {
            _lastLines.Enqueue(line);
            _lines.Add(line);
            while (_lastLines.Count > 40)
            {
                _lastLines.Dequeue();
            }
        }
    }
}
