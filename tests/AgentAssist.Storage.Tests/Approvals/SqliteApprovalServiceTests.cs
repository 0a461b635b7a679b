namespace AgentAssist.Storage.Tests.Approvals;

public sealed class SqliteApprovalServiceTests : ApprovalServiceContractTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}
