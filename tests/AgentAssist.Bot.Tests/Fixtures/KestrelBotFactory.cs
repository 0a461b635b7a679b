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
    public KestrelBotFactory()
    {
        UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
    }

    internal CapturingLoggerProvider Logs { get; } = new();

    public Uri MessagesUrl
    {
        get
        {
            StartServer();
            var address = Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
            return new Uri(new Uri(address), "/api/messages");
        }
    }

    private readonly Fixtures.TempDatabase _database = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        // A database of its own, so tests never share state with each other or with a developer's bot.
        builder.UseSetting("Storage:SqlitePath", _database.Path);
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
