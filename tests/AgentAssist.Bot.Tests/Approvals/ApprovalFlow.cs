using System.Text.Json;
using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Tests.Fixtures;

namespace AgentAssist.Bot.Tests.Approvals;

/// <summary>Steps of the approval flow as Teams drives it, for the end-to-end tests.</summary>
internal static class ApprovalFlow
{
    public const string AgentCardId = "activity-1";

    public static readonly string SupervisorsPath = $"/v3/conversations/{Uri.EscapeDataString(ApprovalBotFactory.SupervisorsConversation)}/activities";

    public static readonly string EscalationPath = $"/v3/conversations/{Uri.EscapeDataString(ApprovalBotFactory.EscalationConversation)}/activities";

    public static readonly string AgentPath = $"/v3/conversations/{Uri.EscapeDataString(TeamsActivities.ConversationId)}/activities";

    /// <summary>The agent clicks "Send for approval" on their result card; returns the answer card.</summary>
    public static async Task<JsonElement> RequestAsync(ApprovalBotFactory host, LoopbackConnector connector, string draft = ApprovalSamples.RefundDraft, string ui = "en", string locale = "en-US")
    {
        var activity = TeamsActivities.CardAction(connector.ServiceUrl, "requestApproval", new { text = draft, channel = "x", ui }, locale);
        activity["replyToId"] = AgentCardId;
        var (type, card) = await host.InvokeAsync(activity);
        Assert.Equal("application/vnd.microsoft.card.adaptive", type);
        return card;
    }

    /// <summary>Waits for the approval card in the supervisors' channel; returns the request id, the card and its activity id.</summary>
    public static async Task<(string RequestId, JsonElement Card, string ActivityId)> PostedCardAsync(LoopbackConnector connector, string path = "")
    {
        var target = path.Length == 0 ? SupervisorsPath : path;
        var calls = await connector.WaitForAsync(calls => calls.Any(c => c.Method == "POST" && c.RawTarget == target));
        var call = calls.First(c => c.Method == "POST" && c.RawTarget == target);
        var requestId = CardJson.Action(call.Card, ApprovalVerbs.Approve).GetProperty("data").GetProperty("request").GetString()!;
        return (requestId, call.Card, call.ResponseId!);
    }

    /// <summary>A supervisor's click on the approval card.</summary>
    public static Dictionary<string, object?> Click(LoopbackConnector connector, TeamsUser user, string verb, string requestId, string invokeId, string? editedText = null, string? reason = null, string ui = "en", string locale = "en-US")
    {
        var data = new Dictionary<string, object?> { ["request"] = requestId, ["ui"] = ui };
        if (editedText is not null)
        {
            data[ApprovalActionData.EditedTextInputId] = editedText;
        }

        if (reason is not null)
        {
            data[ApprovalActionData.ReasonInputId] = reason;
        }

        return TeamsActivities.CardActionBy(connector.ServiceUrl, user, verb, data, invokeId, ApprovalBotFactory.SupervisorsConversation, locale: locale);
    }

    /// <summary>The agent's click on their waiting card.</summary>
    public static Dictionary<string, object?> AgentClick(LoopbackConnector connector, string verb, string requestId, string invokeId) =>
        TeamsActivities.CardActionBy(connector.ServiceUrl, TeamsUser.Agent, verb, new { request = requestId, ui = "en" }, invokeId, TeamsActivities.ConversationId, AgentCardId);
}
