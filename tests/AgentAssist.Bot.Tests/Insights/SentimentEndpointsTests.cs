using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace AgentAssist.Bot.Tests.Insights;

public sealed class SentimentEndpointsTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Theory]
    [InlineData("My flight was cancelled and I have been on hold for 2 hours. I will go to the press.", "en", "negative", "complaint,risk")]
    [InlineData("Muchas gracias, todo perfecto 😊", "es", "positive", "")]
    [InlineData("¿A qué hora abre la tienda?", null, "neutral", "")]
    public async Task Analyze_CustomerMessage_ReturnsLabelScoreAndSignals(string text, string? language, string label, string signals)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/sentiment", new { text, language });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal(label, root.GetProperty("label").GetString());
        var score = root.GetProperty("score").GetDouble();
        Assert.InRange(score, -1, 1);
        Assert.Equal(label == "negative", score < 0);
        Assert.Equal(language ?? "es", root.GetProperty("language").GetString());
        Assert.Equal(signals, string.Join(',', root.GetProperty("signals").EnumerateArray().Select(s => s.GetString())));
    }

    [Fact]
    public async Task Analyze_CustomerMessage_NeverLogsItsText()
    {
        const string text = "Zanzibarquux lost my luggage, terrible";
        await _client.PostAsJsonAsync("/api/v1/sentiment", new { text, language = "en" });

        Assert.Contains(factory.Logs.Lines, l => l.Contains("Read a customer message's sentiment: Negative", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains("Zanzibarquux", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("{\"text\": ", HttpStatusCode.BadRequest, "not valid JSON")]
    [InlineData("{\"language\": \"en\"}", HttpStatusCode.BadRequest, "'text' is required")]
    [InlineData("{\"text\": \"   \"}", HttpStatusCode.BadRequest, "'text' is required")]
    [InlineData("{\"text\": \"merci\", \"language\": \"fr\"}", HttpStatusCode.BadRequest, "Unsupported language")]
    public async Task Analyze_BadInput_ReturnsProblemWithClearTitle(string body, HttpStatusCode status, string title)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/v1/sentiment", content);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(title, json.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Analyze_TooLong_Returns413()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/sentiment", new { text = new string('a', 20_001) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }
}
