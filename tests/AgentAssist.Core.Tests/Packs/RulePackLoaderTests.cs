using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Rules;

namespace AgentAssist.Core.Tests.Packs;

public sealed class RulePackLoaderTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, "Packs", name);

    private static string Broken(string name) => Path.Combine(RepoPaths.Fixtures, "Packs", "Broken", name);

    [Theory]
    [InlineData("YamlSyntax", 5, 2, "not valid YAML: While parsing a block mapping, did not find expected key.")]
    [InlineData("UnknownKey", 3, 1, "unknown key 'reasn'; known keys here: category, channels, examples, fix, kind, languages, message, reason, severity, terms, translations")]
    [InlineData("UnknownChannel", 3, 17, "unknown channel 'whatsapp'; known: private, public, sms")]
    [InlineData("FailingExample", 7, 7, "Fixture.Rule should flag this example but does not")]
    [InlineData("FlaggedPassExample", 8, 7, "Fixture.Rule should not flag this example but flags 'FOO'")]
    [InlineData("MissingExamples", 1, 1, "'examples' is required: texts under 'flag' that must trigger the rule and under 'pass' that must not")]
    [InlineData("NoFlagExamples", 5, 3, "'examples' needs at least one 'flag' example")]
    [InlineData("BadSeverity", 2, 11, "'severity' must be one of: info, warning, approval, block")]
    public void Load_RuleWithOneMistake_RefusedWithFileLineColumnAndPlainMessage(string fixture, int line, int column, string message)
    {
        var directory = Broken(fixture);

        var result = RulePackLoader.Load(directory);

        Assert.Null(result.Pack);
        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal($"{Path.Combine(directory, "Rule.yaml")}:{line}:{column}: {message}", diagnostic.ToString());
    }

    [Fact]
    public void Load_UnknownKind_PointsAtTheKindAndListsTheKnownKinds()
    {
        var directory = Broken("UnknownKind");

        var diagnostic = Assert.Single(RulePackLoader.Load(directory).Diagnostics);

        Assert.Equal(
            $"{Path.Combine(directory, "Rule.yaml")}:1:7: unknown rule kind 'banish'; known kinds: {string.Join(", ", RuleFactory.KindNames)}",
            diagnostic.ToString());
        Assert.Contains("approval", RuleFactory.KindNames);
    }

    [Fact]
    public void Load_InvalidRegex_PointsAtThePatternAndSaysWhy()
    {
        var directory = Broken("InvalidRegex");

        var diagnostic = Assert.Single(RulePackLoader.Load(directory).Diagnostics);

        Assert.Equal((Path.Combine(directory, "Rule.yaml"), 3, 10), (diagnostic.File, diagnostic.Line, diagnostic.Column));
        Assert.StartsWith(@"the pattern is not a valid regular expression: Invalid pattern 'refund(\d+'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_MissingMessage_SaysMessageIsRequired()
    {
        var directory = Broken("MissingMessage");

        var result = RulePackLoader.Load(directory);

        Assert.Null(result.Pack);
        Assert.Equal($"{Path.Combine(directory, "Rule.yaml")}:1:1: 'message' is required", result.Diagnostics[0].ToString());
    }

    [Fact]
    public void Load_MissingMessage_ReportsNothingElse()
    {
        var result = RulePackLoader.Load(Broken("MissingMessage"));

        Assert.Equal(["'message' is required"], result.Diagnostics.Select(d => d.Message));
    }

    [Fact]
    public void Load_BadChannelKindInPackYaml_PointsAtTheKindInPackYaml()
    {
        var directory = Broken("BadChannelKind");
        var packFile = Path.Combine(directory, "pack.yaml");

        var result = RulePackLoader.Load(directory);

        Assert.Null(result.Pack);
        Assert.Equal(
            [$"{packFile}:6:11: channel kind 'semi-public' must be public or private", $"{packFile}:5:3: channel 'sms' is not valid"],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Load_FailingExampleWithoutRunningExamples_Loads()
    {
        var result = RulePackLoader.Load(Broken("FailingExample"), runExamples: false);

        Assert.True(result.Succeeded);
        Assert.Equal("Fixture.Rule", Assert.Single(result.Pack!.Rules).Id);
    }

    [Fact]
    public void Load_FolderWithoutPackYaml_SaysPackYamlIsNeeded()
    {
        var directory = Path.Combine(RepoPaths.Fixtures, "Packs");

        var diagnostic = Assert.Single(RulePackLoader.Load(directory).Diagnostics);

        Assert.Equal($"{Path.Combine(directory, "pack.yaml")}:1:1: a rule pack needs a pack.yaml file", diagnostic.ToString());
    }

    [Fact]
    public void Load_PackUsingAChannelOnlyAnotherPackDefines_RefusedAlone()
    {
        var directory = Fixture("UsesChannels");

        var result = RulePackLoader.Load(directory);

        Assert.Null(result.Pack);
        Assert.Equal(
            $"{Path.Combine(directory, "Texting.yaml")}:2:12: unknown channel 'sms'; known: private, public",
            Assert.Single(result.Diagnostics).ToString());
    }

    [Fact]
    public void LoadMany_LanguagePackUsesChannelOfNeutralPack_BothLoad()
    {
        var results = RulePackLoader.LoadMany([Fixture("Channels"), Fixture("UsesChannels")]);

        Assert.All(results, r => Assert.Empty(r.Diagnostics));
        Assert.Equal(["Channels", "UsesChannels"], results.Select(r => r.Pack!.Id));
        Assert.Equal(new ChannelProfile("sms", ChannelKind.Public, "Text message", 160, "informal"), Assert.Single(results[0].Pack!.Channels));
        var rule = Assert.Single(results[1].Pack!.Rules);
        Assert.Equal("UsesChannels.Texting", rule.Id);
        Assert.Equal(["sms"], rule.Scope.Channels);
        Assert.Equal(["en"], rule.Scope.Languages);
    }

    [Fact]
    public void LoadMany_BuiltInBrandPacks_LoadWithNoDiagnostics()
    {
        var results = RulePackLoader.LoadMany(RepoPaths.BrandPackDirectories);

        Assert.Equal([], results.SelectMany(r => r.Diagnostics).Select(d => d.ToString()));
        Assert.Equal(["Brand", "BrandEn", "BrandEs"], results.Select(r => r.Pack!.Id));
        Assert.Equal(
            ["Brand.Emoji", "Brand.Exclamations", "Brand.Length", "Brand.Shouting"],
            results[0].Pack!.Rules.Select(r => r.Id));
        Assert.Equal(12, results[1].Pack!.Rules.Count);
        Assert.Equal(12, results[2].Pack!.Rules.Count);
    }

    [Fact]
    public void Load_BrandEnAlone_RefusedBecauseItsExamplesNameBrandChannels()
    {
        var directory = Path.Combine(RepoPaths.Rules, "brand-en");

        var result = RulePackLoader.Load(directory);

        Assert.Null(result.Pack);
        Assert.Contains(result.Diagnostics, d => d.File == Path.Combine(directory, "Formality.yaml") && d.Message == "example names unknown channel 'email'");
    }

    [Fact]
    public void Load_RuleAndPackKeys_BuildTheRuleAsWritten()
    {
        using var pack = TempPack.WithRule("""
            kind: banned
            severity: block
            category: tone
            channels: [sms, private]
            languages: [es]
            message: "'{match}' is rude."
            reason: Rude words get shared.
            fix: Say it kindly.
            terms: [foo]
            examples:
              flag:
                - text: un foo
                  channel: sms
            """);

        var result = pack.Load();

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var loaded = result.Pack!;
        Assert.Equal(("Test", "Test pack", "2.1.0", pack.Directory), (loaded.Id, loaded.Name, loaded.Version, loaded.Source));
        Assert.Equal(["sms", "mail"], loaded.Channels.Select(c => c.Id));
        var rule = Assert.Single(loaded.Rules);
        Assert.Equal("Test.Rule", rule.Id);
        Assert.Equal(["private", "sms"], rule.Scope.Channels.Order(StringComparer.Ordinal));
        Assert.Equal(["es"], rule.Scope.Languages);
        var finding = Assert.Single(TempPack.Evaluate(rule, "Un FOO aquí", "sms", "es"));
        Assert.Equal(
            ("Test.Rule", FindingCategory.Tone, Severity.Block, "'FOO' is rude.", "Rude words get shared.", "Say it kindly."),
            (finding.RuleId, finding.Category, finding.Severity, finding.Message, finding.Reason, finding.Fix?.Description));
    }

    [Theory]
    [InlineData("Rule-1.yaml", "rule file name 'Rule-1' must start with a letter and hold only letters and digits: it becomes the rule id")]
    [InlineData("1Rule.yaml", "rule file name '1Rule' must start with a letter and hold only letters and digits: it becomes the rule id")]
    public void Load_RuleFileNameNotAnId_Refused(string file, string message)
    {
        using var pack = new TempPack(null, (file, "kind: banned\nmessage: m\nterms: [foo]\nexamples:\n  flag: [foo]\n"));

        var diagnostic = Assert.Single(pack.Load().Diagnostics);

        Assert.Equal($"{pack.PathOf(file)}:1:1: {message}", diagnostic.ToString());
    }

    [Fact]
    public void Load_PackWithNoRules_SaysToAddOne()
    {
        using var pack = new TempPack();

        var diagnostic = Assert.Single(pack.Load().Diagnostics);

        Assert.Equal($"{pack.PathOf("pack.yaml")}:1:1: the pack has no rules: add one YAML file per rule beside pack.yaml", diagnostic.ToString());
    }

    [Fact]
    public void Load_TranslationWithTypo_PointsAtTheTypo()
    {
        using var pack = TempPack.WithRule("""
            kind: banned
            message: "'{match}' is rude."
            terms: [foo]
            translations:
              es:
                mesage: "'{match}' es grosero."
            examples:
              flag: [foo]
            """);

        var messages = pack.Load().Diagnostics.Select(d => $"{d.Line}:{d.Column}: {d.Message}");

        Assert.Equal(["6:5: 'message' is required", "6:5: unknown key 'mesage'; known keys here: fix, message, reason"], messages);
    }

    [Fact]
    public void LoadAll_FolderOfPacks_LoadsEveryPackFolderInNameOrder()
    {
        var root = Path.Combine(Path.GetTempPath(), "agentassist-tests", Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var name in new[] { "Channels", "UsesChannels" })
            {
                var target = Directory.CreateDirectory(Path.Combine(root, name.ToLowerInvariant()));
                foreach (var file in Directory.EnumerateFiles(Fixture(name)))
                {
                    File.Copy(file, Path.Combine(target.FullName, Path.GetFileName(file)));
                }
            }

            Directory.CreateDirectory(Path.Combine(root, "not-a-pack"));

            var results = RulePackLoader.LoadAll(root);

            Assert.Equal(["Channels", "UsesChannels"], results.Select(r => r.Pack?.Id));
        }
        finally
        {
            Directory.Delete(root, recursive: true);
        }
    }
}
