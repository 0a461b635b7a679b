using System.Globalization;
using AgentAssist.Bot.Review;
using AgentAssist.Bot.Teams;
using AgentAssist.BotFramework.Cards;
using AgentAssist.BotFramework.Schema;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Suggestions;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Approvals;

/// <summary>
/// The Teams side of approvals: "Send for approval" on the agent's result card, the supervisors' Approve / Edit and
/// approve / Reject, the agent's Withdraw, and the refreshes that give each viewer their own card. Every decision goes
/// through <see cref="ApprovalService"/> keyed by the invoke's id, so a retried invoke gets the same answer and two
/// supervisors at once get one decision (the other is shown who decided). The answer replaces the clicker's card; the
/// outbox updates everyone else's.
/// </summary>
internal sealed partial class ApprovalInvokeHandler(
    ApprovalService approvals,
    IApprovalStore store,
    ApprovalCards cards,
    DraftReviewer reviewer,
    OutboxSignal outbox,
    IOptions<TeamsApprovalOptions> options,
    TimeProvider time,
    ILogger<ApprovalInvokeHandler> logger)
{
    private const int StatusPageSize = 200;

    private const int StatusPages = 5;

    public bool Enabled => options.Value.Enabled;

    /// <summary>The agent sends a draft for approval: it is checked again, stored, and posted to the team's supervisors.</summary>
    public async Task<AdaptiveCard> RequestAsync(Activity activity, DraftRequest draft, BotText text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(text);
        if (TeamsViewer.From(activity) is not { } agent)
        {
            return Notice(text, ApprovalTextKey.NoTeamTitle, text[ApprovalTextKey.NoTeamBody]);
        }

        if (options.Value.TeamOf(activity.From?.AadObjectId, activity.From?.Id) is not { } teamId)
        {
            LogNoTeam(logger);
            return Notice(text, ApprovalTextKey.NoTeamTitle, text[ApprovalTextKey.NoTeamBody]);
        }

        return await SubmitAsync(activity, draft, text, agent, teamId, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> SubmitAsync(
        Activity activity, DraftRequest draft, BotText text, TeamsViewer agent, string teamId, CancellationToken cancellationToken)
    {
        // The card's verdict is not trusted: the draft in the field is checked again, as it will be sent.
        var customer = draft.CustomerHandle is { } handle ? new CustomerContext(Handle: handle) : null;
        var review = await reviewer.ReviewAsync(
            new DraftReviewRequest(new Draft(draft.Text, draft.Channel, draft.Language, customer), new ReviewActor(agent.Actor.Id, agent.Actor.DisplayName, "teams"), SuggestionMode.Best),
            cancellationToken).ConfigureAwait(false);
        var (checkedDraft, verdict) = (review.Draft, review.Verdict);
        var severity = verdict.Outcome != Outcome.NeedsApproval ? ApprovalSeverity.Low
            : verdict.Channel.Kind == ChannelKind.Public ? ApprovalSeverity.High
            : ApprovalSeverity.Normal;

        // The supervisor sees the suggested rewrite too (already re-checked; a withheld suggestion leaves none).
        var suggestedRewrite = verdict.Outcome != Outcome.Block ? review.SuggestionToOffer?.Text : null;

        // One request per agent card, kept by the database: a double click, Teams retrying the invoke, or the retry
        // reaching another instance finds the first request. The agent's card is stored with the request, atomically.
        var agentCard = activity.ReplyToId is { Length: > 0 } agentCardId && activity.Conversation?.Id is { Length: > 0 } conversationId && activity.ServiceUrl is { Length: > 0 } serviceUrl
            ? new ApprovalCardReference(ApprovalCardRole.Agent, conversationId, agentCardId, serviceUrl)
            : null;
        var submission = new ApprovalSubmission(teamId, agent.Actor, checkedDraft, verdict, severity)
        {
            CustomerSummary = draft.CustomerHandle,
            SuggestedRewrite = suggestedRewrite,
            RequestKey = (activity.ReplyToId ?? activity.Id) is { Length: > 0 } cardId
                ? string.Create(CultureInfo.InvariantCulture, $"teams|{activity.Conversation?.Id}|{cardId}")
                : null,
            AgentCard = agentCard,
        };
        var result = await approvals.SubmitAsync(submission, cancellationToken).ConfigureAwait(false);
        switch (result.Status)
        {
            case ApprovalSubmitStatus.Blocked:
                LogRefused(logger, "request", "the draft blocks");
                return ResultCardBuilder.Build(verdict, draft, text);
            case ApprovalSubmitStatus.UnknownTeam:
                LogRefused(logger, "request", "unknown team");
                return Notice(text, ApprovalTextKey.NoTeamTitle, text[ApprovalTextKey.NoTeamBody]);
            case ApprovalSubmitStatus.AlreadyRequested:
                LogRepeated(logger, result.Request!.Id);
                return cards.ForAgent(result.Request, text, agent.Zone);
        }

        var request = result.Request!;
        outbox.Notify();
        LogRequested(logger, request.Id, teamId, severity, request.RuleIds.Count);
        return cards.ForAgent(request, text, agent.Zone);
    }

    /// <summary>The agent's requests waiting for approval (command <c>status</c>), oldest first.</summary>
    public async Task<AdaptiveCard> StatusAsync(Activity activity, BotText text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(text);
        if (TeamsViewer.From(activity) is not { } agent || options.Value.TeamOf(activity.From?.AadObjectId, activity.From?.Id) is not { } teamId)
        {
            return Notice(text, ApprovalTextKey.NoTeamTitle, text[ApprovalTextKey.NoTeamBody]);
        }

        // The store lists pending requests per team; an agent's are picked from the team's, a few pages at most.
        var mine = new List<ApprovalRequest>();
        string? cursor = null;
        for (var page = 0; page < StatusPages && mine.Count < ApprovalStatusCardBuilder.MaxShown; page++)
        {
            var pending = await store.ListPendingAsync(teamId, StatusPageSize, cursor, cancellationToken).ConfigureAwait(false);
            mine.AddRange(pending.Items.Where(r => IsAgent(r, agent)));
            if ((cursor = pending.NextCursor) is null)
            {
                break;
            }
        }

        return ApprovalStatusCardBuilder.Build(mine, text, agent.Zone, time.GetUtcNow());
    }

    /// <summary>A click on an approval card, or its refresh. Refusals leave the card as it is and say why.</summary>
    public async Task<InvokeResponse> HandleAsync(Activity activity, ApprovalActionRequest action, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        ArgumentNullException.ThrowIfNull(action);
        var text = TeamsViewer.Text(action.Data.Ui, activity);
        if (action.Data.Request is not { Length: > 0 } requestId || TeamsViewer.From(activity) is not { } viewer)
        {
            return AdaptiveCardInvokeResponse.BadRequest("BadRequest", "The action names no approval request or comes from nobody.");
        }

        if (action.Verb is ApprovalVerbs.Refresh or ApprovalVerbs.Status)
        {
            return await RefreshAsync(requestId, action.Verb, viewer, text, cancellationToken).ConfigureAwait(false);
        }

        var command = new ApprovalCommand(requestId, DecisionKey(activity, requestId, viewer, action.Verb), ActionOf(action.Verb), viewer.Actor)
        {
            EditedText = action.Data.EditedText,
            Reason = action.Data.Reason is { } reason && reason.Length > ApprovalActionData.MaxReasonLength ? reason[..ApprovalActionData.MaxReasonLength] : action.Data.Reason,
        };
        var result = await approvals.DecideAsync(command, cancellationToken).ConfigureAwait(false);
        LogDecision(logger, requestId, command.Action, result.Status, result.Replayed);
        if (result.Status is ApprovalDecisionStatus.Decided && !result.Replayed)
        {
            outbox.Notify();
        }

        return result.Status switch
        {
            ApprovalDecisionStatus.Decided or ApprovalDecisionStatus.AlreadyDecided => AdaptiveCardInvokeResponse.Card(
                command.Action == ApprovalAction.Withdraw || IsAgent(result.Request!, viewer)
                    ? cards.ForAgent(result.Request!, text, viewer.Zone)
                    : cards.ForViewer(result.Request!, text, viewer.Zone, canDecide: false)),
            ApprovalDecisionStatus.NotFound => Message(text, ApprovalTextKey.NotFoundTitle, text[ApprovalTextKey.NotFoundBody]),
            ApprovalDecisionStatus.NotSupervisor => Message(text, ApprovalTextKey.NotSupervisorTitle, text.Format(ApprovalTextKey.NotSupervisorBody, cards.TeamName(result.Request!.TeamId))),
            ApprovalDecisionStatus.OwnRequest => Message(text, ApprovalTextKey.OwnRequestTitle, text[ApprovalTextKey.OwnRequestBody]),
            ApprovalDecisionStatus.NotRequester => Message(text, ApprovalTextKey.NotYoursTitle, text[ApprovalTextKey.NotYoursBody]),
            ApprovalDecisionStatus.ReasonRequired => Message(text, ApprovalTextKey.ReasonMissingTitle, text[ApprovalTextKey.ReasonMissingBody]),
            ApprovalDecisionStatus.TextRequired => Message(text, ApprovalTextKey.EditBlockedTitle, text[ApprovalTextKey.EditRequired]),
            ApprovalDecisionStatus.EditedTextBlocked => Message(text, ApprovalTextKey.EditBlockedTitle, text.Format(
                ApprovalTextKey.EditBlockedBody,
                string.Join(", ", result.EditedVerdict?.Findings.Where(f => f.Severity == Severity.Block).Select(f => f.RuleId).Distinct() ?? []))),
            _ => throw new InvalidOperationException($"Unhandled decision status {result.Status}."),
        };
    }

    private async Task<InvokeResponse> RefreshAsync(string requestId, string verb, TeamsViewer viewer, BotText text, CancellationToken cancellationToken)
    {
        var request = await store.GetAsync(requestId, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return Message(text, ApprovalTextKey.NotFoundTitle, text[ApprovalTextKey.NotFoundBody]);
        }

        // Only the agent who asked sees their draft unmasked. The supervisors' card (personal data masked) carries the
        // request id, so naming it proves nothing: a status asked by anyone else gets the masked view if they may
        // decide, and nothing otherwise.
        if (IsAgent(request, viewer))
        {
            return AdaptiveCardInvokeResponse.Card(cards.ForAgent(request, text, viewer.Zone));
        }

        var canDecide = approvals.IsSupervisor(request.TeamId, viewer.Actor.Id);
        if (verb == ApprovalVerbs.Status && !canDecide)
        {
            LogRefused(logger, "status", "not the requester nor a supervisor of the team");
            return Message(text, ApprovalTextKey.NotFoundTitle, text[ApprovalTextKey.NotFoundBody]);
        }

        return AdaptiveCardInvokeResponse.Card(cards.ForViewer(request, text, viewer.Zone, canDecide));
    }

    /// <summary>
    /// The person and the invoke's id: Teams sends a retried invoke with the same id, so a retry replays the first
    /// answer, while another person's invoke never passes for it. Without an id, the person and the verb, so the same
    /// click twice is still one decision.
    /// </summary>
    private static string DecisionKey(Activity activity, string requestId, TeamsViewer viewer, string verb) =>
        activity.Id is { Length: > 0 } id
            ? string.Create(CultureInfo.InvariantCulture, $"{viewer.Actor.Id}|{id}")
            : string.Create(CultureInfo.InvariantCulture, $"{viewer.Actor.Id}|{requestId}:{verb}");

    private static ApprovalAction ActionOf(string verb) => verb switch
    {
        ApprovalVerbs.Approve => ApprovalAction.Approve,
        ApprovalVerbs.EditAndApprove => ApprovalAction.EditAndApprove,
        ApprovalVerbs.Reject => ApprovalAction.Reject,
        ApprovalVerbs.Withdraw => ApprovalAction.Withdraw,
        _ => throw new ArgumentOutOfRangeException(nameof(verb), verb, "Not a decision verb."),
    };

    private static bool IsAgent(ApprovalRequest request, TeamsViewer viewer) =>
        string.Equals(request.Agent.Id, viewer.Actor.Id, StringComparison.OrdinalIgnoreCase);

    private static InvokeResponse Message(BotText text, ApprovalTextKey title, string body) =>
        AdaptiveCardInvokeResponse.Message(text[title] + ". " + body);

    private static AdaptiveCard Notice(BotText text, ApprovalTextKey title, string body) =>
        CardParts.Card(
            text,
            [new Container([CardParts.Heading(text[title]), CardParts.Paragraph(body)]) { Style = ContainerStyle.Warning, Bleed = true }],
            [CardParts.OpenForm(text, BotTextKey.ActionNewDraft)]);

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Approval {RequestId} requested for team {TeamId}: {Severity}, {RuleCount} rules")]
    private static partial void LogRequested(ILogger logger, string requestId, string teamId, ApprovalSeverity severity, int ruleCount);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Approval {RequestId}: {Action} answered {Status} (replayed: {Replayed})")]
    private static partial void LogDecision(ILogger logger, string requestId, ApprovalAction action, ApprovalDecisionStatus status, bool replayed);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Refused an approval {What}: {Reason}")]
    private static partial void LogRefused(ILogger logger, string what, string reason);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Information, Message = "Approval {RequestId} was asked for again from the same card; answered with it")]
    private static partial void LogRepeated(ILogger logger, string requestId);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "An agent with no approval team asked for approval")]
    private static partial void LogNoTeam(ILogger logger);
}
