using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentAssist.BotFramework.Hosting;

/// <summary>Says at start whether the endpoint authenticates channels or accepts only loopback traffic.</summary>
internal sealed class BotFrameworkStartupLog(IOptions<BotFrameworkOptions> options, IHostEnvironment environment, ILogger<BotFrameworkStartupLog> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var settings = options.Value;
        if (settings.HasCredentials)
        {
            BotFrameworkLog.RunningAuthenticated(logger, settings.MicrosoftAppId!, settings.MicrosoftAppType, settings.OpenIdMetadataUrl);
            if (settings.AllowedTenants.Count == 0)
            {
                BotFrameworkLog.AnyTenant(logger);
            }
        }
        else if (!environment.IsDevelopment())
        {
            BotFrameworkLog.NotConfigured(logger, environment.EnvironmentName);
        }
        else
        {
            BotFrameworkLog.RunningUnauthenticated(logger);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
