using System.Text.Json;
using System.Text.Json.Serialization;
using AgentAssist.Core.Audit;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Serialization;

namespace AgentAssist.Core.Approvals;

/// <summary>
/// The approval rules: who may decide, what a decision needs, when reminders and escalations are due. Every change goes
/// to the store with its outbox messages (from the channel's <see cref="IApprovalMessageComposer"/>) and audit events,
/// so they commit together or not at all.
/// </summary>
public sealed class ApprovalService
{
    /// <summary>The verdict contract without indentation: it is stored with every request.</summary>
    private static readonly VerdictJsonContext CompactJson = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    });

    private readonly IApprovalStore _store;
    private readonly IApprovalMessageComposer _messages;
    private readonly GuardrailEngine _engine;
    private readonly ApprovalOptions _options;
    private readonly TimeProvider _time;

    public ApprovalService(IApprovalStore store, IApprovalMessageComposer messages, GuardrailEngine engine, ApprovalOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        _store = store;
        _messages = messages;
        _engine = engine;
        _options = options;
        _time = time;
    }

    /// <summary>
    /// Stores a request for approval and enqueues its cards, with the agent's card, in one transaction. Refused when the
    /// team is not configured or the draft blocks (a blocked reply is fixed, not approved); a submission whose request
    /// key was stored before (a repeated click, a retry on another instance) answers with that request.
    /// </summary>
    public async Task<ApprovalSubmitResult> SubmitAsync(ApprovalSubmission submission, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(submission);
        if (!_options.Teams.TryGetValue(submission.TeamId, out var team))
        {
            return new ApprovalSubmitResult(ApprovalSubmitStatus.UnknownTeam, null);
        }

        if (submission.Verdict.Outcome == Outcome.Block)
        {
            return new ApprovalSubmitResult(ApprovalSubmitStatus.Blocked, null);
        }

        var now = _time.GetUtcNow();
        var dueAfter = team.DueAfterFor(submission.Severity);
        var verdictJson = JsonSerializer.Serialize(
            VerdictDocument.From(submission.Verdict, submission.Draft.Text), CompactJson.VerdictDocument);
        var ruleIds = submission.Verdict.Findings.Select(f => f.RuleId).Distinct(StringComparer.Ordinal).ToList();
        var request = new ApprovalRequest(
            ApprovalIds.New(_time),
            submission.TeamId,
            submission.Agent,
            submission.Draft.Text,
            submission.Verdict.Channel.Id,
            submission.Verdict.Language,
            submission.Verdict.Outcome,
            ruleIds,
            verdictJson,
            submission.Severity,
            now,
            now + dueAfter,
            now + dueAfter * team.ReminderFraction,
            ApprovalState.Pending,
            1)
        {
            CustomerSummary = submission.CustomerSummary,
            SuggestedRewrite = submission.SuggestedRewrite,
            RequestKey = submission.RequestKey,
        };
        var audit = new AuditEvent(now, AuditEventKind.ApprovalRequested, request.Agent.Id)
        {
            ActorName = request.Agent.DisplayName,
            TeamId = request.TeamId,
            RequestId = request.Id,
            Outcome = VerdictDocument.Name(request.Outcome),
            RuleIds = ruleIds,
            DraftText = request.DraftText,
            Detail = request.Severity.ToString(),
        };
        var effects = new ApprovalEffects(_messages.Requested(request), [audit])
        {
            Cards = submission.AgentCard is { } card ? [card] : [],
        };
        var stored = await _store.CreateAsync(request, effects, cancellationToken).ConfigureAwait(false);
        return string.Equals(stored.Id, request.Id, StringComparison.Ordinal)
            ? new ApprovalSubmitResult(ApprovalSubmitStatus.Created, stored)
            : new ApprovalSubmitResult(ApprovalSubmitStatus.AlreadyRequested, stored);
    }

    /// <summary>
    /// Approves, edits and approves, rejects or withdraws a request. Only the team's supervisors (or escalation
    /// supervisors) decide, never on their own request; only the agent who asked withdraws. A rejection needs a reason;
    /// an edited text is checked again and refused if it blocks (it may still need approval: the supervisor is the
    /// approver). Repeating a command with the same <see cref="ApprovalCommand.DecisionKey"/> returns the first answer.
    /// </summary>
    public async Task<ApprovalDecisionResult> DecideAsync(ApprovalCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var request = await _store.GetAsync(command.RequestId, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            return new ApprovalDecisionResult(ApprovalDecisionStatus.NotFound, null);
        }

        if (request.Decision is { } earlier)
        {
            // Answer a retry before re-checking permissions or text, so it gets exactly the first answer.
            var replay = string.Equals(earlier.DecisionKey, command.DecisionKey, StringComparison.Ordinal);
            return new ApprovalDecisionResult(replay ? ApprovalDecisionStatus.Decided : ApprovalDecisionStatus.AlreadyDecided, request, replay);
        }

        var refusal = Refusal(request, command);
        if (refusal is not null)
        {
            return refusal;
        }

        var text = command.EditedText?.Trim();
        if (command.Action == ApprovalAction.EditAndApprove)
        {
            var verdict = _engine.Check(new Draft(text!, request.Channel, request.Language));
            if (verdict.Outcome == Outcome.Block)
            {
                return new ApprovalDecisionResult(ApprovalDecisionStatus.EditedTextBlocked, request) { EditedVerdict = verdict };
            }
        }

        var now = _time.GetUtcNow();
        var reason = string.IsNullOrWhiteSpace(command.Reason) ? null : command.Reason.Trim();
        var (state, finalText, kind) = command.Action switch
        {
            ApprovalAction.Approve => (ApprovalState.Approved, request.DraftText, AuditEventKind.Approved),
            ApprovalAction.EditAndApprove => (ApprovalState.EditedAndApproved, text, AuditEventKind.Edited),
            ApprovalAction.Reject => (ApprovalState.Rejected, null, AuditEventKind.Rejected),
            _ => (ApprovalState.Withdrawn, (string?)null, AuditEventKind.Withdrawn),
        };
        var decision = new ApprovalDecision(state, command.Actor, now, command.DecisionKey, finalText, reason);
        var decided = request with { State = state, Decision = decision, Version = request.Version + 1 };
        var audit = new AuditEvent(now, kind, command.Actor.Id)
        {
            ActorName = command.Actor.DisplayName,
            TeamId = request.TeamId,
            RequestId = request.Id,
            Outcome = StateName(state),
            RuleIds = request.RuleIds,
            DraftText = kind == AuditEventKind.Edited ? finalText : null,
            Detail = reason,
        };
        return await _store.TryDecideAsync(request.Id, decision, new ApprovalEffects(_messages.Decided(decided), [audit]), cancellationToken)
            .ConfigureAwait(false);
    }

    /// <summary>
    /// One pass of the SLA: escalates pending requests past their due time, then reminds those whose reminder time
    /// came (a request already past due is marked reminded without a message: the escalation says more). Safe to run on
    /// several instances at once: each request is reminded and escalated once.
    /// </summary>
    public async Task<ApprovalSweepResult> SweepAsync(int maxCount, CancellationToken cancellationToken)
    {
        var now = _time.GetUtcNow();
        var escalated = 0;
        foreach (var request in await _store.ListDueAsync(ApprovalDueKind.Escalation, now, maxCount, cancellationToken).ConfigureAwait(false))
        {
            var marked = request with { EscalatedAt = now, Version = request.Version + 1 };
            var effects = new ApprovalEffects(_messages.Escalation(marked), [SystemEvent(AuditEventKind.Escalated, request, now)]);
            if (await _store.TryMarkDueAsync(request.Id, ApprovalDueKind.Escalation, now, effects, cancellationToken).ConfigureAwait(false))
            {
                escalated++;
            }
        }

        var reminded = 0;
        foreach (var request in await _store.ListDueAsync(ApprovalDueKind.Reminder, now, maxCount, cancellationToken).ConfigureAwait(false))
        {
            var marked = request with { RemindedAt = now, Version = request.Version + 1 };
            var effects = request.DueAt <= now
                ? ApprovalEffects.None
                : new ApprovalEffects(_messages.Reminder(marked), [SystemEvent(AuditEventKind.Reminded, request, now)]);
            if (await _store.TryMarkDueAsync(request.Id, ApprovalDueKind.Reminder, now, effects, cancellationToken).ConfigureAwait(false)
                && effects.Outbox.Count + effects.Audit.Count > 0)
            {
                reminded++;
            }
        }

        return new ApprovalSweepResult(reminded, escalated);
    }

    /// <summary>Whether <paramref name="userId"/> may decide the team's requests (supervisor or escalation supervisor).</summary>
    public bool IsSupervisor(string teamId, string userId) =>
        _options.Teams.TryGetValue(teamId, out var team)
        && (team.Supervisors.Contains(userId, StringComparer.OrdinalIgnoreCase)
            || team.EscalationSupervisors.Contains(userId, StringComparer.OrdinalIgnoreCase));

    /// <summary>The lower-case name of a state, as audit events and exports spell it.</summary>
    public static string StateName(ApprovalState state) => state switch
    {
        ApprovalState.Pending => "pending",
        ApprovalState.Approved => "approved",
        ApprovalState.EditedAndApproved => "editedAndApproved",
        ApprovalState.Rejected => "rejected",
        _ => "withdrawn",
    };

    private ApprovalDecisionResult? Refusal(ApprovalRequest request, ApprovalCommand command)
    {
        var isAgent = string.Equals(request.Agent.Id, command.Actor.Id, StringComparison.OrdinalIgnoreCase);
        ApprovalDecisionStatus? status = command.Action switch
        {
            ApprovalAction.Withdraw when !isAgent => ApprovalDecisionStatus.NotRequester,
            ApprovalAction.Withdraw => null,
            _ when isAgent => ApprovalDecisionStatus.OwnRequest,
            _ when !IsSupervisor(request.TeamId, command.Actor.Id) => ApprovalDecisionStatus.NotSupervisor,
            ApprovalAction.Reject when string.IsNullOrWhiteSpace(command.Reason) => ApprovalDecisionStatus.ReasonRequired,
            ApprovalAction.EditAndApprove when string.IsNullOrWhiteSpace(command.EditedText) => ApprovalDecisionStatus.TextRequired,
            _ => null,
        };
        return status is { } refused ? new ApprovalDecisionResult(refused, request) : null;
    }

    private static AuditEvent SystemEvent(AuditEventKind kind, ApprovalRequest request, DateTimeOffset now) =>
        new(now, kind, AuditEvent.SystemActor)
        {
            TeamId = request.TeamId,
            RequestId = request.Id,
            Outcome = StateName(request.State),
            RuleIds = request.RuleIds,
        };
}
