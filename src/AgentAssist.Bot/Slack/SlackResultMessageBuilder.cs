using System.Text.Json.Nodes;
using AgentAssist.Bot.Teams;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Suggestions;
using AgentAssist.Slack.BlockKit;

namespace AgentAssist.Bot.Slack;

/// <summary>
/// The verdict on a draft as a Block Kit message, the Slack twin of <see cref="ResultCardBuilder"/>: the outcome, the
/// draft with the offending text highlighted, each finding with why and how to fix it, the corrected draft, the
/// suggestion with "Use suggestion", "Send for approval" when a supervisor must approve, and "Edit and check again".
/// Text from the draft goes only into <c>rich_text</c> runs, which Slack never reads as markup.
/// </summary>
internal static class SlackResultMessageBuilder
{
    /// <summary>Findings shown in full, most severe first (a message holds at most 50 blocks).</summary>
    public const int MaxFindingsShown = ResultCardBuilder.MaxFindingsShown;

    private const int MaxExcerptLength = 160;

    public static SlackReply Build(Verdict verdict, DraftRequest draft, BotText text, Suggestion? suggestion, bool offerApproval)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(text);
        var language = text.LanguageName(verdict.Language);
        var blocks = new JsonArray
        {
            Blocks.Header(Icon(verdict.Outcome) + " " + text.Outcome(verdict.Outcome)),
            Blocks.SectionPlain(text.OutcomeDetail(verdict.Outcome)),
            Blocks.Fields(
            [
                (text[BotTextKey.FactChannel], text.ChannelDescription(verdict.Channel)),
                (text[BotTextKey.FactLanguage], verdict.LanguageDetected ? text.Format(BotTextKey.LanguageDetected, language) : language),
                (text[BotTextKey.FactFindings], verdict.Findings.Count.ToString(text.Culture)),
                .. draft.CustomerHandle is { Length: > 0 } handle ? [(text[BotTextKey.FactCustomer].TrimEnd(' ', ':'), handle)] : Array.Empty<(string, string)>(),
            ]),
            Blocks.Section("*" + Blocks.Escape(text[BotTextKey.YourDraft]) + "*"),
            WithId(Blocks.RichText(ResultCardBuilder.HighlightedDraft(draft.Text, verdict.Findings)
                .Select(r => new RichTextRun(r.Text, Bold: r.Highlight == true, Code: r.Highlight == true))), SlackActionIds.DraftBlock),
        };

        if (verdict.Findings.Count > 0)
        {
            blocks.Add(Blocks.Section("*" + Blocks.Escape(text[BotTextKey.FindingsHeading]) + "*"));
            foreach (var finding in verdict.Findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Span.Start).Take(MaxFindingsShown))
            {
                blocks.Add(Finding(finding, draft.Text, text));
                blocks.Add(Blocks.Context("`" + Blocks.Escape(finding.RuleId) + "`"));
            }

            if (verdict.Findings.Count > MaxFindingsShown)
            {
                blocks.Add(Blocks.Context(Blocks.Escape(text.Format(BotTextKey.MoreFindings, verdict.Findings.Count - MaxFindingsShown))));
            }
        }

        var changed = !string.Equals(verdict.CorrectedText, draft.Text, StringComparison.Ordinal);
        blocks.Add(Blocks.Divider());
        blocks.Add(Blocks.Section("*" + Blocks.Escape(text[changed ? BotTextKey.CorrectedLabel : BotTextKey.UnchangedLabel]) + "*"));
        blocks.Add(WithId(Blocks.RichText([new RichTextRun(verdict.CorrectedText)]), SlackActionIds.CorrectedBlock));

        if (suggestion is not null)
        {
            blocks.Add(Blocks.Section("*" + Blocks.Escape(text[BotTextKey.SuggestionHeading]) + "*"));
            blocks.Add(WithId(Blocks.RichText([new RichTextRun(suggestion.Text)]), SlackActionIds.SuggestionBlock));
        }

        var options = SlackDraftOptions.For(draft, text).ToJson();
        var buttons = new List<JsonObject>();
        if (suggestion is not null)
        {
            buttons.Add(Blocks.Button(text[BotTextKey.ActionUseSuggestion], SlackActionIds.UseSuggestion, options, "primary"));
        }

        if (verdict.Outcome == Outcome.NeedsApproval || (offerApproval && verdict.Outcome != Outcome.Block))
        {
            var title = verdict.Outcome == Outcome.NeedsApproval ? text[BotTextKey.ActionRequestApproval] : text[Approvals.ApprovalTextKey.ActionAskSupervisor];
            buttons.Add(Blocks.Button(title, SlackActionIds.RequestApproval, options, suggestion is null ? "primary" : null));
        }

        buttons.Add(Blocks.Button(SlackText.Get(text, SlackTextKey.ActionEditAndCheck), SlackActionIds.EditAndCheck, options));
        buttons.Add(Blocks.Button(text[BotTextKey.ActionNewDraft], SlackActionIds.OpenForm, new SlackDraftOptions(Ui: text.Language).ToJson()));
        blocks.Add(Blocks.Actions(SlackActionIds.ActionsBlock, [.. buttons]));
        return new SlackReply(text.Outcome(verdict.Outcome), blocks);
    }

    /// <summary>The text of a <c>rich_text</c> block of a message the bot sent, by block id; null when there is none.</summary>
    public static string? ReadBlockText(JsonArray? blocks, string blockId)
    {
        if (blocks?.OfType<JsonObject>().FirstOrDefault(b => (string?)b["block_id"] == blockId && (string?)b["type"] == "rich_text") is not { } block)
        {
            return null;
        }

        var runs = (block["elements"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .SelectMany(section => section["elements"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Select(run => run["text"] is JsonValue value && value.TryGetValue<string>(out var s) ? s : string.Empty);
        return string.Concat(runs);
    }

    private static JsonObject Finding(Finding finding, string draft, BotText text)
    {
        var runs = new List<RichTextRun>
        {
            new(text.Severity(finding.Severity), Bold: true),
            new(" · " + finding.Message + "\n"),
            new(text[BotTextKey.FindingFound], Italic: true),
            Excerpt(finding.Span, draft, text),
        };
        if (finding.Reason is { Length: > 0 } reason)
        {
            runs.Add(new RichTextRun("\n" + text[BotTextKey.FindingWhy], Italic: true));
            runs.Add(new RichTextRun(reason));
        }

        if (finding.Fix is { } fix)
        {
            runs.Add(new RichTextRun("\n" + text[BotTextKey.FindingFix], Italic: true));
            runs.Add(new RichTextRun(fix.Description));
            if (fix.Replacement is { } replacement)
            {
                runs.Add(replacement.Trim().Length == 0 && !finding.Span.IsEmpty
                    ? new RichTextRun("\n" + text[BotTextKey.AutoFixRemove], Italic: true)
                    : new RichTextRun("\n" + text[finding.Span.IsEmpty ? BotTextKey.AutoFixInsert : BotTextKey.AutoFixReplace], Italic: true));
                if (replacement.Trim().Length > 0 || finding.Span.IsEmpty)
                {
                    runs.Add(new RichTextRun(replacement, Bold: true));
                }
            }
        }

        return Blocks.RichText(runs);
    }

    private static RichTextRun Excerpt(Core.Text.TextSpan span, string draft, BotText text)
    {
        if (span.IsEmpty || span.End > draft.Length)
        {
            return new RichTextRun(text[BotTextKey.SpanMissing], Italic: true);
        }

        if (span.Start == 0 && span.Length == draft.Length && span.Length > MaxExcerptLength)
        {
            return new RichTextRun(text[BotTextKey.SpanWholeDraft], Italic: true);
        }

        return new RichTextRun(Blocks.Cut(span.Slice(draft), MaxExcerptLength), Bold: true, Code: true);
    }

    private static JsonObject WithId(JsonObject block, string blockId)
    {
        block["block_id"] = blockId;
        return block;
    }

    private static string Icon(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "✅",
        Outcome.Warn => "⚠️",
        Outcome.NeedsApproval => "🛂",
        _ => "⛔",
    };
}
