namespace AgentAssist.Bot.Security;

/// <summary>
/// Sign-in for the HTTP API and the pages (section <c>Auth</c>): a Microsoft Entra ID (or any OpenID Connect)
/// authority. Without <see cref="Authority"/> nothing is authenticated and the service listens on loopback only.
/// </summary>
internal sealed class AuthOptions
{
    public const string SectionName = "Auth";

    /// <summary>The issuer, e.g. <c>https://login.microsoftonline.com/{tenant id}/v2.0</c>; its OpenID metadata gives the keys.</summary>
    public Uri? Authority { get; set; }

    /// <summary>The audience API tokens must name: the app registration's Application ID URI (<c>api://…</c>) or client id.</summary>
    public string? Audience { get; set; }

    /// <summary>The app registration's application (client) id, used by the pages' sign-in.</summary>
    public string? ClientId { get; set; }

    /// <summary>A client secret of that app registration, for the pages' sign-in (authorization code flow).</summary>
    public string? ClientSecret { get; set; }

    /// <summary>The claim app roles arrive in.</summary>
    public string RoleClaimType { get; set; } = "roles";

    public bool Enabled => Authority is not null;
}
