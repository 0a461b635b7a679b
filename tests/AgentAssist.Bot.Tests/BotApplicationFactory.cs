using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace AgentAssist.Bot.Tests;

/// <summary>The real host, in process, with its log output captured.</summary>
public sealed class BotApplicationFactory : WebApplicationFactory<Program>
{
    internal CapturingLoggerProvider Logs { get; } = new();

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
