using System.Text.RegularExpressions;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Rules.Kinds;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Core.Tests.Rules.Kinds;

public sealed class SafeRegexTests
{
    private static (Regex? Regex, List<PackDiagnostic> Problems) Compile(string pattern)
    {
        var problems = new List<PackDiagnostic>();
        var node = new YamlRuleNode("Rule.yaml", new YamlMappingNode(), problems);
        return (SafeRegex.Compile(node, new YamlScalarNode(pattern), pattern, ignoreCase: true), problems);
    }

    [Theory]
    [InlineData("(a+)+$")]
    [InlineData(@"\b(?:we|i)\s+refund\w*")]
    public void Compile_PatternWithoutLookarounds_UsesNonBacktracking(string pattern)
    {
        var (regex, problems) = Compile(pattern);

        Assert.Empty(problems);
        Assert.True(regex!.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.True(regex.Options.HasFlag(RegexOptions.IgnoreCase));
    }

    [Theory]
    [InlineData("refund(?= you)")]
    [InlineData("(?<!not )refund")]
    [InlineData(@"(\w)\1")]
    public void Compile_LookaroundOrBackreference_FallsBackToTimeout(string pattern)
    {
        var (regex, problems) = Compile(pattern);

        Assert.Empty(problems);
        Assert.False(regex!.Options.HasFlag(RegexOptions.NonBacktracking));
        Assert.Equal(TimeSpan.FromMilliseconds(50), regex.MatchTimeout);
    }

    [Fact]
    public void Compile_InvalidPattern_ReportsAndReturnsNull()
    {
        var (regex, problems) = Compile("refund(");

        Assert.Null(regex);
        Assert.StartsWith("the pattern is not a valid regular expression: ", Assert.Single(problems).Message, StringComparison.Ordinal);
    }
}
