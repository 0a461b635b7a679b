using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Security;

/// <summary>
/// Without <c>Auth</c> the HTTP API and pages authenticate nobody, so the service may listen on loopback only: it says
/// so at start, and stops (exit code 1) if it finds itself listening anywhere else.
/// </summary>
internal sealed partial class LoopbackOnlyGuard(
    IOptions<AuthOptions> auth,
    IServer server,
    IHostApplicationLifetime lifetime,
    ILogger<LoopbackOnlyGuard> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (auth.Value.Enabled)
        {
            LogAuthenticated(logger, auth.Value.Authority!);
            return Task.CompletedTask;
        }

        lifetime.ApplicationStarted.Register(Check);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private void Check()
    {
        var addresses = server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [];
        var exposed = addresses.Where(a => !IsLoopback(a)).ToArray();
        if (exposed.Length == 0)
        {
            LogLoopbackOnly(logger);
            return;
        }

        var listening = string.Join(", ", exposed);
        LogRefusingExposure(logger, listening);
        Environment.ExitCode = 1;
        lifetime.StopApplication();
    }

    internal static bool IsLoopback(string address)
    {
        if (!Uri.TryCreate(address.Replace("://+", "://0.0.0.0", StringComparison.Ordinal).Replace("://*", "://0.0.0.0", StringComparison.Ordinal), UriKind.Absolute, out var uri))
        {
            return false;
        }

        return string.Equals(uri.Host, "localhost", StringComparison.OrdinalIgnoreCase)
            || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
    }

    [LoggerMessage(EventId = 2410, Level = LogLevel.Warning,
        Message = "Auth:Authority is not set: the HTTP API and the pages authenticate nobody, so the service listens on loopback only. Set Auth:Authority, Auth:Audience and Auth:ClientId (docs/security.md) before serving anyone else")]
    private static partial void LogLoopbackOnly(ILogger logger);

    [LoggerMessage(EventId = 2411, Level = LogLevel.Critical,
        Message = "Auth:Authority is not set, yet the service listens on {Addresses}: stopping, since anyone who reaches it could use the API unauthenticated. Listen on localhost (urls=http://localhost:3978) or configure Auth (docs/security.md)")]
    private static partial void LogRefusingExposure(ILogger logger, string addresses);

    [LoggerMessage(EventId = 2412, Level = LogLevel.Information, Message = "The HTTP API and the pages need sign-in with {Authority}")]
    private static partial void LogAuthenticated(ILogger logger, Uri authority);
}
