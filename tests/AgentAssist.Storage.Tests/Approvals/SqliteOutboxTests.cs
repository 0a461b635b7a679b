namespace AgentAssist.Storage.Tests.Approvals;

public sealed class SqliteOutboxTests : OutboxContractTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}
