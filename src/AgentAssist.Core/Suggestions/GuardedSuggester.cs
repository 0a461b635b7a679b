using AgentAssist.Core.Checking;
using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Suggestions;

/// <summary>
/// Makes sure no suggestion with a warning or a block is ever offered. Wraps any <see cref="IReplySuggester"/>:
/// re-checks the suggested text with the <see cref="GuardrailEngine"/>; when the check warns or blocks, repairs the
/// text in steps (apply the engine's automatic fixes, then mask personal and confidential data, then take flagged
/// wording out of its sentence, then leave out the sentences that still warn or block) and re-checks after each; when
/// it still warns or blocks, or nothing is left, withholds the suggestion with the reason. A finding that needs
/// approval (a refund the agent decided to offer) is the draft's content, not its wording: the suggestion keeps it and
/// goes for approval like the draft.
/// </summary>
public sealed class GuardedSuggester : IReplySuggester
{
    private const int MaxRepairs = 4;

    private readonly IReplySuggester _inner;
    private readonly GuardrailEngine _engine;

    public GuardedSuggester(IReplySuggester inner, GuardrailEngine engine)
    {
        ArgumentNullException.ThrowIfNull(inner);
        ArgumentNullException.ThrowIfNull(engine);
        _inner = inner;
        _engine = engine;
    }

    public async ValueTask<SuggestionResult> SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var result = await _inner.SuggestAsync(request, cancellationToken).ConfigureAwait(false);
        return result.Suggestion is { } suggestion ? Guard(request.Draft, suggestion, _engine) : result;
    }

    /// <summary>
    /// Re-checks <paramref name="suggestion"/> as a draft for the same channel and customer as <paramref name="draft"/>,
    /// repairs it if the check blocks, and withholds it if it cannot be repaired.
    /// </summary>
    public static SuggestionResult Guard(Draft draft, Suggestion suggestion, GuardrailEngine engine)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(engine);
        var changes = new List<SuggestionChange>(suggestion.Changes);
        var text = suggestion.Text;
        var recheck = draft with { Text = text, Language = suggestion.Language };
        var check = engine.Check(recheck);
        for (var step = 0; step < MaxRepairs && HasProblems(check) && text.Length > 0; step++)
        {
            var repaired = step switch
            {
                0 => ApplyAutomaticFixes(check, changes),
                1 => MaskData(text, check, changes),
                2 => RemoveFlaggedWording(text, check, changes),
                _ => DropBlockedSentences(text, check, changes),
            };
            if (repaired == text)
            {
                continue;
            }

            text = repaired;
            check = engine.Check(recheck with { Text = text });
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            return SuggestionResult.Withheld(suggestion.Source, "Nothing was left of the suggestion once the parts the guardrails block were removed.");
        }

        if (HasProblems(check))
        {
            var rules = string.Join(", ", check.Findings.Where(IsProblem).Select(static f => f.RuleId).Distinct());
            return SuggestionResult.Withheld(suggestion.Source, $"The suggestion still breaks {rules} after repair.");
        }

        return SuggestionResult.Offered(suggestion with { Text = text, Check = check, Changes = changes });
    }

    /// <summary>A finding a suggestion may not carry: a warning or a block.</summary>
    private static bool IsProblem(Finding finding) => finding.Severity is Severity.Warning or Severity.Block;

    private static bool HasProblems(Verdict check) => check.Findings.Any(IsProblem);

    private static string ApplyAutomaticFixes(Verdict check, List<SuggestionChange> changes)
    {
        foreach (var finding in check.Findings.Where(static f => IsProblem(f) && f.Fix is { IsAutomatic: true }))
        {
            changes.Add(new SuggestionChange(SuggestionChangeKind.Repaired, "Applied the rule's automatic fix to the suggestion.", finding.RuleId));
        }

        return check.CorrectedText;
    }

    private static string MaskData(string text, Verdict check, List<SuggestionChange> changes)
    {
        var blocking = check.Findings
            .Where(static f => IsProblem(f) && (f.EntityType is not null || f.Category is FindingCategory.Privacy or FindingCategory.Confidential))
            .ToList();
        foreach (var finding in blocking)
        {
            changes.Add(new SuggestionChange(SuggestionChangeKind.Redaction, $"Masked {finding.EntityType ?? "confidential information"} in the suggestion.", finding.RuleId));
        }

        return Redactor.Redact(text, blocking);
    }

    private static string RemoveFlaggedWording(string text, Verdict check, List<SuggestionChange> changes)
    {
        var removals = new List<Finding>();
        foreach (var finding in check.Findings.Where(SentenceRepair.IsRemovable))
        {
            removals.Add(SentenceRepair.Removal(SentenceRepair.RemovalSpan(text, finding), finding.RuleId));
            changes.Add(new SuggestionChange(SuggestionChangeKind.Repaired, "Took the flagged wording out of its sentence in the suggestion.", finding.RuleId));
        }

        if (removals.Count == 0)
        {
            return text;
        }

        return SentenceRepair.Tidy(CorrectedText.Apply(text, removals));
    }

    private static string DropBlockedSentences(string text, Verdict check, List<SuggestionChange> changes)
    {
        var blocking = check.Findings.Where(IsProblem).ToList();
        var kept = new List<string>();
        foreach (var sentence in Sentences.Split(text))
        {
            var finding = blocking.Find(f => f.Span.Overlaps(sentence) || (f.Span.IsEmpty && sentence.Start <= f.Span.Start && f.Span.Start <= sentence.End));
            if (finding is null)
            {
                kept.Add(sentence.Slice(text));
            }
            else
            {
                changes.Add(new SuggestionChange(SuggestionChangeKind.Repaired, "Left out a sentence the guardrails block.", finding.RuleId));
            }
        }

        return Sentences.Join(kept);
    }
}
