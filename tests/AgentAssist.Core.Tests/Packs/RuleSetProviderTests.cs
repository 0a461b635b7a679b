using AgentAssist.Core.Packs;

namespace AgentAssist.Core.Tests.Packs;

public sealed class RuleSetProviderTests
{
    private static string Fixture(string name) => Path.Combine(RepoPaths.Fixtures, "Packs", name);

    private static RuleSetProvider ProviderWithChannelsPack()
    {
        var provider = new RuleSetProvider(RuleSet.Empty);
        Assert.Empty(provider.TryReplace(RulePackLoader.LoadMany([Fixture("Channels")])));
        return provider;
    }

    [Theory]
    [InlineData("FailingExample")]
    [InlineData("YamlSyntax")]
    [InlineData("UnknownChannel")]
    public void TryReplace_BrokenCandidate_KeepsTheSetInForceAndReturnsItsProblems(string broken)
    {
        var provider = ProviderWithChannelsPack();
        var before = provider.Current;
        var candidate = RulePackLoader.LoadMany([Fixture("Channels"), Path.Combine(Fixture("Broken"), broken)]);

        var problems = provider.TryReplace(candidate);

        Assert.Equal(candidate[1].Diagnostics, problems);
        Assert.NotEmpty(problems);
        Assert.Same(before, provider.Current);
        Assert.Equal(["Channels"], provider.Current.Packs.Select(p => p.Id));
    }

    [Fact]
    public void TryReplace_ValidCandidate_SwapsToIt()
    {
        var provider = ProviderWithChannelsPack();

        var problems = provider.TryReplace(RulePackLoader.LoadMany([Fixture("Channels"), Fixture("UsesChannels")]));

        Assert.Empty(problems);
        Assert.Equal(["Channels", "UsesChannels"], provider.Current.Packs.Select(p => p.Id));
        Assert.True(provider.Current.TryGetChannel("sms", out var sms));
        Assert.Equal(160, sms.MaxLength);
        Assert.Equal(["en"], provider.Current.Languages);
    }

    [Fact]
    public void TryReplace_TwoPacksWithTheSameId_RefusedAndKeepsTheSetInForce()
    {
        var provider = ProviderWithChannelsPack();
        var before = provider.Current;
        var channels = RulePackLoader.Load(Fixture("Channels"));

        var problems = provider.TryReplace([channels, channels]);

        Assert.Equal("Two rule packs have the id 'Channels'; pack ids must be unique. (Parameter 'packs')", Assert.Single(problems).Message);
        Assert.Same(before, provider.Current);
    }
}
