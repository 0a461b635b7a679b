using AgentAssist.Bot.Security;

namespace AgentAssist.Bot.Tests.Security;

/// <summary>Issue #12 finding 8: started from another directory, the service still reads its own appsettings.json.</summary>
public sealed class ContentRootTests : IDisposable
{
    private readonly DirectoryInfo _elsewhere = Directory.CreateTempSubdirectory("agentassist-cwd-");

    public void Dispose() => _elsewhere.Delete(recursive: true);

    [Fact]
    public void Resolve_StartedFromADirectoryWithoutSettings_TheProgramsDirectory()
    {
        Assert.Equal(AppContext.BaseDirectory, ContentRoot.Resolve([], _elsewhere.FullName, _ => null));
    }

    [Fact]
    public void Resolve_CurrentDirectoryHasSettings_AspNetCoreDecides()
    {
        File.WriteAllText(Path.Combine(_elsewhere.FullName, ContentRoot.SettingsFile), "{}");

        Assert.Null(ContentRoot.Resolve([], _elsewhere.FullName, _ => null));
    }

    [Theory]
    [InlineData("--contentRoot=/srv/agentassist", null)]
    [InlineData("--urls=http://localhost:1", "/srv/agentassist")]
    public void Resolve_ContentRootGiven_AspNetCoreDecides(string arg, string? environmentRoot)
    {
        Assert.Null(ContentRoot.Resolve([arg], _elsewhere.FullName, name => name == "ASPNETCORE_CONTENTROOT" ? environmentRoot : null));
    }
}
