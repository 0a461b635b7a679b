namespace AgentAssist.Cli.Tests;

public sealed class RulesCommandTests
{
    private static int RuleFiles(string pack) =>
        Directory.EnumerateFiles(Path.Combine(RepoPaths.Rules, pack), "*.yaml").Count(f => Path.GetFileName(f) != "pack.yaml");

    [Fact]
    public void RulesTest_ThreeBrandPacks_Exit0AndEveryPackOk()
    {
        var result = Cli.Run(["rules", "test", .. Cli.BrandPacks]);

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(string.Empty, result.Error);
        var lines = result.OutputLines;
        Assert.Equal(4, lines.Length);
        Assert.Matches($@"^ok    Brand 1\.0\.0: {RuleFiles("brand")} rules, \d+ examples passed$", lines[0]);
        Assert.Matches($@"^ok    BrandEn 1\.0\.0: {RuleFiles("brand-en")} rules, \d+ examples passed$", lines[1]);
        Assert.Matches($@"^ok    BrandEs 1\.0\.0: {RuleFiles("brand-es")} rules, \d+ examples passed$", lines[2]);
        Assert.Equal($"3 pack(s), {RuleFiles("brand") + RuleFiles("brand-en") + RuleFiles("brand-es")} rules: all good.", lines[3]);
    }

    [Fact]
    public void RulesTest_PackWithFailingExample_Exit2PointingAtTheExample()
    {
        var pack = RepoPaths.FixturePack("FailingExample");
        var rule = Path.Combine(pack, "Rule.yaml");

        var result = Cli.Run("rules", "test", "--pack", pack);

        Assert.Equal(ExitCodes.InvalidPack, result.ExitCode);
        Assert.Equal($"{rule}:7:7: Fixture.Rule should flag this example but does not\n", result.Error);
        Assert.Equal([$"FAIL  {rule}: 1 problem(s)", "1 problem(s) found; packs with problems would be refused."], result.OutputLines);
    }

    [Fact]
    public void RulesTest_BrandEnWithoutBrand_Exit2BecauseItsExamplesNameBrandChannels()
    {
        var result = Cli.Run("rules", "test", "--pack", Path.Combine(RepoPaths.Rules, "brand-en"));

        Assert.Equal(ExitCodes.InvalidPack, result.ExitCode);
        Assert.Contains("example names unknown channel 'email'", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void RulesLint_PackWithFailingExample_Exit0BecauseLintSkipsExamples()
    {
        var result = Cli.Run("rules", "lint", "--pack", RepoPaths.FixturePack("FailingExample"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(["ok    Fixture 0.0.0: 1 rules", "1 pack(s), 1 rules: all good."], result.OutputLines);
        Assert.Equal(string.Empty, result.Error);
    }

    [Theory]
    [InlineData("lint")]
    [InlineData("test")]
    public void Rules_YamlError_Exit2WithFileLineColumn(string command)
    {
        var pack = RepoPaths.FixturePack("YamlError");
        var rule = Path.Combine(pack, "Rule.yaml");

        var result = Cli.Run("rules", command, "--pack", pack);

        Assert.Equal(ExitCodes.InvalidPack, result.ExitCode);
        Assert.Equal($"{rule}:5:2: not valid YAML: While parsing a block mapping, did not find expected key.\n", result.Error);
        Assert.Equal($"FAIL  {rule}: 1 problem(s)", result.OutputLines[0]);
    }

    [Fact]
    public void RulesTest_GoodAndBrokenPackTogether_Exit2AndTheGoodPackStillReportedOk()
    {
        var result = Cli.Run("rules", "lint", "--pack", RepoPaths.FixturePack("FailingExample"), "--pack", RepoPaths.FixturePack("YamlError"));

        Assert.Equal(ExitCodes.InvalidPack, result.ExitCode);
        Assert.Equal("ok    Fixture 0.0.0: 1 rules", result.OutputLines[0]);
        Assert.StartsWith("FAIL  ", result.OutputLines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void RulesLint_SamePackTwice_Exit2BecausePackIdsMustBeUnique()
    {
        var pack = RepoPaths.FixturePack("FailingExample");

        var result = Cli.Run("rules", "lint", "--pack", pack, "--pack", pack);

        Assert.Equal(ExitCodes.InvalidPack, result.ExitCode);
        Assert.Equal("error: Two rule packs have the id 'Fixture'; pack ids must be unique. (Parameter 'packs')\n", result.Error);
    }

    [Fact]
    public void RulesTest_MissingRulesFolder_Exit1()
    {
        var result = Cli.Run("rules", "test", "--rules", Path.Combine(Path.GetTempPath(), "agentassist-tests", "no-such-rules"));

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: No rule pack folder at ", result.Error, StringComparison.Ordinal);
    }
}
