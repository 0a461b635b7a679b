using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;

namespace AgentAssist.Bot.Tests.Checking;

public sealed class CheckEndpointsTests(BotApplicationFactory factory) : IClassFixture<BotApplicationFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    [Fact]
    public async Task Check_ShoutingRefundPromiseOnX_ReturnsNeedsApprovalWithSpans()
    {
        const string text = "We are VERY sorry. We will refund the full amount today.";
        var response = await _client.PostAsJsonAsync("/api/v1/check", new { text, channel = "x", language = "en" });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = json.RootElement;
        Assert.Equal("needsApproval", root.GetProperty("outcome").GetString());
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        var shouting = findings.Single(f => f.GetProperty("ruleId").GetString() == "Brand.Shouting");
        Assert.Equal(7, shouting.GetProperty("span").GetProperty("start").GetInt32());
        Assert.Equal("VERY", shouting.GetProperty("span").GetProperty("text").GetString());
        Assert.Contains(findings, f => f.GetProperty("ruleId").GetString() == "BrandEn.Commitments");
    }

    [Fact]
    public async Task Check_SpanishWithoutLanguage_DetectsSpanish()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/check", new { text = "Hola, sentimos mucho el retraso de tu pedido." });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("es", json.RootElement.GetProperty("language").GetString());
        Assert.True(json.RootElement.GetProperty("languageDetected").GetBoolean());
        Assert.Equal("public", json.RootElement.GetProperty("channel").GetProperty("id").GetString());
    }

    [Theory]
    [InlineData("{\"text\": ", "not valid JSON")]
    [InlineData("[1, 2]", "not valid JSON")]
    [InlineData("{\"channel\": \"x\"}", "'text' is required")]
    [InlineData("{\"text\": \"hi\", \"channel\": \"myspace\"}", "Unknown channel")]
    [InlineData("{\"text\": \"hi\", \"language\": \"fr\"}", "Unsupported language")]
    public async Task Check_BadInput_Returns400ProblemWithClearTitle(string body, string title)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");
        var response = await _client.PostAsync("/api/v1/check", content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(title, json.RootElement.GetProperty("title").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Check_TextOverLimit_Returns413()
    {
        var response = await _client.PostAsJsonAsync("/api/v1/check", new { text = new string('a', 20_001) });

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Check_ChunkedBodyOverLimit_Returns413()
    {
        var huge = "{\"text\": \"" + new string('a', 300 * 1024) + "\"}";
        using var content = new StreamContent(new MemoryStream(Encoding.UTF8.GetBytes(huge)));
        content.Headers.ContentType = new("application/json");
        var response = await _client.PostAsync("/api/v1/check", content);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task Check_AnyDraft_NeverWritesTheDraftOrMatchedTextToTheLog()
    {
        const string secretWord = "Zanzibarquux";
        var text = $"{secretWord} is VERY late, kindly wait. Kivo would never.";
        var response = await _client.PostAsJsonAsync("/api/v1/check", new { text, channel = "x" });
        response.EnsureSuccessStatusCode();

        var lines = factory.Logs.Lines.ToArray();
        Assert.Contains(lines, l => l.Contains("Checked a draft", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains(secretWord, StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("VERY", StringComparison.Ordinal) || l.Contains("Kivo", StringComparison.Ordinal) || l.Contains("kindly", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("Write to maria.lopez.1987@gmail.com and we will sort it.", "maria.lopez.1987@gmail.com", "EMAIL_ADDRESS", "en")]
    [InlineData("Te llamamos al 612 34 56 78 esta tarde.", "612 34 56 78", "PHONE_NUMBER", "es")]
    [InlineData("Your card 4111 1111 1111 1111 was charged twice.", "4111 1111 1111 1111", "CREDIT_CARD", "en")]
    public async Task Check_PersonalDataInPublicReply_BlockedMaskedAndNeverLogged(string text, string value, string entity, string language)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/check", new { text, channel = "x", language });

        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("block", json.RootElement.GetProperty("outcome").GetString());
        var finding = json.RootElement.GetProperty("findings").EnumerateArray().First(f => f.TryGetProperty("entityType", out var type) && type.GetString() == entity);
        Assert.DoesNotContain(value, finding.GetProperty("message").GetString(), StringComparison.Ordinal);
        Assert.DoesNotContain(value, json.RootElement.GetProperty("correctedText").GetString(), StringComparison.Ordinal);
        var digits = new string(value.Where(char.IsDigit).ToArray());
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(value, StringComparison.Ordinal) || (digits.Length > 4 && new string(l.Where(char.IsDigit).ToArray()).Contains(digits, StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Channels_Listed_IncludesPackChannelsAndGenericOnes()
    {
        var channels = await _client.GetFromJsonAsync<JsonElement>("/api/v1/channels");

        var ids = channels.EnumerateArray().Select(c => c.GetProperty("id").GetString()).ToList();
        Assert.Contains("x", ids);
        Assert.Contains("whatsapp", ids);
        Assert.Contains("public", ids);
        Assert.Contains("private", ids);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesTheCheckOperation()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var check = document.GetProperty("paths").GetProperty("/api/v1/check").GetProperty("post");
        Assert.Equal("CheckDraft", check.GetProperty("operationId").GetString());
        var responses = check.GetProperty("responses");
        Assert.True(responses.TryGetProperty("200", out _));
        Assert.True(responses.TryGetProperty("400", out _));
        Assert.True(responses.TryGetProperty("413", out _));
        Assert.True(check.GetProperty("requestBody").GetProperty("content").TryGetProperty("application/json", out _));
    }

    [Fact]
    public async Task Health_Running_ReportsHealthy()
    {
        Assert.Equal("Healthy", await _client.GetStringAsync("/health"));
    }

    [Fact]
    public async Task Root_Get_ServesTheTryItPage()
    {
        var html = await _client.GetStringAsync("/");

        Assert.Contains("id=\"check-form\"", html, StringComparison.Ordinal);
        Assert.Contains("app.js", html, StringComparison.Ordinal);
    }
}
