using AgentAssist.Bot.Audit;
using AgentAssist.Bot.Outbox;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Checking;
using AgentAssist.Storage;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Approvals;

internal static class ApprovalsServiceCollectionExtensions
{
    /// <summary>
    /// Supervisor approvals in Teams and the audit log: settings (section <c>Approvals</c>, checked at start), storage
    /// (section <c>Storage</c>: a SQLite file by default, PostgreSQL by setting; migrated at start), the approval
    /// service, the outbox dispatcher and the SLA service, the check auditor and the admin key (section <c>Admin</c>).
    /// Needs <c>AddGuardrails()</c> and <c>AddBotFramework()</c>.
    /// </summary>
    public static IServiceCollection AddApprovals(this IServiceCollection services)
    {
        services.TryAddSingleton(TimeProvider.System);
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.SectionName).ValidateOnStart();
        services.AddApprovalStorage();

        services.AddOptions<ApprovalOptions>().BindConfiguration(ApprovalOptions.SectionName).ValidateOnStart();
        services.AddOptions<TeamsApprovalOptions>().BindConfiguration(TeamsApprovalOptions.SectionName).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<ApprovalOptions>, ApprovalOptionsValidator>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TeamsApprovalOptions>, TeamsApprovalOptionsValidator>());
        services.AddOptions<AdminOptions>().BindConfiguration(AdminOptions.SectionName)
            .Validate(
                o => string.IsNullOrEmpty(o.ApiKey) || o.ApiKey.Length >= AdminOptions.MinKeyLength,
                $"Admin:ApiKey must have at least {AdminOptions.MinKeyLength} characters: generate one, for example with `openssl rand -base64 32`.")
            .ValidateOnStart();

        services.TryAddSingleton(sp => sp.GetRequiredService<IOptions<ApprovalOptions>>().Value);
        services.TryAddSingleton<IApprovalMessageComposer, TeamsApprovalMessageComposer>();
        services.TryAddSingleton(sp => new ApprovalService(
            sp.GetRequiredService<IApprovalStore>(),
            sp.GetRequiredService<IApprovalMessageComposer>(),
            sp.GetRequiredService<GuardrailEngine>(),
            sp.GetRequiredService<ApprovalOptions>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton(sp => new DraftRetention(
            sp.GetRequiredService<IApprovalStore>(),
            sp.GetRequiredService<Core.Audit.IAuditLog>(),
            sp.GetRequiredService<ApprovalOptions>(),
            sp.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<OutboxSignal>();
        services.TryAddSingleton<ApprovalCards>();
        services.TryAddSingleton<ApprovalInvokeHandler>();
        services.TryAddSingleton<OutboxMetrics>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IOutboxSender, TeamsOutboxSender>());
        services.AddHostedService<OutboxDispatcher>();
        services.AddHostedService<ApprovalSlaService>();
        services.TryAddSingleton<CheckAuditor>();
        services.AddHostedService(sp => sp.GetRequiredService<CheckAuditor>());
        services.TryAddSingleton<AdminKeyFilter>();
        return services;
    }
}
