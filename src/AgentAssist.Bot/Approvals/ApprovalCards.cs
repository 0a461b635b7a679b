using AgentAssist.Bot.Teams;
using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Checking;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Approvals;

/// <summary>Draws the approval cards for an audience from the settings: team names, conversations, channel names, clock.</summary>
internal sealed class ApprovalCards(IOptions<TeamsApprovalOptions> options, GuardrailEngine engine, TimeProvider time)
{
    public TeamsApprovalOptions Options => options.Value;

    /// <summary>The supervisors' (or escalation) card, as the conversation's settings say to draw it for everyone.</summary>
    public AdaptiveCard ForConversation(ApprovalRequest request, ApprovalCardRole role, ApprovalNotice notice)
    {
        ArgumentNullException.ThrowIfNull(request);
        var conversation = Conversation(request.TeamId, role);
        var view = View(request, BotText.For(conversation?.Language), conversation?.Zone ?? TimeZoneInfo.Utc);

        // Posted and updated cards show the buttons: in the supervisors' conversation, everyone but a listed viewer
        // sees the card as posted, and whoever clicks is checked when the click arrives.
        return ApprovalCardBuilder.Build(request, view, canDecide: true, RefreshUserIds(request.TeamId), notice);
    }

    /// <summary>The supervisors' card as one viewer sees it (refresh): their language and time zone, buttons only if they may decide.</summary>
    public AdaptiveCard ForViewer(ApprovalRequest request, BotText text, TimeZoneInfo zone, bool canDecide)
    {
        ArgumentNullException.ThrowIfNull(request);
        return ApprovalCardBuilder.Build(request, View(request, text, zone), canDecide, RefreshUserIds(request.TeamId));
    }

    /// <summary>The agent's card, in <paramref name="text"/>'s language (the draft's when null) and the team conversation's time zone unless given.</summary>
    public AdaptiveCard ForAgent(ApprovalRequest request, BotText? text = null, TimeZoneInfo? zone = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        zone ??= Conversation(request.TeamId, ApprovalCardRole.Supervisors)?.Zone ?? TimeZoneInfo.Utc;
        return AgentApprovalCardBuilder.Build(request, View(request, text ?? BotText.For(request.Language), zone));
    }

    /// <summary>The conversation a role's cards go to: escalations to the escalation conversation when there is one.</summary>
    public ApprovalConversationOptions? Conversation(string teamId, ApprovalCardRole role)
    {
        if (!Options.Teams.TryGetValue(teamId, out var team))
        {
            return null;
        }

        return role == ApprovalCardRole.Escalation && team.EscalationConversation.IsSet ? team.EscalationConversation : team.Conversation;
    }

    public string TeamName(string teamId) =>
        Options.Teams.TryGetValue(teamId, out var team) && team.DisplayName is { Length: > 0 } name ? name : teamId;

    private List<string> RefreshUserIds(string teamId) =>
        Options.Teams.TryGetValue(teamId, out var team) ? team.RefreshUserIds : [];

    private ApprovalCardView View(ApprovalRequest request, BotText text, TimeZoneInfo zone)
    {
        var channel = engine.Rules.TryGetChannel(request.Channel, out var profile) ? text.ChannelDescription(profile) : request.Channel;
        return new ApprovalCardView(text, zone, time.GetUtcNow(), TeamName(request.TeamId), channel);
    }
}
