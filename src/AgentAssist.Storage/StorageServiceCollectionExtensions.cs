using AgentAssist.Core.Approvals;
using AgentAssist.Core.Audit;
using AgentAssist.Core.Customers;
using AgentAssist.Storage.Approvals;
using AgentAssist.Storage.Customers;
using AgentAssist.Storage.Audit;
using AgentAssist.Storage.Migrations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace AgentAssist.Storage;

/// <summary>Registers storage with dependency injection (no ASP.NET needed).</summary>
public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers the database selected by <see cref="StorageOptions"/> (bind them first, for example with
    /// <c>AddOptions&lt;StorageOptions&gt;().BindConfiguration(StorageOptions.SectionName)</c>), the migration runner, and
    /// a hosted service that migrates the schema on start. Relative SQLite paths resolve against the host's content root.
    /// </summary>
    public static IServiceCollection AddAgentAssistStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<StorageOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<StorageOptions>, StorageOptionsValidator>());
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => StorageDatabase.Create(
            sp.GetRequiredService<IOptions<StorageOptions>>().Value, sp.GetService<IHostEnvironment>()?.ContentRootPath));
        services.TryAddSingleton(sp => new MigrationRunner(
            sp.GetRequiredService<StorageDatabase>(),
            sp.GetServices<Migration>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<Microsoft.Extensions.Logging.ILogger<MigrationRunner>>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StorageMigrationService>());
        return services;
    }

    /// <summary>Contributes a feature's migrations; they run on start with everyone else's, in version order.</summary>
    public static IServiceCollection AddStorageMigrations(this IServiceCollection services, IEnumerable<Migration> migrations)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(migrations);
        foreach (var migration in migrations)
        {
            services.AddSingleton(migration);
        }

        return services;
    }

    /// <summary>
    /// Registers the approval store, the outbox and the audit log on the storage database, with their migrations.
    /// Register an <see cref="OutboxRetryPolicy"/> singleton first to change the outbox's backoff.
    /// </summary>
    public static IServiceCollection AddApprovalStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAgentAssistStorage();
        services.AddStorageMigrations(ApprovalMigrations.All);
        services.TryAddSingleton(OutboxRetryPolicy.Default);
        services.TryAddSingleton<IApprovalStore, SqlApprovalStore>();
        services.TryAddSingleton<IOutbox, SqlOutbox>();
        services.TryAddSingleton<IAuditLog, SqlAuditLog>();
        return services;
    }

    /// <summary>
    /// Registers the customer store (<see cref="ICustomerStore"/>, also as <see cref="ICustomerContextProvider"/>) on the
    /// storage database, with its migrations.
    /// </summary>
    public static IServiceCollection AddCustomerStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddAgentAssistStorage();
        services.AddStorageMigrations(CustomerMigrations.All);
        services.TryAddSingleton<ICustomerStore, SqlCustomerStore>();
        services.TryAddSingleton<ICustomerContextProvider>(sp => sp.GetRequiredService<ICustomerStore>());
        return services;
    }
}
