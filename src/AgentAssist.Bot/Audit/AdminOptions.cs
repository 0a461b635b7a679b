namespace AgentAssist.Bot.Audit;

/// <summary>Settings of the admin endpoints (section <c>Admin</c>).</summary>
internal sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The header that carries the key.</summary>
    public const string KeyHeader = "X-Admin-Key";

    /// <summary>Shortest key accepted, so that a guessable key never protects the audit log.</summary>
    public const int MinKeyLength = 24;

    /// <summary>
    /// The key callers send in <see cref="KeyHeader"/>. Unset: the admin endpoints answer 404 and say how to enable
    /// them. Keep it out of appsettings.json: set <c>Admin__ApiKey</c> in the environment or a secret store.
    /// </summary>
    public string? ApiKey { get; set; }
}
