using AgentAssist.Bot.Slack;
using AgentAssist.Bot.Teams;

namespace AgentAssist.Bot.Tests.Slack;

public sealed class SlackTextTests
{
    [Fact]
    public void Get_EveryKey_InEnglishAndSpanish()
    {
        Assert.All(SlackText.Coverage(), c => Assert.True(c.Present, $"{c.Language} has no {c.Key}"));
        Assert.NotEqual(SlackText.Get(BotText.English, SlackTextKey.ModalCancel), SlackText.Get(BotText.Spanish, SlackTextKey.ModalCancel));
    }
}
