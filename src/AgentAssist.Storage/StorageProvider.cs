namespace AgentAssist.Storage;

/// <summary>Which database holds approvals, the outbox, the audit log and other feature data.</summary>
public enum StorageProvider
{
    /// <summary>An embedded SQLite file under the app's data folder: one bot instance.</summary>
    Sqlite = 0,

    /// <summary>A PostgreSQL server: several bot instances behind a load balancer.</summary>
    Postgres = 1,
}
