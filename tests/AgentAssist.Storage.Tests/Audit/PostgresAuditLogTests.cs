namespace AgentAssist.Storage.Tests.Audit;

public sealed class PostgresAuditLogTests : AuditLogContractTests
{
    protected override StorageProvider Provider => StorageProvider.Postgres;
}
