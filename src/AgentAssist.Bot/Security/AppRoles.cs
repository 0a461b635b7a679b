namespace AgentAssist.Bot.Security;

/// <summary>
/// The app roles of AgentAssist's Microsoft Entra app registration, as they arrive in the <c>roles</c> claim of a
/// token. Assign them to users or groups under Enterprise applications > AgentAssist > Users and groups.
/// </summary>
internal static class AppRoles
{
    /// <summary>Checks drafts and asks for suggestions and approvals.</summary>
    public const string Agent = "Agent";

    /// <summary>Decides approvals; may do what an agent does.</summary>
    public const string Supervisor = "Supervisor";

    /// <summary>Edits, tests and rolls back the rule packs.</summary>
    public const string BrandEditor = "BrandEditor";

    /// <summary>Exports the audit log and sees service-wide insights.</summary>
    public const string Admin = "Admin";

    public static IReadOnlyList<string> All { get; } = [Agent, Supervisor, BrandEditor, Admin];
}
