using System.Net;
using AgentAssist.BotFramework.Connector;
using AgentAssist.BotFramework.Hosting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentAssist.BotFramework.Tests.Fixtures;

/// <summary>
/// A minimal bot on 127.0.0.1: <c>AddBotFramework</c> + <c>MapBotFrameworkEndpoint</c> + a
/// <see cref="RecordingActivityHandler"/>, configured against a <see cref="LoopbackChannel"/>.
/// </summary>
public sealed class BotHost : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BotHost(WebApplication app, RecordingActivityHandler handler, CapturingLoggerProvider logs)
    {
        _app = app;
        Handler = handler;
        Logs = logs;
    }

    public RecordingActivityHandler Handler { get; }

    public CapturingLoggerProvider Logs { get; }

    public Uri MessagesUrl { get; private set; } = null!;

    public IServiceProvider Services => _app.Services;

    public BotConnectorClient Connector => _app.Services.GetRequiredService<BotConnectorClient>();

    /// <summary>Settings that point the bot at <paramref name="channel"/> with its app id and secret.</summary>
    public static Dictionary<string, string?> SettingsFor(LoopbackChannel channel) => new()
    {
        ["BotFramework:MicrosoftAppId"] = LoopbackChannel.ClientId,
        ["BotFramework:MicrosoftAppPassword"] = LoopbackChannel.ClientSecret,
        ["BotFramework:OpenIdMetadataUrl"] = channel.MetadataUrl.AbsoluteUri,
        ["BotFramework:TokenEndpointBase"] = channel.BaseUrl.AbsoluteUri,
        ["BotFramework:ConnectorRetryBaseDelay"] = "00:00:00.010",
    };

    public static Task<BotHost> StartAsync(LoopbackChannel channel, Action<Dictionary<string, string?>>? configure = null)
    {
        var settings = SettingsFor(channel);
        configure?.Invoke(settings);
        return StartAsync(settings);
    }

    /// <summary>Starts the bot; <paramref name="environment"/> is Development unless a test says otherwise.</summary>
    public static async Task<BotHost> StartAsync(Dictionary<string, string?> settings, string environment = "Development")
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        var logs = new CapturingLoggerProvider();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));

        var handler = new RecordingActivityHandler();
        builder.Services.AddBotFramework();
        builder.Services.AddSingleton<IActivityHandler>(handler);

        var app = builder.Build();
        app.MapBotFrameworkEndpoint();
        var host = new BotHost(app, handler, logs);
        try
        {
            await app.StartAsync();
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }

        host.MessagesUrl = new Uri(new Uri(app.Urls.Single()), "/api/messages");
        return host;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
