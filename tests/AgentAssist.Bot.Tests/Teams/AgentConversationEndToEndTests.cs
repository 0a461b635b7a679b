using System.Net;
using System.Text;
using System.Text.Json;
using AgentAssist.Bot.Tests.Fixtures;

namespace AgentAssist.Bot.Tests.Teams;

/// <summary>
/// The agent's conversation through the real host on 127.0.0.1: activities go to <c>/api/messages</c> as Teams sends
/// them, and the bot's replies are read from a loopback connector, or from the invoke's HTTP answer.
/// </summary>
public sealed class AgentConversationEndToEndTests(KestrelBotFactory factory) : IClassFixture<KestrelBotFactory>, IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private LoopbackConnector _connector = null!;

    public async Task InitializeAsync() => _connector = await LoopbackConnector.StartAsync();

    public async Task DisposeAsync() => await _connector.DisposeAsync();

    [Fact]
    public async Task Message_EnglishDraft_RepliesWithResultCardHighlightingTheProblem()
    {
        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "We are VERY sorry. We will refund the full amount today."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal("POST", call.Method);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(TeamsActivities.ConversationId)}/activities/1712345678901", call.RawTarget);
        var reply = call.Body!.Value;
        Assert.Equal("message", reply.GetProperty("type").GetString());
        Assert.Equal(TeamsActivities.AgentId, reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.Equal("application/vnd.microsoft.card.adaptive", reply.GetProperty("attachments")[0].GetProperty("contentType").GetString());

        var card = call.Card;
        Assert.Equal("1.5", card.GetProperty("version").GetString());
        Assert.Equal("Needs a supervisor's approval", CardJson.Heading(card));
        Assert.Contains("VERY", CardJson.Highlighted(card));
        var veryRun = CardJson.OfType(card, "TextRun").First(r => r.GetProperty("text").GetString() == "VERY");
        Assert.Equal("attention", veryRun.GetProperty("color").GetString());
        Assert.Equal("Public post (any network)", CardJson.Fact(card, "Channel"));
        Assert.Contains(CardVerbsOf(card), v => v == "requestApproval");
        Assert.Contains("We are very sorry.", CardJson.Input(card, "text").GetProperty("value").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_SpanishDraft_RepliesInSpanish()
    {
        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "Hola, sentimos mucho el retraso de tu pedido. Te reembolsaremos el importe completo hoy.", locale: "en-US"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(_connector.Calls).Card;
        Assert.Equal("es", card.GetProperty("lang").GetString());
        Assert.Equal("Necesita la aprobación de un supervisor", CardJson.Heading(card));
        Assert.Equal("Español (detectado)", CardJson.Fact(card, "Idioma"));
        Assert.Contains(CardJson.Highlighted(card), h => h.Contains("reembolsaremos", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("Enviar para aprobación", CardJson.Action(card, "requestApproval").GetProperty("title").GetString());
    }

    [Fact]
    public async Task Message_CheckCommandWithChannelLanguageAndCustomer_ChecksWithThoseOptions()
    {
        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "check x es @maria_g: Hola María, ¡tu pedido ya salió! 😊🎉🎉"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(_connector.Calls).Card;
        Assert.Equal("X (Twitter), público", CardJson.Fact(card, "Canal"));
        Assert.Equal("Español", CardJson.Fact(card, "Idioma"));
        Assert.Contains("@maria_g", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Contains("Brand.Emoji", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.DoesNotContain("check x es", CardJson.Input(card, "text").GetProperty("value").GetString(), StringComparison.Ordinal);
        var recheck = CardJson.Action(card, "recheck").GetProperty("data");
        Assert.Equal("x", recheck.GetProperty("channel").GetString());
        Assert.Equal("es", recheck.GetProperty("language").GetString());
        Assert.Equal("@maria_g", recheck.GetProperty("customer").GetString());
    }

    [Fact]
    public async Task Message_KnownCustomer_SuggestionGreetsThemByTheirPreferredName()
    {
        // @maria_g is in the sample customers the host loads into its empty store; the draft does not name her.
        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "check whatsapp es @maria_g: Tu pedido sale mañana."));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(_connector.Calls).Card;
        var suggestion = CardJson.OfType(card, "Action.Execute").Single(a => a.GetProperty("title").GetString() == "Usar sugerencia").GetProperty("data").GetProperty("text").GetString();
        Assert.Contains("María", suggestion, StringComparison.Ordinal);
        Assert.Contains("Tu pedido sale mañana.", suggestion, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Invoke_RecheckEditedDraft_AnswersWithUpdatedCardInTheHttpResponse()
    {
        var data = new { channel = "x", ui = "en", text = "Hi Sam, your order left our warehouse this morning and should reach you by Thursday." };

        using var response = await PostAsync(TeamsActivities.CardAction(_connector.ServiceUrl, "recheck", data));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(200, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.card.adaptive", body.RootElement.GetProperty("type").GetString());
        var card = body.RootElement.GetProperty("value");
        Assert.Equal("AdaptiveCard", card.GetProperty("type").GetString());
        Assert.Equal("Ready to send", CardJson.Heading(card));
        Assert.Equal("X (Twitter), public", CardJson.Fact(card, "Channel"));
        Assert.DoesNotContain("requestApproval", CardVerbsOf(card));
        Assert.Empty(_connector.Calls);
    }

    [Fact]
    public async Task Invoke_FormCheck_AnswersWithResultCard()
    {
        var data = new { ui = "en", text = "Please calm down, we are looking into it.", channel = "whatsapp", language = "auto", customer = "" };

        using var response = await PostAsync(TeamsActivities.CardAction(_connector.ServiceUrl, "check", data));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var card = body.RootElement.GetProperty("value");
        Assert.Equal("Do not send this reply", CardJson.Heading(card));
        Assert.Contains("calm down", CardJson.Highlighted(card));
        Assert.Equal("WhatsApp, private", CardJson.Fact(card, "Channel"));
    }

    [Fact]
    public async Task Invoke_RequestApproval_SaysApprovalsAreNotEnabled()
    {
        var data = new { text = "We will refund the full amount today.", channel = "x", ui = "en" };

        using var response = await PostAsync(TeamsActivities.CardAction(_connector.ServiceUrl, "requestApproval", data));

        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var card = body.RootElement.GetProperty("value");
        Assert.Equal("Approvals are not enabled yet", CardJson.Heading(card));
        Assert.Contains("nothing was sent and no supervisor was asked", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.DoesNotContain("approved", CardJson.AllText(card), StringComparison.OrdinalIgnoreCase);
        var back = CardJson.Action(card, "recheck");
        Assert.Equal("We will refund the full amount today.", back.GetProperty("data").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Invoke_WithoutVerb_AnswersBadRequestInTheBody()
    {
        var activity = TeamsActivities.CardAction(_connector.ServiceUrl, "check", new { });
        activity["value"] = new { action = new { type = "Action.Execute" } };

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(400, body.RootElement.GetProperty("statusCode").GetInt32());
        Assert.Equal("application/vnd.microsoft.error", body.RootElement.GetProperty("type").GetString());
    }

    [Fact]
    public async Task Install_ConversationUpdateThenInstallationUpdate_OneWelcomeCard()
    {
        const string conversationId = "a:install-test-1";

        using var added = await PostAsync(TeamsActivities.BotAdded(_connector.ServiceUrl, conversationId: conversationId));
        using var installed = await PostAsync(TeamsActivities.Installed(_connector.ServiceUrl, conversationId: conversationId));

        Assert.Equal(HttpStatusCode.OK, added.StatusCode);
        Assert.Equal(HttpStatusCode.OK, installed.StatusCode);
        var call = Assert.Single(_connector.Calls);
        Assert.Equal($"/v3/conversations/{Uri.EscapeDataString(conversationId)}/activities", call.RawTarget);
        Assert.Equal("Hi, I'm AgentAssist", CardJson.Heading(call.Card));
        Assert.Contains("check [channel] [language] [@customer]: draft", CardJson.AllText(call.Card), StringComparison.Ordinal);
        Assert.Contains("form", CardVerbsOf(call.Card));
        Assert.Contains(CardJson.OfType(call.Card, "Action.ShowCard"), a => a.GetProperty("title").GetString() == "Example, channels and languages");
    }

    [Fact]
    public async Task Install_InstallationUpdateWithSpanishLocale_SpanishWelcome()
    {
        using var installed = await PostAsync(TeamsActivities.Installed(_connector.ServiceUrl, locale: "es-ES", conversationId: "a:install-test-es"));

        Assert.Equal("Hola, soy AgentAssist", CardJson.Heading(Assert.Single(_connector.Calls).Card));
    }

    [Fact]
    public async Task Install_OtherMemberAdded_NoWelcome()
    {
        var activity = TeamsActivities.BotAdded(_connector.ServiceUrl, conversationId: "a:install-test-other");
        activity["membersAdded"] = new[] { new { id = "29:someone-else" } };

        using var response = await PostAsync(activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_connector.Calls);
    }

    [Theory]
    [InlineData("/foo", true)]
    [InlineData("/settings please", true)]
    [InlineData("help", false)]
    public async Task Message_CommandOrHelp_RepliesWithHelpCard(string text, bool saysUnknown)
    {
        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, text));

        var card = Assert.Single(_connector.Calls).Card;
        Assert.Equal("What I can do", CardJson.Heading(card));
        Assert.Equal(saysUnknown, CardJson.AllText(card).Contains("I don't know that command.", StringComparison.Ordinal));
        Assert.Contains("check [channel] [language] [@customer]: draft", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_Ayuda_SpanishHelp()
    {
        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "ayuda"));

        Assert.Equal("Qué puedo hacer", CardJson.Heading(Assert.Single(_connector.Calls).Card));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(null)]
    public async Task Message_Empty_FriendlyErrorWithTheForm(string? text)
    {
        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var card = Assert.Single(_connector.Calls).Card;
        Assert.Equal("I didn't get a draft", CardJson.Heading(card));
        Assert.Contains("form", CardVerbsOf(card));
    }

    [Fact]
    public async Task Message_OnlyTheBotMention_FriendlyErrorInTheLocale()
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "<at>AgentAssist</at>\u00A0", locale: "es-MX");
        activity["entities"] = new[]
        {
            new { type = "mention", text = "<at>AgentAssist</at>", mentioned = new { id = TeamsActivities.BotId, name = "AgentAssist" } },
        };

        using var response = await PostAsync(activity);

        Assert.Equal("No me ha llegado ningún borrador", CardJson.Heading(Assert.Single(_connector.Calls).Card));
    }

    [Fact]
    public async Task Message_MentionThenDraft_ChecksTheDraftWithoutTheMention()
    {
        var activity = TeamsActivities.Message(_connector.ServiceUrl, "<at>AgentAssist</at> Kindly send us a DM.");
        activity["entities"] = new[]
        {
            new { type = "mention", text = "<at>AgentAssist</at>", mentioned = new { id = TeamsActivities.BotId, name = "AgentAssist" } },
        };

        using var response = await PostAsync(activity);

        var card = Assert.Single(_connector.Calls).Card;
        Assert.Equal("Please send us a DM.", CardJson.Input(card, "text").GetProperty("value").GetString());
        Assert.DoesNotContain("<at>", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_Form_RepliesWithTheForm()
    {
        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "form"));

        var card = Assert.Single(_connector.Calls).Card;
        Assert.Equal("Check a draft", CardJson.Heading(card));
        Assert.Equal(["check"], CardVerbsOf(card));
        Assert.Contains(CardJson.Input(card, "channel").GetProperty("choices").EnumerateArray(), c => c.GetProperty("value").GetString() == "whatsapp");
    }

    [Fact]
    public async Task Message_TooLong_SaysTheLimit()
    {
        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, string.Concat(Enumerable.Repeat("Thanks for waiting. ", 250))));

        var card = Assert.Single(_connector.Calls).Card;
        Assert.Equal("This draft is too long", CardJson.Heading(card));
        Assert.Contains("4,000", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Message_AnyDraft_NeverWritesTheDraftToTheLog()
    {
        const string secretWord = "Zanzibarquux";

        using var response = await PostAsync(TeamsActivities.Message(_connector.ServiceUrl, $"check x en @secret_handle: {secretWord} is VERY late, kindly wait. Kivo would never."));
        using var invoke = await PostAsync(TeamsActivities.CardAction(_connector.ServiceUrl, "recheck", new { text = secretWord + " again", channel = "x", ui = "en" }));

        Assert.Equal(HttpStatusCode.OK, invoke.StatusCode);
        var lines = factory.Logs.Lines.ToArray();
        Assert.Contains(lines, l => l.Contains("Checked a draft (teams)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(secretWord, StringComparison.Ordinal) || l.Contains("secret_handle", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("VERY", StringComparison.Ordinal) || l.Contains("Kivo", StringComparison.Ordinal) || l.Contains("kindly", StringComparison.Ordinal));
    }

    private static List<string> CardVerbsOf(JsonElement card) => CardJson.Verbs(card);

    private async Task<HttpResponseMessage> PostAsync(object activity)
    {
        using var content = new StringContent(JsonSerializer.Serialize(activity), Encoding.UTF8, "application/json");
        return await Http.PostAsync(factory.MessagesUrl, content);
    }
}
