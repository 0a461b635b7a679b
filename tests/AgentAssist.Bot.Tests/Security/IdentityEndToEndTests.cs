using System.Text.Json;
using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Tests.Approvals;
using AgentAssist.Bot.Tests.Fixtures;
using AgentAssist.Core.Approvals;
using Microsoft.Extensions.DependencyInjection;

namespace AgentAssist.Bot.Tests.Security;

/// <summary>
/// Issue #12 findings 1 and 3 through the real host: people are identified only by Teams (<c>channelId</c> msteams) with
/// a Microsoft Entra object id; a caller who reaches the bot on Web Chat, Direct Line or the emulator, or without an
/// object id, picks their own <c>from.id</c> and so is politely refused; a request's draft is shown unmasked only to
/// the agent who asked.
/// </summary>
public sealed class IdentityEndToEndTests : IAsyncLifetime
{
    private const string Refusal = "Please use Microsoft Teams. Sorry, I check drafts and take approval decisions only in Microsoft Teams";

    private ApprovalHarness _harness = null!;

    public async Task InitializeAsync() => _harness = await ApprovalHarness.StartAsync();

    public async Task DisposeAsync() => await _harness.DisposeAsync();

    [Theory]
    [InlineData("webchat", true)]
    [InlineData("directline", true)]
    [InlineData("emulator", true)]
    [InlineData("msteams", false)]
    public async Task Approve_AsASupervisorFromAnotherChannelOrWithoutObjectId_RefusedAndStillPending(string channelId, bool withObjectId)
    {
        await ApprovalFlow.RequestAsync(_harness.Host, _harness.Connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_harness.Connector);
        var click = Impersonate(ApprovalFlow.Click(_harness.Connector, TeamsUser.Ana, ApprovalVerbs.Approve, requestId, "f:forged"), channelId, withObjectId);

        var (type, message) = await _harness.Host.InvokeAsync(click);

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.StartsWith(Refusal, message.GetString(), StringComparison.Ordinal);
        Assert.True((await Store().GetAsync(requestId, default))!.IsPending);
    }

    [Fact]
    public async Task Approve_OwnRequestUnderAnotherIdOnDirectLine_Refused()
    {
        await ApprovalFlow.RequestAsync(_harness.Host, _harness.Connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_harness.Connector);
        // The agent, asking as themselves in Teams, then claims to be Ana with Ana's object id on Direct Line.
        var click = ApprovalFlow.Click(_harness.Connector, TeamsUser.Ana, ApprovalVerbs.Approve, requestId, "f:self-approve");
        click["channelId"] = "directline";

        var (_, message) = await _harness.Host.InvokeAsync(click);

        Assert.StartsWith(Refusal, message.GetString(), StringComparison.Ordinal);
        Assert.True((await Store().GetAsync(requestId, default))!.IsPending);
    }

    [Fact]
    public async Task Withdraw_AnotherAgentsRequestFromWebChat_Refused()
    {
        await ApprovalFlow.RequestAsync(_harness.Host, _harness.Connector);
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_harness.Connector);
        var click = Impersonate(ApprovalFlow.AgentClick(_harness.Connector, ApprovalVerbs.Withdraw, requestId, "f:forged-withdraw"), "webchat", withObjectId: true);

        var (_, message) = await _harness.Host.InvokeAsync(click);

        Assert.StartsWith(Refusal, message.GetString(), StringComparison.Ordinal);
        Assert.True((await Store().GetAsync(requestId, default))!.IsPending);
    }

    [Fact]
    public async Task StatusCommand_FromWebChatAsTheAgent_RefusedWithoutTheirDrafts()
    {
        await ApprovalFlow.RequestAsync(_harness.Host, _harness.Connector);
        await ApprovalFlow.PostedCardAsync(_harness.Connector);
        var status = TeamsActivities.Message(_harness.Connector.ServiceUrl, "status", id: "status-1");
        status["channelId"] = "webchat";

        using var response = await _harness.Host.PostAsync(status);

        var reply = (await _harness.Connector.WaitForAsync(calls => calls.Any(c => c.RawTarget.EndsWith("/status-1", StringComparison.Ordinal)))).Last(c => c.RawTarget.EndsWith("/status-1", StringComparison.Ordinal));
        var json = reply.Body!.Value.GetRawText();
        Assert.Contains("Please use Microsoft Teams", json, StringComparison.Ordinal);
        Assert.DoesNotContain("refund", json, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task Message_FromTeamsWithoutObjectId_RefusedAndNotChecked()
    {
        var message = TeamsActivities.Message(_harness.Connector.ServiceUrl, "We will refund you today.", id: "no-oid-1");
        message["from"] = new Dictionary<string, object?> { ["id"] = "29:someone", ["name"] = "Someone" };

        using var response = await _harness.Host.PostAsync(message);

        var reply = (await _harness.Connector.WaitForAsync(calls => calls.Any(c => c.RawTarget.EndsWith("/no-oid-1", StringComparison.Ordinal)))).Last(c => c.RawTarget.EndsWith("/no-oid-1", StringComparison.Ordinal));
        Assert.Contains("Please use Microsoft Teams", reply.Body!.Value.GetRawText(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ApprovalStatus_ByAnOutsiderNamingTheRequest_NothingShown()
    {
        await RequestPrivateAsync();
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_harness.Connector);

        var (type, value) = await _harness.Host.InvokeAsync(TeamsActivities.CardActionBy(
            _harness.Connector.ServiceUrl, TeamsUser.Outsider, ApprovalVerbs.Status, new { request = requestId }, "f:olga-status", ApprovalBotFactory.SupervisorsConversation));

        Assert.Equal("application/vnd.microsoft.activity.message", type);
        Assert.DoesNotContain("maria.lopez@example.com", value.GetRawText(), StringComparison.Ordinal);
        Assert.DoesNotContain("refund", value.GetRawText(), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task ApprovalStatus_BySupervisor_MaskedCard_ByTheAgent_TheirDraft()
    {
        await RequestPrivateAsync();
        var (requestId, _, _) = await ApprovalFlow.PostedCardAsync(_harness.Connector);

        var (_, supervisorCard) = await _harness.Host.InvokeAsync(TeamsActivities.CardActionBy(
            _harness.Connector.ServiceUrl, TeamsUser.Ana, ApprovalVerbs.Status, new { request = requestId }, "f:ana-status", ApprovalBotFactory.SupervisorsConversation));
        var (_, agentCard) = await _harness.Host.InvokeAsync(ApprovalFlow.AgentClick(_harness.Connector, ApprovalVerbs.Status, requestId, "f:agent-status"));

        Assert.DoesNotContain("maria.lopez@example.com", supervisorCard.GetRawText(), StringComparison.Ordinal);
        Assert.Contains("refund", supervisorCard.GetRawText(), StringComparison.OrdinalIgnoreCase);
        Assert.Contains("maria.lopez@example.com", agentCard.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>A draft with an email address, for a private channel (in public it would block), sent for approval.</summary>
    private async Task RequestPrivateAsync()
    {
        var activity = TeamsActivities.CardAction(_harness.Connector.ServiceUrl, "requestApproval", new { text = ApprovalSamples.PrivateDraft, channel = "whatsapp", ui = "en" });
        activity["replyToId"] = ApprovalFlow.AgentCardId;
        var (type, _) = await _harness.Host.InvokeAsync(activity);
        Assert.Equal("application/vnd.microsoft.card.adaptive", type);
    }

    private static Dictionary<string, object?> Impersonate(Dictionary<string, object?> activity, string channelId, bool withObjectId)
    {
        activity["channelId"] = channelId;
        if (!withObjectId && activity["from"] is Dictionary<string, object?> from)
        {
            from.Remove("aadObjectId");
        }

        return activity;
    }

    private IApprovalStore Store() => _harness.Host.Services.GetRequiredService<IApprovalStore>();
}
