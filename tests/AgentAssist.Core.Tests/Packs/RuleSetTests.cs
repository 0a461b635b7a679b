using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Rules;

namespace AgentAssist.Core.Tests.Packs;

public sealed class RuleSetTests
{
    private static RulePack Pack(string id, params ChannelProfile[] channels) =>
        new(id, id, "1.0.0", [], channels, Array.Empty<IRule>(), ".");

    [Fact]
    public void TryGetChannel_BuiltInAndPackChannels_FoundIgnoringCase()
    {
        var set = new RuleSet([Pack("A", new ChannelProfile("x", ChannelKind.Public, "X", 280))]);

        Assert.True(set.TryGetChannel("X", out var x));
        Assert.Equal(280, x.MaxLength);
        Assert.True(set.TryGetChannel("private", out var generic));
        Assert.Same(ChannelProfile.GenericPrivate, generic);
        Assert.False(set.TryGetChannel("myspace", out _));
        Assert.Equal(["private", "public", "x"], set.Channels.Select(c => c.Id).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Constructor_SameChannelDefinedDifferently_Throws()
    {
        var error = Assert.Throws<ArgumentException>(() => new RuleSet([
            Pack("A", new ChannelProfile("x", ChannelKind.Public, "X", 280)),
            Pack("B", new ChannelProfile("x", ChannelKind.Public, "X", 140)),
        ]));

        Assert.StartsWith("Channel 'x' is defined differently by two rule packs; define it in one.", error.Message, StringComparison.Ordinal);
    }
}
