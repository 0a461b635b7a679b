namespace AgentAssist.Bot.Security;

/// <summary>
/// Authorization policies by the roles they let in, for endpoints to name with
/// <c>.RequireAuthorization(AppPolicies.BrandEditor)</c>. With <c>Auth</c> configured each needs a signed-in caller
/// holding one of its roles (401 without a token, 403 without the role); without it the service listens on loopback
/// only and every policy lets the local user in.
/// </summary>
internal static class AppPolicies
{
    /// <summary>Drafts, suggestions and customers: agents and supervisors.</summary>
    public const string Agent = "AgentAssist.Agent";

    /// <summary>Approval queues and decisions: supervisors.</summary>
    public const string Supervisor = "AgentAssist.Supervisor";

    /// <summary>Rule packs: brand editors and admins.</summary>
    public const string BrandEditor = "AgentAssist.BrandEditor";

    /// <summary>Audit export and service-wide settings: admins.</summary>
    public const string Admin = "AgentAssist.Admin";

    /// <summary>Each policy and the roles it accepts.</summary>
    public static IReadOnlyDictionary<string, string[]> Roles { get; } = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [Agent] = [AppRoles.Agent, AppRoles.Supervisor],
        [Supervisor] = [AppRoles.Supervisor],
        [BrandEditor] = [AppRoles.BrandEditor, AppRoles.Admin],
        [Admin] = [AppRoles.Admin],
    };
}
