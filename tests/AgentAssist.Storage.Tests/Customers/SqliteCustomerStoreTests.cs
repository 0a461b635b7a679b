namespace AgentAssist.Storage.Tests.Customers;

public sealed class SqliteCustomerStoreTests : CustomerStoreContractTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}
