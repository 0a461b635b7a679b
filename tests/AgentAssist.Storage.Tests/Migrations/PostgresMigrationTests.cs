namespace AgentAssist.Storage.Tests.Migrations;

public sealed class PostgresMigrationTests : MigrationContractTests
{
    protected override StorageProvider Provider => StorageProvider.Postgres;
}
