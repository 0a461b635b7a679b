using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace AgentAssist.Bot.Tests.Suggestions;

/// <summary>The real host with a customer store of its own: a fresh SQLite file, filled with the sample customers on start.</summary>
public sealed class SuggestionBotFactory : WebApplicationFactory<Program>
{
    private readonly string _folder = Directory.CreateTempSubdirectory("agentassist-bot-customers-").FullName;

    public string DatabasePath => Path.Combine(_folder, "agentassist.db");

    /// <summary>Extra settings, applied on top of the store's.</summary>
    public Dictionary<string, string?> Settings { get; } = [];

    internal CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).SetMinimumLevel(LogLevel.Trace));
        builder.UseSetting("Storage:Provider", "Sqlite");
        builder.UseSetting("Storage:SqlitePath", DatabasePath);
        foreach (var (key, value) in Settings)
        {
            builder.UseSetting(key, value);
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // SQLite may still hold the file on another thread; the temp folder is cleaned by the OS.
        }
    }
}
