using AgentAssist.Slack.Events;

namespace AgentAssist.Slack.Tests.Events;

public sealed class SlackMessageTextTests
{
    [Theory]
    [InlineData("Write to &lt;support&gt; &amp; us", false, "Write to <support> & us")]
    [InlineData("<@U0BOT> check x es: Hola", true, "check x es: Hola")]
    [InlineData("<@U0BOT|agentassist> help", true, "help")]
    [InlineData("ask <@U0ANA|ana> in <#C01|general>", false, "ask @ana in #general")]
    [InlineData("mail <mailto:maria.garcia@example.com|maria.garcia@example.com> today", false, "mail maria.garcia@example.com today")]
    [InlineData("see <https://example.com/order/4471>", false, "see https://example.com/order/4471")]
    [InlineData("hello <!here>", false, "hello @here")]
    [InlineData("", false, "")]
    public void ToPlainText_SlackMarkup_TextAsTyped(string text, bool dropLeadingMention, string expected)
    {
        Assert.Equal(expected, SlackMessageText.ToPlainText(text, dropLeadingMention));
    }
}
