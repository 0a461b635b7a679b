using System.Net.Http.Json;
using System.Text.Json;
using AgentAssist.Bot.Tests.Approvals;
using AgentAssist.Bot.Tests.Fixtures;
using AgentAssist.Core.Approvals;
using Microsoft.Extensions.DependencyInjection;

namespace AgentAssist.Bot.Tests.Review;

/// <summary>
/// One request through every door of the real host on 127.0.0.1 (approvals on, the sample customers in its store):
/// <c>POST /api/v1/check</c>, <c>/check/card</c>, <c>/suggest</c>, a Teams message to <c>/api/messages</c> answered
/// through a loopback connector, and a Teams "Send for approval" click. All must give the same verdict and suggestion,
/// because all go through the one <c>DraftReviewer</c>.
/// </summary>
public sealed class DraftReviewerDoorsTests : IAsyncLifetime
{
    private static readonly HttpClient Http = new();
    private ApprovalHarness _harness = null!;

    private ApprovalBotFactory Host => _harness.Host;

    private LoopbackConnector Connector => _harness.Connector;

    public async Task InitializeAsync() => _harness = await ApprovalHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    // The case: the customer's full name, known only from the store, is flagged by every door or by none.
    [InlineData("Samuel Jones, we emailed you at sam@example.com. We will refund the headphones today.", "x", "en", "@samwise")]
    [InlineData("Sam, we will refund the Nimbus headphones today.", "x", "en", "@samwise")]
    [InlineData("Hola María, te reembolsaremos el importe de la lámpara hoy mismo.", "whatsapp", "es", "@maria_g")]
    [InlineData("We are VERY sorry, we will refund you today.", "public", "en", "@nobody_we_know")]
    public async Task SameRequest_EveryDoor_GivesTheSameVerdictAndSuggestion(string draft, string channel, string language, string handle)
    {
        var body = new { text = draft, channel, language, customer = new { handle } };

        var check = await PostJsonAsync("/api/v1/check", body);
        var checkCard = await PostJsonAsync("/api/v1/check/card", body);
        var suggest = await PostJsonAsync("/api/v1/suggest", body);

        var verdict = Compact(check);
        Assert.Equal(verdict, Compact(checkCard.GetProperty("verdict")));
        Assert.Equal(verdict, Compact(suggest.GetProperty("verdict")));
        var ruleIds = RuleIds(check);
        Assert.NotEmpty(ruleIds);
        var suggestion = suggest.GetProperty("suggestion").GetProperty("text").GetString()!;
        Assert.Equal(suggestion, UsedSuggestion(checkCard.GetProperty("card")));

        using (var message = await Host.PostAsync(TeamsActivities.Message(Connector.ServiceUrl, $"check {channel} {language} {handle}: {draft}")))
        {
            Assert.True(message.IsSuccessStatusCode);
        }

        var teamsCard = (await Connector.WaitForAsync(calls => calls.Count > 0))[0].Card;
        var apiCard = checkCard.GetProperty("card");
        Assert.Equal(CardJson.Heading(apiCard), CardJson.Heading(teamsCard));
        Assert.Equal(CardJson.Highlighted(apiCard), CardJson.Highlighted(teamsCard));
        Assert.Equal(CardJson.Input(apiCard, "text").GetProperty("value").GetString(), CardJson.Input(teamsCard, "text").GetProperty("value").GetString());
        Assert.Equal(suggestion, UsedSuggestion(teamsCard));

        var click = TeamsActivities.CardAction(Connector.ServiceUrl, "requestApproval", new { text = draft, channel, language, customer = handle, ui = language });
        click["replyToId"] = ApprovalFlow.AgentCardId;
        var (_, answer) = await Host.InvokeAsync(click);
        if (check.GetProperty("outcome").GetString() == "block")
        {
            // A blocked draft is not sent to the supervisors: the agent gets the same result card again.
            Assert.Equal(CardJson.Heading(apiCard), CardJson.Heading(answer));
            Assert.Equal(CardJson.Highlighted(apiCard), CardJson.Highlighted(answer));
            return;
        }

        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(Connector);
        var request = (await Host.Services.GetRequiredService<IApprovalStore>().GetAsync(requestId, default))!;
        Assert.Equal(check.GetProperty("outcome").GetString(), request.Outcome switch
        {
            Core.Checking.Outcome.NeedsApproval => "needsApproval",
            var other => other.ToString().ToLowerInvariant(),
        });
        Assert.Equal(ruleIds.Order(StringComparer.Ordinal), request.RuleIds.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(suggestion, request.SuggestedRewrite);
    }

    [Fact]
    public async Task Check_KnownCustomerHandle_FlagsTheStoredFullNameLikeTheOtherDoors()
    {
        // The full name is the customer's identity only with their stored context; next to an email it ties the two.
        var check = await PostJsonAsync("/api/v1/check", new { text = "Samuel Jones, we emailed you at sam@example.com.", channel = "x", customer = new { handle = "@samwise" } });

        Assert.Contains(check.GetProperty("findings").EnumerateArray(), f => f.GetProperty("entityType").GetString() == "PERSON");
    }

    [Theory]
    [InlineData("@nobody_we_know", "unknown")]
    [InlineData("@has space", "malformed")]
    [InlineData("@../../admin", "malformed")]
    public async Task Suggest_HandleWithoutContext_SuggestsWithoutContextAndSaysSo(string handle, string status)
    {
        var suggest = await PostJsonAsync("/api/v1/suggest", new { text = "Your order left our warehouse today.", channel = "x", customer = new { handle } });

        Assert.Equal(JsonValueKind.Null, suggest.GetProperty("customer").ValueKind);
        Assert.Equal(status, suggest.GetProperty("customerContext").GetProperty("status").GetString());
        Assert.Contains("no customer context", suggest.GetProperty("customerContext").GetProperty("note").GetString(), StringComparison.Ordinal);
        var text = suggest.GetProperty("suggestion").GetProperty("text").GetString()!;
        Assert.Contains("Your order left our warehouse today.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", text, StringComparison.Ordinal);
    }

    private static string Compact(JsonElement element) => JsonSerializer.Serialize(element);

    private static List<string> RuleIds(JsonElement verdict) =>
        verdict.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("ruleId").GetString()!).Distinct().ToList();

    private static string? UsedSuggestion(JsonElement card) =>
        CardJson.OfType(card, "Action.Execute")
            .Where(a => a.GetProperty("data").TryGetProperty("text", out _) && a.GetProperty("verb").GetString() == "recheck")
            .Select(a => a.GetProperty("data").GetProperty("text").GetString())
            .SingleOrDefault();

    private async Task<JsonElement> PostJsonAsync(string path, object body)
    {
        using var response = await Http.PostAsJsonAsync(new Uri(Host.BaseAddress(), path), body);
        Assert.True(response.IsSuccessStatusCode, $"{path}: {(int)response.StatusCode}");
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
    }
}
