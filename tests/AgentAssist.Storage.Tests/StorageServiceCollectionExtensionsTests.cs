using AgentAssist.Core.Approvals;
using AgentAssist.Core.Audit;
using AgentAssist.Storage.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgentAssist.Storage.Tests;

public sealed class StorageServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddApprovalStorage_HostStarts_SchemaMigratedAndStoresWork()
    {
        var folder = Path.Combine(Path.GetTempPath(), "agentassist-storage-tests", Guid.NewGuid().ToString("N"));
        var services = new ServiceCollection();
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddOptions<StorageOptions>().Configure(o => o.SqlitePath = Path.Combine(folder, "bot.db"));
        services.AddApprovalStorage();
        services.AddApprovalStorage();
        await using (var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }))
        {
            var hosted = Assert.Single(provider.GetServices<IHostedService>());

            await hosted.StartAsync(CancellationToken.None);
            var time = new ManualTimeProvider();
            var request = TestRequests.New(time);
            await provider.GetRequiredService<IApprovalStore>().CreateAsync(request, TestRequests.Effects(request.Id, "x"), CancellationToken.None);

            Assert.True(File.Exists(Path.Combine(folder, "bot.db")));
            Assert.Single(await provider.GetRequiredService<IOutbox>().ClaimAsync("d", 10, TimeSpan.FromMinutes(1), CancellationToken.None));
            Assert.Single(provider.GetRequiredService<IAuditLog>().ReadAsync(DateTimeOffset.UnixEpoch, DateTimeOffset.MaxValue, CancellationToken.None).ToBlockingEnumerable());
            Assert.Same(OutboxRetryPolicy.Default, provider.GetRequiredService<OutboxRetryPolicy>());
        }

        Directory.Delete(folder, recursive: true);
    }

    [SkippableFact]
    public void AddAgentAssistStorage_PostgresWithoutConnectionString_OptionsValidationFailsWithTheFix()
    {
        Skip.IfNot(Environment.GetEnvironmentVariable(StorageOptions.PostgresEnvironmentVariable) is null, "AGENTASSIST_POSTGRES is set here.");
        var services = new ServiceCollection();
        services.AddOptions<StorageOptions>().Configure(o => o.Provider = StorageProvider.Postgres);
        services.AddAgentAssistStorage();
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<StorageOptions>>().Value);

        Assert.Contains("AGENTASSIST_POSTGRES", error.Message, StringComparison.Ordinal);
    }
}
