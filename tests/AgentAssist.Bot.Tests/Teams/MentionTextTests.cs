using System.Text.Json;
using AgentAssist.Bot.Teams;
using AgentAssist.BotFramework.Schema;

namespace AgentAssist.Bot.Tests.Teams;

public sealed class MentionTextTests
{
    private static Activity Message(string text, params (string Id, string Markup)[] mentions) => JsonSerializer.Deserialize<Activity>(
        JsonSerializer.Serialize(new
        {
            type = "message",
            text,
            recipient = new { id = "28:bot", name = "AgentAssist" },
            entities = mentions.Select(m => new { type = "mention", text = m.Markup, mentioned = new { id = m.Id, name = "x" } }),
        }),
        BotFrameworkJson.Options)!;

    [Fact]
    public void Read_BotMentionEntity_Removed()
    {
        Assert.Equal("check this", MentionText.Read(Message("<at>AgentAssist</at> check this", ("28:bot", "<at>AgentAssist</at>"))));
    }

    [Fact]
    public void Read_RenamedBotMention_RemovedByEntity()
    {
        Assert.Equal("Hi Sam", MentionText.Read(Message("<at>Guardrails</at>\u00A0Hi Sam", ("28:bot", "<at>Guardrails</at>"))));
    }

    [Fact]
    public void Read_BotMentionWithoutEntity_RemovedByName()
    {
        Assert.Equal("help", MentionText.Read(Message("<at>AgentAssist</at> help")));
    }

    [Fact]
    public void Read_OtherPersonMentioned_KeepsTheName()
    {
        Assert.Equal("Hi Maria, we are on it", MentionText.Read(Message("<at>AgentAssist</at> Hi <at>Maria</at>, we are on it", ("28:bot", "<at>AgentAssist</at>"), ("29:maria", "<at>Maria</at>"))));
    }

    [Fact]
    public void Read_OnlyTheMention_Empty()
    {
        Assert.Equal(string.Empty, MentionText.Read(Message("<at>AgentAssist</at>\u00A0", ("28:bot", "<at>AgentAssist</at>"))));
    }
}
