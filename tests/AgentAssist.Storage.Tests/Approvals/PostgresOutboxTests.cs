namespace AgentAssist.Storage.Tests.Approvals;

public sealed class PostgresOutboxTests : OutboxContractTests
{
    protected override StorageProvider Provider => StorageProvider.Postgres;
}
