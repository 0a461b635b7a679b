namespace AgentAssist.Storage.Tests.Approvals;

public sealed class PostgresApprovalStoreTests : ApprovalStoreContractTests
{
    protected override StorageProvider Provider => StorageProvider.Postgres;
}
