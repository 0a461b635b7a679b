namespace AgentAssist.Storage;

/// <summary>Where the service keeps its data.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>The environment variable read for the PostgreSQL connection string when the setting is empty.</summary>
    public const string PostgresEnvironmentVariable = "AGENTASSIST_POSTGRES";

    /// <summary><see cref="StorageProvider.Sqlite"/> (default) or <see cref="StorageProvider.Postgres"/>.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>
    /// The SQLite file. Relative paths are under the content root; empty means
    /// <c>&lt;LocalApplicationData&gt;/AgentAssist/agentassist.db</c> (for example <c>~/.local/share/AgentAssist</c>).
    /// </summary>
    public string? SqlitePath { get; set; }

    /// <summary>
    /// The PostgreSQL connection string (Npgsql syntax). Empty means the <c>AGENTASSIST_POSTGRES</c> environment variable;
    /// keep passwords out of appsettings files.
    /// </summary>
    public string? PostgresConnectionString { get; set; }

    /// <summary>How long a SQLite writer waits for another to finish before failing. Default 30 seconds.</summary>
    public TimeSpan SqliteBusyTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>The SQLite file to use: <see cref="SqlitePath"/> resolved against <paramref name="contentRoot"/>, or the default.</summary>
    public string ResolveSqlitePath(string? contentRoot)
    {
        var root = string.IsNullOrEmpty(contentRoot) ? AppContext.BaseDirectory : contentRoot;
        if (!string.IsNullOrWhiteSpace(SqlitePath))
        {
            return Path.GetFullPath(SqlitePath, root);
        }

        var data = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
        return string.IsNullOrEmpty(data)
            ? Path.Combine(root, "App_Data", "agentassist.db")
            : Path.Combine(data, "AgentAssist", "agentassist.db");
    }

    /// <summary>The PostgreSQL connection string: the setting, else the environment variable, else <see langword="null"/>.</summary>
    public string? ResolvePostgresConnectionString() =>
        string.IsNullOrWhiteSpace(PostgresConnectionString)
            ? Environment.GetEnvironmentVariable(PostgresEnvironmentVariable) is { Length: > 0 } fromEnvironment ? fromEnvironment : null
            : PostgresConnectionString;

    /// <summary>Checks the settings; returns the problems, each saying how to fix it (empty when fine).</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (!Enum.IsDefined(Provider))
        {
            problems.Add($"{SectionName}:Provider must be Sqlite or Postgres.");
        }

        if (Provider == StorageProvider.Postgres && ResolvePostgresConnectionString() is null)
        {
            problems.Add($"{SectionName}:Provider is Postgres but no connection string is set: set {SectionName}:PostgresConnectionString "
                + $"or the {PostgresEnvironmentVariable} environment variable (for example \"Host=db;Username=agentassist;Password=...;Database=agentassist\").");
        }

        if (SqliteBusyTimeout <= TimeSpan.Zero)
        {
            problems.Add($"{SectionName}:SqliteBusyTimeout must be positive (for example \"00:00:30\").");
        }

        return problems;
    }
}
