namespace AgentAssist.Storage.Tests.Customers;

public sealed class PostgresCustomerStoreTests : CustomerStoreContractTests
{
    protected override StorageProvider Provider => StorageProvider.Postgres;
}
