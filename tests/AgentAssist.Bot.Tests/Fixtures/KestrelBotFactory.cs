using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>
/// The real host (Program) on Kestrel at 127.0.0.1, so requests to <c>/api/messages</c> come from loopback as they
/// do from a local channel; without Bot Framework credentials that is the only traffic the endpoint accepts.
/// </summary>
public sealed class KestrelBotFactory : WebApplicationFactory<Program>
{
    private readonly IReadOnlyDictionary<string, string?> _settings;

    public KestrelBotFactory()
        : this(new Dictionary<string, string?>())
    {
    }

    /// <summary>The host with <paramref name="settings"/> (Auth, rate limit…), listening on <paramref name="listen"/> (loopback by default).</summary>
    internal KestrelBotFactory(IReadOnlyDictionary<string, string?> settings, IPAddress? listen = null)
    {
        _settings = settings;
        UseKestrel(kestrel => kestrel.Listen(listen ?? IPAddress.Loopback, 0));
    }

    internal CapturingLoggerProvider Logs { get; } = new();

    public Uri MessagesUrl => new(BaseAddress(), "/api/messages");

    /// <summary>Where the host listens (an all-interfaces address is reached on 127.0.0.1).</summary>
    public Uri BaseAddress()
    {
        StartServer();
        var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new Uri(address.Replace("0.0.0.0", "127.0.0.1", StringComparison.Ordinal).Replace("[::]", "127.0.0.1", StringComparison.Ordinal));
    }

    /// <summary>A client for the host that does not follow redirects.</summary>
    public HttpClient Client() => new(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress() };

    private readonly Fixtures.TempDatabase _database = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // A database of its own, so tests never share state with each other or with a developer's bot.
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
