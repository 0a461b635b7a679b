namespace AgentAssist.Storage.Tests.Approvals;

public sealed class PostgresApprovalServiceTests : ApprovalServiceContractTests
{
    protected override StorageProvider Provider => StorageProvider.Postgres;
}
