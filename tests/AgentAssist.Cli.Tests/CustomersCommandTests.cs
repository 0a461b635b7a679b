using AgentAssist.Storage;
using AgentAssist.Storage.Customers;
using Npgsql;

namespace AgentAssist.Cli.Tests;

public sealed class CustomersCommandTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("agentassist-cli-customers-").FullName;

    private string Db => Path.Combine(_folder, "data", "agentassist.db");

    private static string Sample(string name) => Path.Combine(RepoPaths.Root, "samples", name);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private SqlCustomerStore Store() => new(new SqliteStorageDatabase(Db, TimeSpan.FromSeconds(5)), TimeProvider.System);

    [Fact]
    public async Task Import_SampleJsonIntoNewSqliteFile_Exit0AndCustomersFoundByHandle()
    {
        var result = Cli.Run("customers", "import", Sample("customers.json"), "--db", Db);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal($"Imported 8 customer(s) into {Db}; 8 stored in all.\n", result.Output);
        Assert.Equal(string.Empty, result.Error);
        var maria = await Store().FindAsync("@maria_g");
        Assert.Equal(("C-1001", "María"), (maria?.Id, maria?.Context.PreferredName));
        Assert.Equal("lámpara de escritorio Aurora", Assert.Single(maria!.OpenOrders).Summary);
    }

    [Fact]
    public async Task Import_CsvThenJsonTwice_AddsAndReplacesById()
    {
        Assert.Equal(ExitCodes.Ok, Cli.Run("customers", "import", Sample("customers.csv"), "--db", Db).ExitCode);
        Assert.Equal(ExitCodes.Ok, Cli.Run("customers", "import", Sample("customers.json"), "--db", Db).ExitCode);

        var again = Cli.Run("customers", "import", Sample("customers.json"), "--db", Db);

        Assert.Equal($"Imported 8 customer(s) into {Db}; 10 stored in all.\n", again.Output);
        Assert.Equal("Carmen", (await Store().FindAsync("carmen.r"))?.Context.PreferredName);
    }

    [Fact]
    public async Task Import_FileWithProblems_Exit5WithPositionsAndNothingStored()
    {
        var file = Path.Combine(_folder, "bad.csv");
        File.WriteAllText(file, "kind,customer_id,handle,status\ncustomer,C-1,@a,\ncustomer,C-2,@a,\n");
        Assert.Equal(ExitCodes.Ok, Cli.Run("customers", "import", Sample("customers.csv"), "--db", Db).ExitCode);

        var result = Cli.Run("customers", "import", file, "--db", Db);

        Assert.Equal(ExitCodes.InvalidData, result.ExitCode);
        Assert.Equal($"{file}:3:1: customer 'C-2': handle '@a' belongs to another customer in the file\n", result.Error);
        Assert.Equal("1 problem(s) found; nothing was imported.\n", result.Output);
        Assert.Equal(2, await Store().CountAsync());
    }

    [Fact]
    public void Import_UnknownExtensionWithoutFormat_Exit1SayingWhatToAdd()
    {
        var file = Path.Combine(_folder, "customers.txt");
        File.Copy(Sample("customers.json"), file);

        var result = Cli.Run("customers", "import", file, "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains("add --format csv or --format json", result.Error, StringComparison.Ordinal);
        Assert.Equal(ExitCodes.Ok, Cli.Run("customers", "import", file, "--format", "json", "--db", Db).ExitCode);
    }

    [Theory]
    [InlineData("--format", "xml")]
    [InlineData("--postgres", "Host=127.0.0.1")]
    public void Import_BadOptions_Exit1(string option, string value)
    {
        var result = Cli.Run("customers", "import", Sample("customers.json"), "--db", Db, option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_MissingFile_Exit1()
    {
        var result = Cli.Run("customers", "import", Path.Combine(_folder, "none.json"), "--db", Db);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: no file", result.Error, StringComparison.Ordinal);
    }

    [SkippableFact]
    public async Task Import_IntoPostgres_Exit0AndStored()
    {
        var admin = Environment.GetEnvironmentVariable("AGENTASSIST_TEST_POSTGRES");
        Skip.If(string.IsNullOrEmpty(admin), "AGENTASSIST_TEST_POSTGRES is not set; .ci/run starts a PostgreSQL and sets it.");
        var schema = "cli_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(admin))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE SCHEMA {schema};", connection);
            await create.ExecuteNonQueryAsync();
        }

        var target = new NpgsqlConnectionStringBuilder(admin) { SearchPath = schema }.ConnectionString;
        try
        {
            var result = Cli.Run("customers", "import", Sample("customers.json"), "--postgres", target);

            Assert.Equal(ExitCodes.Ok, result.ExitCode);
            Assert.Equal("Imported 8 customer(s) into PostgreSQL; 8 stored in all.\n", result.Output);
            await using var database = new PostgresStorageDatabase(target);
            Assert.Equal("Sam", (await new SqlCustomerStore(database, TimeProvider.System).FindAsync("@SAMWISE"))?.Context.PreferredName);
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await using var connection = new NpgsqlConnection(admin);
            await connection.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP SCHEMA {schema} CASCADE;", connection);
            await drop.ExecuteNonQueryAsync();
        }
    }
}
