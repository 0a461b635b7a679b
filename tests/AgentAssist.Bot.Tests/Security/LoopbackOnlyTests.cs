using System.Net;
using AgentAssist.Bot.Tests.Fixtures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace AgentAssist.Bot.Tests.Security;

/// <summary>
/// Must-show 4 ("without Auth the service binds loopback only and says so") and issue #12 finding 8 (request lines
/// logged): the real host on Kestrel.
/// </summary>
public sealed class LoopbackOnlyTests
{
    [Fact]
    public async Task Start_WithoutAuthListeningOnAllInterfaces_StopsAndSaysWhy()
    {
        using var host = new KestrelBotFactory(new Dictionary<string, string?>(), IPAddress.Any);
        try
        {
            // The host may stop (and dispose its services) before the factory has read its address.
            host.BaseAddress();
        }
        catch (ObjectDisposedException)
        {
        }

        try
        {
            await WaitAsync(() => host.Logs.Lines.Any(l => l.Contains("Auth:Authority is not set, yet the service listens on", StringComparison.Ordinal)));
            await WaitAsync(() => host.Logs.Lines.Any(l => l.Contains("Application is shutting down", StringComparison.Ordinal)));
            Assert.Equal(1, Environment.ExitCode);
        }
        finally
        {
            Environment.ExitCode = 0;
        }
    }

    [Fact]
    public async Task Start_WithoutAuthOnLoopback_RunsAndSaysItIsLoopbackOnly()
    {
        using var host = new KestrelBotFactory(new Dictionary<string, string?>());
        using var client = host.Client();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains(host.Logs.Lines, l => l.Contains("the service listens on loopback only", StringComparison.Ordinal));
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task Start_WithAuthOnAllInterfaces_Serves()
    {
        await using var provider = await LoopbackOpenIdProvider.StartAsync();
        using var host = new KestrelBotFactory(provider.Settings(), IPAddress.Any);
        using var client = host.Client();

        using var response = await client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(host.Services.GetRequiredService<IHostApplicationLifetime>().ApplicationStopping.IsCancellationRequested);
    }

    [Fact]
    public async Task Request_WithQuery_RequestLineNotLogged()
    {
        using var host = new KestrelBotFactory(new Dictionary<string, string?> { ["Logging:LogLevel:Default"] = "Trace", ["Logging:LogLevel:Microsoft.AspNetCore"] = "Trace" });
        using var client = host.Client();

        using var response = await client.GetAsync("/api/v1/customers?handle=maria.lopez%40example.com");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(host.Logs.Lines, l => l.Contains("maria.lopez", StringComparison.Ordinal));
        Assert.DoesNotContain(host.Logs.Lines, l => l.StartsWith("Microsoft.AspNetCore.Hosting.Diagnostics: Request starting", StringComparison.Ordinal));
    }

    private static async Task WaitAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(20);
        while (!condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The host did not stop.");
            await Task.Delay(50, CancellationToken.None);
        }
    }
}
