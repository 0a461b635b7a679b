using AgentAssist.Core.Suggestions;

namespace AgentAssist.Core.Tests.Suggestions;

public sealed class OfflineTemplatesTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("agentassist-templates-").FullName;

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private OfflineTemplatesLoadResult LoadEnglishWith(string from, string to)
    {
        var shipped = File.ReadAllText(Path.Combine(SuggestionFixture.TemplateDirectory, "en.yaml"));
        Assert.Contains(from, shipped, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(_directory, "en.yaml"), shipped.Replace(from, to, StringComparison.Ordinal));
        return OfflineTemplates.Load(_directory);
    }

    private static int LineOf(string file, string text) =>
        File.ReadAllLines(file).Select((line, index) => (line, index)).First(l => l.line.Contains(text, StringComparison.Ordinal)).index + 1;

    [Fact]
    public void Load_ShippedTemplates_EnglishAndSpanishWithoutDiagnostics()
    {
        var result = OfflineTemplates.Load(SuggestionFixture.TemplateDirectory);

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
        Assert.Equal(["en", "es"], result.Templates!.Languages);
    }

    [Fact]
    public void Load_UnknownPlaceholder_RefusedWithFileLineAndColumn()
    {
        var result = LoadEnglishWith("Thanks for calling us {when}.", "Thanks for calling us {date}.");

        var file = Path.Combine(_directory, "en.yaml");
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Null(result.Templates);
        Assert.Equal($"{file}:{LineOf(file, "{date}")}:15: unknown placeholder {{date}} in 'resolved'; it may use {{when}}", diagnostic.ToString());
    }

    [Fact]
    public void Load_NamedGreetingWithoutName_Refused()
    {
        var result = LoadEnglishWith("named: \"Dear {name},\"", "named: \"Dear friend,\"");

        Assert.Equal("'named' must contain {name}", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Load_MissingOrderStatus_RefusedNamingTheKey()
    {
        var result = LoadEnglishWith("  returning: \"We're handling the return of {order}.\"\n", string.Empty);

        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal("'returning' is required", diagnostic.Message);
    }

    [Fact]
    public void Load_MisspelledKey_RefusedListingTheKnownKeys()
    {
        var result = LoadEnglishWith("recentDays: 14", "recentDays: 14\nrecentDay: 3");

        Assert.StartsWith("unknown key 'recentDay'", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("language: en", "language: [en")]
    [InlineData("recentDays: 14", "recentDays: 14\n  - nested: wrong")]
    public void Load_BrokenYaml_RefusedAsNotValidYaml(string from, string to)
    {
        var result = LoadEnglishWith(from, to);

        Assert.StartsWith("not valid YAML", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Null(result.Templates);
    }

    [Fact]
    public void Load_TwoFilesForOneLanguage_Refused()
    {
        var shipped = Path.Combine(SuggestionFixture.TemplateDirectory, "en.yaml");
        File.Copy(shipped, Path.Combine(_directory, "en.yaml"));
        File.Copy(shipped, Path.Combine(_directory, "english.yaml"));

        var result = OfflineTemplates.Load(_directory);

        Assert.Equal("templates for language 'en' are already in another file", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Load_MissingDirectory_Refused()
    {
        var result = OfflineTemplates.Load(Path.Combine(_directory, "nope"));

        Assert.Equal("the template directory does not exist", Assert.Single(result.Diagnostics).Message);
    }
}
