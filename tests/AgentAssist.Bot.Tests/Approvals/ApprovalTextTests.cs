using System.Text.RegularExpressions;
using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Teams;

namespace AgentAssist.Bot.Tests.Approvals;

public sealed partial class ApprovalTextTests
{
    public static TheoryData<string> Keys() => new(Enum.GetNames<ApprovalTextKey>());

    [Theory]
    [MemberData(nameof(Keys))]
    public void Indexer_EveryKey_EnglishAndSpanishWithTheSamePlaceholders(string name)
    {
        var key = Enum.Parse<ApprovalTextKey>(name);
        var english = BotText.English[key];
        var spanish = BotText.Spanish[key];

        Assert.False(string.IsNullOrWhiteSpace(english));
        Assert.False(string.IsNullOrWhiteSpace(spanish));
        Assert.Equal(Placeholders(english), Placeholders(spanish));
    }

    [Fact]
    public void Indexer_Spanish_IsNotEnglish()
    {
        Assert.Equal("Aprobar", BotText.Spanish[ApprovalTextKey.ActionApprove]);
        Assert.Equal("Approve", BotText.English[ApprovalTextKey.ActionApprove]);
    }

    private static List<string> Placeholders(string text) => Placeholder().Matches(text).Select(m => m.Value).Order(StringComparer.Ordinal).ToList();

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
