using System.Text.Json;
using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Teams;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Serialization;

namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>Approval requests in each state, checked by the real engine, for card tests and the card catalog.</summary>
internal static class ApprovalSamples
{
    public static readonly DateTimeOffset Created = new(2026, 3, 10, 13, 40, 0, TimeSpan.Zero);

    public static readonly ApprovalActor Agent = new("aad-agent", "Sam Agent");

    public static readonly ApprovalActor Ana = new("aad-ana", "Ana");

    public const string RefundDraft = "We are VERY sorry. We will refund the full amount today.";

    public const string PrivateDraft = "Hi, we will refund you today, and I'll write to you at maria.lopez@example.com about it.";

    public static ApprovalRequest Pending(string draft = RefundDraft, string channel = "x", string language = "en", string? suggestion = null)
    {
        var verdict = TestGuardrails.Engine.Check(new Draft(draft, channel, language));
        var json = JsonSerializer.Serialize(VerdictDocument.From(verdict, draft), VerdictJsonContext.Default.VerdictDocument);
        return new ApprovalRequest(
            "01JPAPPROVAL0000000000001",
            "care",
            Agent,
            draft,
            channel,
            verdict.Language,
            verdict.Outcome,
            verdict.Findings.Select(f => f.RuleId).Distinct().ToList(),
            json,
            ApprovalSeverity.High,
            Created,
            Created.AddMinutes(30),
            Created.AddMinutes(22.5),
            ApprovalState.Pending,
            1)
        {
            CustomerSummary = "@sam_k",
            SuggestedRewrite = suggestion,
        };
    }

    public static ApprovalRequest Decided(ApprovalState state, string draft = RefundDraft)
    {
        var pending = Pending(draft);
        var decision = state switch
        {
            ApprovalState.Approved => new ApprovalDecision(state, Ana, Created.AddMinutes(22), "k", pending.DraftText),
            ApprovalState.EditedAndApproved => new ApprovalDecision(state, Ana, Created.AddMinutes(22), "k", "We're sorry. We'll refund the full amount today."),
            ApprovalState.Rejected => new ApprovalDecision(state, Ana, Created.AddMinutes(22), "k", Reason: "We can't promise a refund on X; offer a call instead."),
            _ => new ApprovalDecision(state, Agent, Created.AddMinutes(5), "k"),
        };
        return pending with { State = state, Decision = decision, Version = 2 };
    }

    public static ApprovalCardView View(BotText text, DateTimeOffset? now = null) =>
        new(text, TimeZoneInfo.Utc, now ?? Created.AddMinutes(12), "Customer care", "X (Twitter), public");
}
