using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>The real host on Kestrel at 127.0.0.1 with the settings a test gives (Auth, rate limit…) and its logs captured.</summary>
internal sealed class AuthBotFactory : WebApplicationFactory<Program>
{
    private readonly TempDatabase _database = new();
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public AuthBotFactory(IReadOnlyDictionary<string, string?> settings, IPAddress? listen = null)
    {
        _settings = settings;
        UseKestrel(kestrel => kestrel.Listen(listen ?? IPAddress.Loopback, 0));
    }

    public CapturingLoggerProvider Logs { get; } = new();

    public Uri BaseAddress()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>A client for the host that does not follow redirects.</summary>
    public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress() };

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", _database.Path);
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _database.Dispose();
        }
    }
}
