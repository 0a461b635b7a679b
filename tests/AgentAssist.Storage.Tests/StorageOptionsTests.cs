namespace AgentAssist.Storage.Tests;

public sealed class StorageOptionsTests
{
    [Fact]
    public void ResolveSqlitePath_Relative_UnderTheContentRoot() =>
        Assert.Equal(Path.GetFullPath("/srv/bot/data/aa.db"), new StorageOptions { SqlitePath = "data/aa.db" }.ResolveSqlitePath("/srv/bot"));

    [Fact]
    public void ResolveSqlitePath_Absolute_AsGiven() =>
        Assert.Equal(Path.GetFullPath("/var/lib/aa.db"), new StorageOptions { SqlitePath = "/var/lib/aa.db" }.ResolveSqlitePath("/srv/bot"));

    [Fact]
    public void ResolveSqlitePath_Unset_AgentAssistFolderUnderLocalApplicationData()
    {
        var path = new StorageOptions().ResolveSqlitePath("/srv/bot");

        Assert.EndsWith(Path.Combine("AgentAssist", "agentassist.db"), path, StringComparison.Ordinal);
        Assert.True(Path.IsPathRooted(path));
    }

    [SkippableFact]
    public void Validate_PostgresWithoutConnectionString_SaysBothWaysToSetIt()
    {
        var options = new StorageOptions { Provider = StorageProvider.Postgres };
        Skip.IfNot(options.ResolvePostgresConnectionString() is null, $"{StorageOptions.PostgresEnvironmentVariable} is set in this environment.");

        var problem = Assert.Single(options.Validate());

        Assert.Contains("Storage:PostgresConnectionString", problem, StringComparison.Ordinal);
        Assert.Contains("AGENTASSIST_POSTGRES", problem, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => StorageDatabase.Create(options, null));
    }

    [Fact]
    public void Validate_PostgresWithConnectionString_NoProblems() =>
        Assert.Empty(new StorageOptions { Provider = StorageProvider.Postgres, PostgresConnectionString = "Host=db;Database=aa" }.Validate());

    [Fact]
    public void Validate_UnknownProviderOrZeroTimeout_Problems() =>
        Assert.Equal(2, new StorageOptions { Provider = (StorageProvider)7, SqliteBusyTimeout = TimeSpan.Zero }.Validate().Count);
}
