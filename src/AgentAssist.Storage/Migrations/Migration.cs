namespace AgentAssist.Storage.Migrations;

/// <summary>
/// One schema change, in both dialects. Features contribute their own (register them with
/// <see cref="StorageServiceCollectionExtensions.AddStorageMigrations"/>); the runner applies every migration not yet
/// recorded in <c>schema_version</c>, in version order. Versions are global: each feature takes its own range
/// (1000–1999 approvals, outbox and audit; 2000–2999 customer context). Never edit a released migration: add one.
/// </summary>
/// <param name="Version">Unique, positive; orders the migrations.</param>
/// <param name="Name">Short description, recorded with the version.</param>
/// <param name="Sqlite">The SQLite script (several statements allowed).</param>
/// <param name="Postgres">The PostgreSQL script (several statements allowed); unqualified names go to the connection's search path.</param>
public sealed record Migration(int Version, string Name, string Sqlite, string Postgres)
{
    /// <summary>The script for a provider.</summary>
    public string ScriptFor(StorageProvider provider) => provider == StorageProvider.Postgres ? Postgres : Sqlite;
}
