using AgentAssist.Slack.Tests.Fixtures;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Logging;

namespace AgentAssist.Bot.Tests.Slack;

/// <summary>The real host with Slack configured against a loopback Slack peer, its log captured, a database of its own.</summary>
internal sealed class SlackBotFactory(LoopbackSlackPeer peer) : WebApplicationFactory<Program>
{
    private readonly Fixtures.TempDatabase _database = new();

    public CapturingLoggerProvider Logs { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseSetting("Storage:SqlitePath", _database.Path);
        builder.UseSetting("Slack:SigningSecret", LoopbackSlackPeer.SigningSecret);
        builder.UseSetting("Slack:BotToken", LoopbackSlackPeer.BotToken);
        builder.UseSetting("Slack:ApiBaseUrl", peer.ApiBaseUrl.ToString());
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
