using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AgentAssist.Bot.Teams;
using AgentAssist.Bot.Tests.Fixtures;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Suggestions;

namespace AgentAssist.Bot.Tests.Checking;

public sealed class CheckCardEndpointsTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task CheckCard_ShoutingRefundOnX_ReturnsTheVerdictAndTheBotsResultCard()
    {
        var body = new { text = "We are VERY sorry. We will refund you today.", channel = "x", customer = new { handle = "@sam_k" } };

        var response = await _client.PostAsJsonAsync("/api/v1/check/card", body);
        var alone = await _client.PostAsJsonAsync("/api/v1/check", body);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        using var verdictAlone = JsonDocument.Parse(await alone.Content.ReadAsStringAsync());
        Assert.True(JsonElement.DeepEquals(verdictAlone.RootElement, json.RootElement.GetProperty("verdict")), "The verdict differs from /api/v1/check's.");
        var draft = new Draft(body.text, "x", Customer: new(Handle: "@sam_k"));
        var verdict = TestGuardrails.Engine.Check(draft);
        var suggestion = TestGuardrails.Suggester.Suggest(new SuggestionRequest(draft, verdict, null)).Suggestion;
        Assert.NotNull(suggestion);
        // @sam_k is no stored customer: the card says the suggestion has no customer context.
        var expected = ResultCardBuilder.Build(verdict, new DraftRequest(body.text, "x", null, "@sam_k"), BotText.English, suggestion, customerContextMissing: true).ToJsonElement();
        Assert.True(JsonElement.DeepEquals(expected, json.RootElement.GetProperty("card")), "The card differs from the bot's result card.");
        Assert.Equal("needsApproval", json.RootElement.GetProperty("verdict").GetProperty("outcome").GetString());
    }

    [Theory]
    [InlineData("Hola, sentimos MUCHO el retraso de tu pedido.", null, "es")]
    [InlineData("Hola, sentimos MUCHO el retraso de tu pedido.", "en", "en")]
    [InlineData("Sorry, your order is VERY late.", "es", "es")]
    public async Task CheckCard_Language_CardSpeaksTheRequestedOrDetectedLanguage(string text, string? language, string cardLanguage)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/check/card", new { text, language });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var card = json.RootElement.GetProperty("card");
        Assert.Equal(cardLanguage, card.GetProperty("lang").GetString());
        var heading = card.GetProperty("body")[0].GetProperty("items")[0].GetProperty("text").GetString();
        Assert.Equal(BotText.For(cardLanguage).Outcome(Outcome.Warn), heading);
    }

    [Fact]
    public async Task CheckCard_DraftLongerThanTeamsTakes_CardIsTheBotsTooLongNotice()
    {
        var text = string.Concat(Enumerable.Repeat("Your order is on its way. ", 200));

        var response = await _client.PostAsJsonAsync("/api/v1/check/card", new { text, language = "en" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("pass", json.RootElement.GetProperty("verdict").GetProperty("outcome").GetString());
        Assert.Contains(BotText.English[BotTextKey.TooLongTitle], json.RootElement.GetProperty("card").GetRawText(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("{\"text\": ", HttpStatusCode.BadRequest, "not valid JSON")]
    [InlineData("{\"channel\": \"x\"}", HttpStatusCode.BadRequest, "'text' is required")]
    [InlineData("{\"text\": \"hi\", \"channel\": \"myspace\"}", HttpStatusCode.BadRequest, "Unknown channel")]
    [InlineData("{\"text\": \"hi\", \"language\": \"fr\"}", HttpStatusCode.BadRequest, "Unsupported language")]
    public async Task CheckCard_BadInput_ReturnsTheSameProblemAsCheck(string body, HttpStatusCode status, string title)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/v1/check/card", content);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(title, json.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task CheckCard_TooMuchText_Returns413()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/check/card", new { text = new string('a', 20_001) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task CheckCard_AnyDraft_NeverWritesTheDraftToTheLog()
    {
        const string secretWord = "Quuxzanzibar";
        var response = await _client.PostAsJsonAsync("/api/v1/check/card", new { text = $"{secretWord} is VERY late. We will refund you.", channel = "x" });
        response.EnsureSuccessStatusCode();

        var lines = factory.Logs.Lines.ToArray();
        Assert.Contains(lines, l => l.Contains("Checked a draft (api)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(secretWord, StringComparison.Ordinal) || l.Contains("VERY", StringComparison.Ordinal) || l.Contains("refund you", StringComparison.Ordinal));
    }
}
