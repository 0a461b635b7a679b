using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using AgentAssist.BotFramework.Schema;

namespace AgentAssist.BotFramework.Tests.Schema;

public sealed class ActivityTests
{
    private const string TeamsMessage = """
        {
          "type": "message",
          "id": "1712345678901",
          "timestamp": "2025-11-20T10:15:30.123Z",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "channelId": "msteams",
          "from": { "id": "29:user-1", "name": "Agent", "aadObjectId": "00000000-0000-0000-0000-000000000001", "userRole": "user" },
          "conversation": { "id": "19:abc@thread.tacv2;messageid=1", "conversationType": "channel", "tenantId": "t-1", "isGroup": true },
          "recipient": { "id": "28:bot", "name": "AgentAssist" },
          "text": "<at>AgentAssist</at> check this",
          "textFormat": "plain",
          "entities": [ { "type": "mention", "text": "<at>AgentAssist</at>", "mentioned": { "id": "28:bot", "name": "AgentAssist" } } ],
          "channelData": { "tenant": { "id": "t-1" }, "team": { "id": "19:team" } },
          "attachments": [ { "contentType": "text/html", "content": "<p>check this</p>", "x-extra": 1 } ],
          "locale": "en-US",
          "futureField": { "nested": [1, 2, 3] }
        }
        """;

    [Fact]
    public void Deserialize_TeamsMessage_ReadsNamedFields()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotFrameworkJson.Options)!;

        Assert.Equal(ActivityTypes.Message, activity.Type);
        Assert.Equal("msteams", activity.ChannelId);
        Assert.Equal("https://smba.trafficmanager.net/emea/", activity.ServiceUrl);
        Assert.Equal("channel", activity.Conversation!.ConversationType);
        Assert.True(activity.Conversation.IsGroup);
        Assert.Equal("mention", Assert.Single(activity.Entities!).Type);
        Assert.Equal("28:bot", activity.Entities![0].ExtensionData!["mentioned"].GetProperty("id").GetString());
        Assert.Equal(new DateTimeOffset(2025, 11, 20, 10, 15, 30, 123, TimeSpan.Zero), activity.Timestamp);
        Assert.Equal("t-1", ((JsonElement)activity.ChannelData!).GetProperty("tenant").GetProperty("id").GetString());
    }

    [Fact]
    public void RoundTrip_UnknownFields_Preserved()
    {
        var activity = JsonSerializer.Deserialize<Activity>(TeamsMessage, BotFrameworkJson.Options)!;

        var written = JsonNode.Parse(JsonSerializer.Serialize(activity, BotFrameworkJson.Options))!.AsObject();
        var original = JsonNode.Parse(TeamsMessage)!.AsObject();

        // The timestamp is the same instant but written as +00:00 rather than Z.
        Assert.Equal(DateTimeOffset.Parse(original["timestamp"]!.GetValue<string>(), CultureInfo.InvariantCulture), written["timestamp"]!.GetValue<DateTimeOffset>());
        original.Remove("timestamp");
        written.Remove("timestamp");
        Assert.True(JsonNode.DeepEquals(original, written), written.ToJsonString());
    }

    [Fact]
    public void Serialize_NewActivity_CamelCaseWithoutNulls()
    {
        var activity = new Activity
        {
            Type = ActivityTypes.Message,
            ReplyToId = "1",
            Attachments = [new Attachment { ContentType = Attachment.AdaptiveCardContentType, Content = new { type = "AdaptiveCard" } }],
        };

        var json = JsonSerializer.Serialize(activity, BotFrameworkJson.Options);

        Assert.Equal("""{"type":"message","replyToId":"1","attachments":[{"contentType":"application/vnd.microsoft.card.adaptive","content":{"type":"AdaptiveCard"}}]}""", json);
    }
}
