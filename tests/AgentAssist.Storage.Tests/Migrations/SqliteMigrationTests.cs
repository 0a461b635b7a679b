namespace AgentAssist.Storage.Tests.Migrations;

public sealed class SqliteMigrationTests : MigrationContractTests
{
    protected override StorageProvider Provider => StorageProvider.Sqlite;
}
