using System.Text.Json;
using AgentAssist.Bot.Teams;
using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Privacy;
using AgentAssist.Core.Serialization;
using AgentAssist.Core.Text;

namespace AgentAssist.Bot.Approvals;

/// <summary>
/// The findings a request was made with, read back from its verdict JSON, and the draft as a card shows it: with the
/// findings highlighted, or, when it holds personal data, with that data masked (a supervisors' channel is wider than
/// the agent's chat) and nothing highlighted.
/// </summary>
internal static class ApprovalFindings
{
    public static IReadOnlyList<Finding> Read(ApprovalRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        VerdictDocument? document;
        try
        {
            document = JsonSerializer.Deserialize(request.VerdictJson, VerdictJsonContext.Default.VerdictDocument);
        }
        catch (JsonException)
        {
            return [];
        }

        if (document is null)
        {
            return [];
        }

        var findings = new List<Finding>(document.Findings.Count);
        foreach (var f in document.Findings)
        {
            if (!Enum.TryParse<FindingCategory>(f.Category, ignoreCase: true, out var category))
            {
                continue;
            }

            var severity = f.Severity switch
            {
                "info" => Severity.Info,
                "warning" => Severity.Warning,
                "approval" => Severity.Approval,
                _ => Severity.Block,
            };
            var span = f.Span.Start >= 0 && f.Span.Length >= 0 && f.Span.Start + f.Span.Length <= request.DraftText.Length
                ? new TextSpan(f.Span.Start, f.Span.Length)
                : default;
            findings.Add(new Finding(f.RuleId, category, severity, span, f.Message, f.Reason, f.Fix is { } fix ? new Fix(fix.Description, fix.Replacement) : null)
            {
                EntityType = f.EntityType,
            });
        }

        return findings;
    }

    /// <summary>Whether any finding is personal or confidential data, which a supervisors' card masks.</summary>
    public static bool HasPersonalData(IReadOnlyList<Finding> findings) =>
        findings.Any(f => f.EntityType is not null || f.Category is FindingCategory.Privacy or FindingCategory.Confidential);

    /// <summary>The draft as runs for a supervisors' card: masked when it holds personal data, highlighted otherwise.</summary>
    public static List<TextRun> DraftRuns(ApprovalRequest request, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HasPersonalData(findings)
            ? [new TextRun(Redactor.Redact(request.DraftText, findings))]
            : ResultCardBuilder.HighlightedDraft(request.DraftText, findings);
    }

    /// <summary>The draft as a supervisor may see it in plain text (the edit field): masked when it holds personal data.</summary>
    public static string ShownDraft(ApprovalRequest request, IReadOnlyList<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(request);
        return HasPersonalData(findings) ? Redactor.Redact(request.DraftText, findings) : request.DraftText;
    }
}
