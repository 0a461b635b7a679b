namespace AgentAssist.Storage.Tests.Audit;

public sealed class SqliteAuditLogTests : AuditLogContractTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}
