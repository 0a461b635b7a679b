using System.Net;
using System.Net.Http.Json;
using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Tests.Approvals;
using AgentAssist.Bot.Tests.Fixtures;

namespace AgentAssist.Bot.Tests.Security;

/// <summary>
/// Must-show 6 and issue #12 finding 6: a full run — checks and suggestions over HTTP with the CRM as the customer
/// source, a draft in Teams, an approval asked for and decided — with every component logging at the most verbose
/// level, HttpClient included; not one log line carries the handle, email address, phone number or name it used.
/// </summary>
public sealed class LogPrivacyTests : IAsyncLifetime
{
    private const string Handle = "maria.lopez@example.com";
    private const string Phone = "+34 612 345 678";
    private const string Name = "Marisol Quintanilla";
    private const string Draft = $"Hi {Name}, we will refund you today. Call us on {Phone} or write to {Handle}.";

    private LoopbackCrm _crm = null!;
    private ApprovalHarness _harness = null!;

    public async Task InitializeAsync()
    {
        _crm = await LoopbackCrm.StartAsync();
        _crm.Customers[Handle] = $$"""{ "id": "CRM-42", "handle": "{{Handle}}", "preferredName": "{{Name}}", "language": "en" }""";
        _harness = await ApprovalHarness.StartAsync(_ => new Dictionary<string, string?>
        {
            ["Customers:Source"] = "Crm",
            ["Customers:Crm:UrlTemplate"] = _crm.UrlTemplate,
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft"] = "Trace",
            ["Logging:LogLevel:System"] = "Trace",
        });
    }

    public async Task DisposeAsync()
    {
        await _harness.DisposeAsync();
        await _crm.DisposeAsync();
    }

    [Fact]
    public async Task FullRun_CheckSuggestTeamsAndApproval_NoPersonalDataInAnyLogLine()
    {
        var (host, connector) = (_harness.Host, _harness.Connector);
        using var http = new HttpClient { BaseAddress = host.BaseAddress() };
        var body = new { text = Draft, channel = "x", language = "en", customer = new { handle = Handle } };
        using (var check = await http.PostAsJsonAsync("/api/v1/check", body))
        {
            Assert.Equal(HttpStatusCode.OK, check.StatusCode);
        }

        using (var suggest = await http.PostAsJsonAsync("/api/v1/suggest", body))
        {
            Assert.Equal(HttpStatusCode.OK, suggest.StatusCode);
            Assert.Contains("CRM-42", await suggest.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Assert.NotEmpty(_crm.Requests);
        using (var message = await host.PostAsync(TeamsActivities.Message(connector.ServiceUrl, Draft, id: "draft-1")))
        {
            Assert.Equal(HttpStatusCode.OK, message.StatusCode);
        }

        var request = TeamsActivities.CardAction(connector.ServiceUrl, "requestApproval", new { text = Draft, channel = "whatsapp", ui = "en", customer = Handle });
        request["replyToId"] = ApprovalFlow.AgentCardId;
        await host.InvokeAsync(request);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(connector);
        await host.InvokeAsync(ApprovalFlow.Click(connector, TeamsUser.Ana, ApprovalVerbs.Approve, requestId, "f:ana-approve"));
        await connector.WaitForAsync(calls => calls.Any(c => c.Method == "PUT"));

        var lines = host.Logs.Lines.ToArray();
        Assert.Contains(lines, l => l.StartsWith("AgentAssist.Bot.Security.HostOnlyHttpClientLogger", StringComparison.Ordinal));
        string[] personal = [Handle, "maria.lopez", "612 345 678", "612345678", Name, "Quintanilla", "Marisol"];
        var leaks = lines.Where(l => personal.Any(p => l.Contains(p, StringComparison.OrdinalIgnoreCase))).ToArray();
        Assert.True(leaks.Length == 0, "Personal data in the logs:" + Environment.NewLine + string.Join(Environment.NewLine, leaks.Take(10)));
    }
}
