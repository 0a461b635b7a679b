namespace AgentAssist.Storage.Tests.Approvals;

public sealed class SqliteApprovalStoreTests : ApprovalStoreContractTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}
