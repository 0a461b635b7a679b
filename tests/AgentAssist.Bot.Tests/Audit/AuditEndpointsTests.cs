using System.Net;
using System.Text.Json;
using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Audit;
using AgentAssist.Bot.Tests.Approvals;
using AgentAssist.Bot.Tests.Fixtures;

namespace AgentAssist.Bot.Tests.Audit;

/// <summary>The admin audit export on the real host, after a real approval and a check through Teams.</summary>
public sealed class AuditEndpointsTests : IAsyncLifetime, IDisposable
{
    private static readonly HttpClient Http = new();
    private readonly TempDatabase _database = new();
    private LoopbackConnector _connector = null!;
    private ApprovalBotFactory _host = null!;

    public async Task InitializeAsync()
    {
        _connector = await LoopbackConnector.StartAsync();
        _host = new ApprovalBotFactory(_connector, _database.Path);
        using var check = await _host.PostAsync(TeamsActivities.Message(_connector.ServiceUrl, "Hi Sam, your order left our warehouse this morning."));
        await ApprovalFlow.RequestAsync(_host, _connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_connector);
        await _host.InvokeAsync(ApprovalFlow.Click(_connector, TeamsUser.Ana, ApprovalVerbs.Reject, requestId, "f:reject", reason: "Say \"sorry\", then offer a call, please."));
    }

    public async Task DisposeAsync()
    {
        await _host.DisposeAsync();
        await _connector.DisposeAsync();
    }

    public void Dispose()
    {
        _host.Dispose();
        _database.Dispose();
    }

    [Fact]
    public async Task Export_Json_EveryEventOfTheRangeWithoutCheckDrafts()
    {
        var events = await WaitForEventsAsync(4);

        // The message's check, and the check of the draft sent for approval (checked again, as it will be sent).
        Assert.Equal(["check", "check", "approval-requested", "rejected"], events.Select(e => e.GetProperty("kind").GetString()));
        Assert.All(events.Where(e => e.GetProperty("kind").GetString() == "check"), e => Assert.Equal(JsonValueKind.Null, e.GetProperty("draftText").ValueKind));
        var rejected = events.Single(e => e.GetProperty("kind").GetString() == "rejected");
        Assert.Equal("aad-ana", rejected.GetProperty("actorId").GetString());
        Assert.Equal("Say \"sorry\", then offer a call, please.", rejected.GetProperty("detail").GetString());
        Assert.Contains("BrandEn.Commitments", rejected.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("/api/v1/check")]
    [InlineData("/api/v1/check/card")]
    [InlineData("/api/v1/suggest")]
    public async Task Export_AfterACheckThroughTheApi_HasTheCheckWithoutItsText(string endpoint)
    {
        using var content = new StringContent("""{"text":"We are VERY sorry, Sam.","channel":"x"}""", System.Text.Encoding.UTF8, "application/json");
        using var check = await Http.PostAsync(new Uri(_host.BaseAddress(), endpoint), content);
        Assert.Equal(HttpStatusCode.OK, check.StatusCode);

        var events = await WaitForEventsAsync(4);

        var apiCheck = Assert.Single(events, e => e.GetProperty("actorId").GetString() == "api");
        Assert.Equal("check", apiCheck.GetProperty("kind").GetString());
        Assert.Contains("Brand.Shouting", apiCheck.GetProperty("ruleIds").EnumerateArray().Select(r => r.GetString()));
        Assert.DoesNotContain("VERY", apiCheck.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_Csv_HeaderAndQuotedFields()
    {
        await WaitForEventsAsync(4);

        using var response = await GetAsync("format=csv", AdminOptionsKey());
        var csv = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType!.MediaType);
        Assert.StartsWith("sequence,at,kind,actorId,actorName,teamId,requestId,outcome,ruleIds,draftText,detail\r\n", csv, StringComparison.Ordinal);
        Assert.Contains(",rejected,aad-ana,Ana,care,", csv, StringComparison.Ordinal);
        Assert.Contains("\"Say \"\"sorry\"\", then offer a call, please.\"", csv, StringComparison.Ordinal);
        Assert.Equal(5, csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key-wrong-key-wrong-key-00")]
    [InlineData("test-admin-key-0123456789-abcde")]
    public async Task Export_WithoutTheKey_401(string? key)
    {
        using var response = await GetAsync("format=json", key);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("format=xml")]
    [InlineData("from=yesterday")]
    [InlineData("from=2026-02-01T00:00:00Z&to=2026-01-01T00:00:00Z")]
    public async Task Export_BadQuery_400WithProblem(string query)
    {
        using var response = await GetAsync(query, AdminOptionsKey());

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Fact]
    public async Task Export_RangeBeforeTheEvents_EmptyArray()
    {
        using var response = await GetAsync("from=2020-01-01T00:00:00Z&to=2020-01-02T00:00:00Z", AdminOptionsKey());

        Assert.Equal("[]", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Export_NoKeyConfigured_404SayingHowToEnableIt()
    {
        await using var connector = await LoopbackConnector.StartAsync();
        using var database = new TempDatabase();
        await using var host = new ApprovalBotFactory(connector, database.Path, settings: new Dictionary<string, string?> { ["Admin:ApiKey"] = string.Empty });
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(host.BaseAddress(), "/api/v1/admin/audit"));
        request.Headers.Add(AdminOptions.KeyHeader, ApprovalBotFactory.AdminKey);

        using var response = await Http.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("Admin:ApiKey", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public void KeysMatch_OnlyTheSameKey()
    {
        Assert.True(AdminKeyFilter.KeysMatch(ApprovalBotFactory.AdminKey, ApprovalBotFactory.AdminKey));
        Assert.False(AdminKeyFilter.KeysMatch(ApprovalBotFactory.AdminKey + "x", ApprovalBotFactory.AdminKey));
        Assert.False(AdminKeyFilter.KeysMatch(string.Empty, ApprovalBotFactory.AdminKey));
    }

    private static string AdminOptionsKey() => ApprovalBotFactory.AdminKey;

    private async Task<List<JsonElement>> WaitForEventsAsync(int count)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (true)
        {
            using var response = await GetAsync("format=json", AdminOptionsKey());
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var events = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.EnumerateArray().Select(e => e.Clone()).ToList();
            if (events.Count >= count || DateTime.UtcNow > deadline)
            {
                return events;
            }

            await Task.Delay(50);
        }
    }

    private async Task<HttpResponseMessage> GetAsync(string query, string? key)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(_host.BaseAddress(), "/api/v1/admin/audit?" + query));
        if (key is not null)
        {
            request.Headers.Add(AdminOptions.KeyHeader, key);
        }

        return await Http.SendAsync(request);
    }
}
