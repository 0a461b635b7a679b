using System.Text.Json;
using System.Text.Json.Nodes;
using AgentAssist.BotFramework.Cards;
using AgentAssist.BotFramework.Schema;

namespace AgentAssist.BotFramework.Tests.Cards;

public sealed class AdaptiveCardTests
{
    [Fact]
    public void ToJson_Elements_TypeDiscriminatorFirstCamelCaseEnumsAndNoNulls()
    {
        var card = new AdaptiveCard(
        [
            new TextBlock("Hello") { Size = TextSize.ExtraLarge, Color = TextColor.Attention, Style = TextBlockStyle.Heading, Wrap = true },
            new RichTextBlock([new TextRun("VERY") { Highlight = true, Color = TextColor.Attention }]),
            new TextInput("text") { Label = "Draft", IsMultiline = true },
            new ChoiceSetInput("channel", [new Choice("X", "x")]) { Style = ChoiceInputStyle.Filtered },
        ])
        {
            Actions = [new ExecuteAction("Check", "check") { Data = new { ui = "en" }, AssociatedInputs = AssociatedInputs.None }],
        };

        var json = JsonNode.Parse(card.ToJson())!.AsObject();

        Assert.Equal(["$schema", "type", "version", "body", "actions"], json.Select(p => p.Key));
        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", (string?)json["$schema"]);
        Assert.Equal("1.5", (string?)json["version"]);
        var body = json["body"]!.AsArray();
        AssertJson("""{"type":"TextBlock","text":"Hello","color":"attention","size":"extraLarge","wrap":true,"style":"heading"}""", body[0]);
        AssertJson("""{"type":"RichTextBlock","inlines":[{"type":"TextRun","text":"VERY","color":"attention","highlight":true}]}""", body[1]);
        AssertJson("""{"type":"Input.Text","id":"text","label":"Draft","isMultiline":true}""", body[2]);
        AssertJson("""{"type":"Input.ChoiceSet","id":"channel","choices":[{"title":"X","value":"x"}],"style":"filtered"}""", body[3]);
        AssertJson("""{"type":"Action.Execute","title":"Check","verb":"check","data":{"ui":"en"},"associatedInputs":"none"}""", json["actions"]![0]);
    }

    [Fact]
    public void ToJson_ColumnWidths_KeywordsNumbersAndPixels()
    {
        var card = new AdaptiveCard(
        [
            new ColumnSet(
            [
                new Column([]) { Width = ColumnWidth.Auto },
                new Column([]) { Width = ColumnWidth.Stretch },
                new Column([]) { Width = ColumnWidth.Relative(2) },
                new Column([]) { Width = ColumnWidth.Pixels(50) },
            ]),
        ]);

        var columns = JsonNode.Parse(card.ToJson())!["body"]![0]!["columns"]!.AsArray();

        Assert.Equal(["\"auto\"", "\"stretch\"", "2", "\"50px\""], columns.Select(c => c!["width"]!.ToJsonString()));
        Assert.All(columns, c => Assert.Equal("Column", (string?)c!["type"]));
    }

    [Fact]
    public void ToJson_ShowCardWithInlineCard_InnerCardHasNoSchemaOrVersion()
    {
        var card = new AdaptiveCard([new TextBlock("Outer")])
        {
            Actions = [new ShowCardAction("More", new AdaptiveCard([new TextBlock("Inner")]) { Schema = null, Version = null })],
        };

        var inner = JsonNode.Parse(card.ToJson())!["actions"]![0]!["card"]!.AsObject();

        AssertJson("""{"type":"AdaptiveCard","body":[{"type":"TextBlock","text":"Inner"}]}""", inner);
    }

    [Fact]
    public void ToJson_Refresh_ExecuteActionAndUserIdsAfterTheActions()
    {
        var card = new AdaptiveCard([new TextBlock("Pending")])
        {
            Refresh = new CardRefresh(new ExecuteAction("Refresh", "approvalRefresh") { Data = new { request = "r1" } }) { UserIds = ["29:ana", "29:luis"] },
        };

        var json = JsonNode.Parse(card.ToJson())!.AsObject();

        Assert.Equal(["$schema", "type", "version", "body", "refresh"], json.Select(p => p.Key));
        AssertJson("""{"action":{"type":"Action.Execute","title":"Refresh","verb":"approvalRefresh","data":{"request":"r1"}},"userIds":["29:ana","29:luis"]}""", json["refresh"]);
    }

    [Fact]
    public void ToJson_RefreshWithEmptyUserIds_KeepsTheEmptyList()
    {
        var card = new AdaptiveCard([new TextBlock("Pending")]) { Refresh = new CardRefresh(new ExecuteAction("Refresh", "r")) { UserIds = [] } };

        Assert.Empty(JsonNode.Parse(card.ToJson())!["refresh"]!["userIds"]!.AsArray());
    }

    [Fact]
    public void ToJson_SubmitAction_DiscriminatorAndData()
    {
        var json = new AdaptiveCard([new ActionSet([new SubmitAction("Send") { Data = new { verb = "send" }, Style = ActionStyle.Positive }])]).ToJson();

        AssertJson("""{"type":"ActionSet","actions":[{"type":"Action.Submit","title":"Send","style":"positive","data":{"verb":"send"}}]}""", JsonNode.Parse(json)!["body"]![0]);
    }

    [Fact]
    public void ToJson_Text_KeptExactlyEvenWithEmojiAndQuotes()
    {
        const string text = "¡Hola \"María\"! 😊 <at>x</at>";

        var json = new AdaptiveCard([new RichTextBlock([new TextRun(text)])]).ToJson();

        Assert.Equal(text, JsonNode.Parse(json)!["body"]![0]!["inlines"]![0]!["text"]!.GetValue<string>());
    }

    [Fact]
    public void RoundTrip_PolymorphicElements_ReadBackAsTheSameTypes()
    {
        var card = new AdaptiveCard([new Container([new TextBlock("a"), new FactSet([new Fact("k", "v")])]) { Style = ContainerStyle.Good }]);

        var read = JsonSerializer.Deserialize<AdaptiveCard>(card.ToJson(), AdaptiveCardJson.Options)!;

        var container = Assert.IsType<Container>(Assert.Single(read.Body));
        Assert.Equal(ContainerStyle.Good, container.Style);
        Assert.IsType<TextBlock>(container.Items[0]);
        Assert.Equal(new Fact("k", "v"), Assert.Single(Assert.IsType<FactSet>(container.Items[1]).Facts));
    }

    [Fact]
    public void ToAttachment_AdaptiveCardContentTypeAndSameJsonThroughTheConnectorOptions()
    {
        var card = new AdaptiveCard([new TextBlock("Hi") { Weight = TextWeight.Bolder }]);

        var attachment = card.ToAttachment();

        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        var written = JsonNode.Parse(JsonSerializer.Serialize(new Activity { Type = "message", Attachments = [attachment] }, BotFrameworkJson.Options))!;
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(card.ToJson()), written["attachments"]![0]!["content"]));
    }

    [Fact]
    public void InvokeResponse_Card_UniversalActionsShape()
    {
        var response = AdaptiveCardInvokeResponse.Card(new AdaptiveCard([new TextBlock("Updated")]));

        Assert.Equal(200, response.Status);
        var body = JsonNode.Parse(JsonSerializer.Serialize(response.Body, BotFrameworkJson.Options))!;
        Assert.Equal(200, (int)body["statusCode"]!);
        Assert.Equal("application/vnd.microsoft.card.adaptive", (string?)body["type"]);
        Assert.Equal("Updated", (string?)body["value"]!["body"]![0]!["text"]);
    }

    [Fact]
    public void InvokeResponse_BadRequest_ErrorInTheBodyWithHttp200()
    {
        var response = AdaptiveCardInvokeResponse.BadRequest("BadRequest", "No verb.");

        Assert.Equal(200, response.Status);
        Assert.Equal(
            """{"statusCode":400,"type":"application/vnd.microsoft.error","value":{"code":"BadRequest","message":"No verb."}}""",
            JsonSerializer.Serialize(response.Body, BotFrameworkJson.Options));
    }

    [Fact]
    public void InvokeResponse_Message_ActivityMessageType()
    {
        var body = JsonSerializer.Serialize(AdaptiveCardInvokeResponse.Message("Done").Body, BotFrameworkJson.Options);

        Assert.Equal("""{"statusCode":200,"type":"application/vnd.microsoft.activity.message","value":"Done"}""", body);
    }

    /// <summary>Same JSON, property order aside; the type discriminator must still come first.</summary>
    private static void AssertJson(string expected, JsonNode? actual)
    {
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(expected), actual), actual?.ToJsonString());
        if (actual is JsonObject { Count: > 0 } obj && obj.ContainsKey("type"))
        {
            Assert.Equal("type", obj.First().Key);
        }
    }

    [Fact]
    public void Inputs_WithoutId_Refused()
    {
        Assert.Throws<ArgumentException>(() => new TextInput(" "));
        Assert.Throws<ArgumentException>(() => new ChoiceSetInput("", []));
    }
}
