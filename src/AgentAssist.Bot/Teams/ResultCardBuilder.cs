using System.Globalization;
using AgentAssist.Bot.Review;
using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Suggestions;
using AgentAssist.Core.Text;

namespace AgentAssist.Bot.Teams;

/// <summary>
/// The verdict on a draft as a card: the outcome, the draft with the offending text highlighted, each finding with
/// why and how to fix it, the corrected draft in a field to edit and check again (verb <c>recheck</c>), and
/// "Send for approval" (verb <c>requestApproval</c>) when a supervisor must approve.
/// Text from the draft goes only into text runs and inputs, never into Markdown.
/// </summary>
internal static class ResultCardBuilder
{
    /// <summary>Findings shown in full, most severe first; the card says how many more there are.</summary>
    public const int MaxFindingsShown = 10;

    /// <summary>
    /// Most highlights drawn in the draft; past it the rest of the draft is plain, so that a draft with a finding
    /// on every word still fits in a Teams message. The finding count and list are not cut by this.
    /// </summary>
    public const int MaxHighlights = 40;

    /// <summary>Longest excerpt of the draft quoted under a finding, in UTF-16 code units.</summary>
    private const int MaxExcerptLength = 160;

    /// <summary>
    /// The card for a <see cref="DraftReview"/>: its verdict, the suggestion it offers, and a note when the customer's
    /// handle gave no context.
    /// </summary>
    public static AdaptiveCard ForReview(DraftReview review, DraftRequest draft, BotText text, bool offerApproval = false)
    {
        ArgumentNullException.ThrowIfNull(review);
        return Build(review.Verdict, draft, text, review.SuggestionToOffer, offerApproval, review.Customer.IsMissing);
    }

    /// <param name="suggestion">
    /// A suggested reply (already re-checked, never blocked), shown under the draft with a button that checks it as
    /// the new draft; <see langword="null"/> for none.
    /// </param>
    /// <param name="offerApproval">
    /// Whether approvals are on: then a draft that may go out (pass, warn) offers "Ask a supervisor" too, for an agent
    /// who wants a second look.
    /// </param>
    /// <param name="customerContextMissing">Whether the draft names a customer whose context could not be found.</param>
    public static AdaptiveCard Build(
        Verdict verdict, DraftRequest draft, BotText text, Suggestion? suggestion = null, bool offerApproval = false, bool customerContextMissing = false)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(text);

        var language = text.LanguageName(verdict.Language);
        var body = new List<CardElement>
        {
            new Container([CardParts.Heading(text.Outcome(verdict.Outcome)), CardParts.Paragraph(text.OutcomeDetail(verdict.Outcome))])
            {
                Style = OutcomeStyle(verdict.Outcome),
                Bleed = true,
            },
            new FactSet(
            [
                new Fact(text[BotTextKey.FactChannel], text.ChannelDescription(verdict.Channel)),
                new Fact(text[BotTextKey.FactLanguage], verdict.LanguageDetected ? text.Format(BotTextKey.LanguageDetected, language) : language),
                new Fact(text[BotTextKey.FactFindings], verdict.Findings.Count.ToString(text.Culture)),
            ]),
        };

        if (draft.CustomerHandle is { Length: > 0 } handle)
        {
            body.Add(CardParts.Verbatim(text[BotTextKey.FactCustomer], handle));
            if (customerContextMissing)
            {
                body.Add(new TextBlock(text[BotTextKey.CustomerContextMissing]) { IsSubtle = true, Wrap = true, Spacing = Spacing.None });
            }
        }

        body.Add(new TextBlock(text[BotTextKey.YourDraft]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true });
        body.Add(new RichTextBlock(HighlightedDraft(draft.Text, verdict.Findings)));

        if (verdict.Findings.Count > 0)
        {
            body.Add(new TextBlock(text[BotTextKey.FindingsHeading]) { Weight = TextWeight.Bolder, Size = TextSize.Medium, Spacing = Spacing.Large, Wrap = true });
            var shown = verdict.Findings
                .OrderByDescending(f => f.Severity)
                .ThenBy(f => f.Span.Start)
                .Take(MaxFindingsShown);
            body.AddRange(shown.Select(f => FindingContainer(f, draft.Text, text)));
            if (verdict.Findings.Count > MaxFindingsShown)
            {
                body.Add(new TextBlock(text.Format(BotTextKey.MoreFindings, verdict.Findings.Count - MaxFindingsShown)) { IsSubtle = true, Wrap = true });
            }
        }

        if (suggestion is not null)
        {
            body.Add(SuggestionCardPart.Build(suggestion, text));
        }

        var changed = !string.Equals(verdict.CorrectedText, draft.Text, StringComparison.Ordinal);
        body.Add(new TextInput(CardActionData.TextInputId)
        {
            Label = text[changed ? BotTextKey.CorrectedLabel : BotTextKey.UnchangedLabel],
            Value = verdict.CorrectedText,
            IsMultiline = true,
            MaxLength = Math.Max(AgentConversationHandler.MaxDraftLength, verdict.CorrectedText.Length),
            IsRequired = true,
            ErrorMessage = text[BotTextKey.DraftRequired],
            Spacing = Spacing.Large,
        });

        var actions = new List<CardAction>
        {
            new ExecuteAction(text[BotTextKey.ActionRecheck], CardVerbs.Recheck) { Data = CardActionData.For(draft, text, withText: false) },
        };
        if (verdict.Outcome == Outcome.NeedsApproval || (offerApproval && verdict.Outcome != Outcome.Block))
        {
            // Like "Check again" it sends the draft in the field: whoever handles the request checks that text again
            // rather than trusting this card's verdict, and the draft is not carried twice in the card.
            var title = verdict.Outcome == Outcome.NeedsApproval ? text[BotTextKey.ActionRequestApproval] : text[Approvals.ApprovalTextKey.ActionAskSupervisor];
            actions.Add(new ExecuteAction(title, CardVerbs.RequestApproval)
            {
                Data = CardActionData.For(draft, text, withText: false),
            });
        }

        if (suggestion is not null)
        {
            actions.Add(SuggestionCardPart.UseAction(suggestion, draft, text));
        }

        actions.Add(CardParts.OpenForm(text, BotTextKey.ActionNewDraft));
        return CardParts.Card(text, body, actions);
    }

    /// <summary>
    /// The draft as runs, with the text under any finding highlighted; overlapping findings make one highlight.
    /// A finding on the whole of a long draft (its length) is left out: it would highlight everything.
    /// </summary>
    internal static List<TextRun> HighlightedDraft(string draft, IEnumerable<Finding> findings)
    {
        var spans = findings
            .Select(f => f.Span)
            .Where(s => !s.IsEmpty && s.End <= draft.Length && !(s.Length == draft.Length && s.Length > MaxExcerptLength))
            .OrderBy(s => s.Start)
            .ToList();
        var runs = new List<TextRun>();
        var position = 0;
        var index = 0;
        var highlights = 0;
        while (index < spans.Count && highlights < MaxHighlights)
        {
            var start = spans[index].Start;
            var end = spans[index].End;
            for (index++; index < spans.Count && spans[index].Start <= end; index++)
            {
                end = Math.Max(end, spans[index].End);
            }

            if (start < position)
            {
                start = position;
            }

            AddPlain(runs, draft[position..start]);
            runs.Add(Highlight(draft[start..end]));
            highlights++;
            position = end;
        }

        AddPlain(runs, draft[position..]);
        return runs;
    }

    private static Container FindingContainer(Finding finding, string draft, BotText text)
    {
        var items = new List<CardElement>
        {
            new RichTextBlock(
            [
                new TextRun(text.Severity(finding.Severity)) { Weight = TextWeight.Bolder, Color = SeverityColor(finding.Severity) },
                new TextRun(" · " + finding.Message),
            ]),
            new RichTextBlock([new TextRun(text[BotTextKey.FindingFound]) { IsSubtle = true }, Excerpt(finding.Span, draft, text)]) { Spacing = Spacing.Small },
        };

        if (finding.Reason is { Length: > 0 } reason)
        {
            items.Add(new RichTextBlock([new TextRun(text[BotTextKey.FindingWhy]) { IsSubtle = true }, new TextRun(reason)]) { Spacing = Spacing.Small });
        }

        if (finding.Fix is { } fix)
        {
            items.Add(new RichTextBlock([new TextRun(text[BotTextKey.FindingFix]) { IsSubtle = true }, new TextRun(fix.Description)]) { Spacing = Spacing.Small });
            if (AutomaticFix(finding, fix, text) is { } automatic)
            {
                items.Add(automatic);
            }
        }

        items.Add(new RichTextBlock([new TextRun(finding.RuleId) { Size = TextSize.Small, IsSubtle = true }]) { Spacing = Spacing.Small });
        return new Container(items) { Separator = true, Spacing = Spacing.Medium };
    }

    private static RichTextBlock? AutomaticFix(Finding finding, Fix fix, BotText text)
    {
        if (fix.Replacement is not { } replacement)
        {
            return null;
        }

        List<TextRun> runs = replacement.Trim().Length == 0 && !finding.Span.IsEmpty
            ? [new TextRun(text[BotTextKey.AutoFixRemove]) { IsSubtle = true }]
            :
            [
                new TextRun(text[finding.Span.IsEmpty ? BotTextKey.AutoFixInsert : BotTextKey.AutoFixReplace]) { IsSubtle = true },
                new TextRun(replacement) { Weight = TextWeight.Bolder, Color = TextColor.Good },
            ];
        return new RichTextBlock(runs) { Spacing = Spacing.Small };
    }

    private static TextRun Excerpt(TextSpan span, string draft, BotText text)
    {
        if (span.IsEmpty || span.End > draft.Length)
        {
            return new TextRun(text[BotTextKey.SpanMissing]) { Italic = true };
        }

        if (span.Length > MaxExcerptLength)
        {
            return span.Start == 0 && span.Length == draft.Length
                ? new TextRun(text[BotTextKey.SpanWholeDraft]) { Italic = true }
                : Highlight(Shorten(span.Slice(draft)));
        }

        return Highlight(span.Slice(draft));
    }

    /// <summary>Cuts at a text-element boundary, so an emoji or an accented letter is never split.</summary>
    private static string Shorten(string excerpt)
    {
        var elements = StringInfo.ParseCombiningCharacters(excerpt);
        var cut = elements.LastOrDefault(start => start <= MaxExcerptLength - 1);
        return excerpt[..cut] + "…";
    }

    private static TextRun Highlight(string text) => new(text) { Highlight = true, Color = TextColor.Attention, Weight = TextWeight.Bolder };

    private static void AddPlain(List<TextRun> runs, string text)
    {
        if (text.Length > 0)
        {
            runs.Add(new TextRun(text));
        }
    }

    private static ContainerStyle OutcomeStyle(Outcome outcome) => outcome switch
    {
        Outcome.Pass => ContainerStyle.Good,
        Outcome.Warn => ContainerStyle.Warning,
        Outcome.NeedsApproval => ContainerStyle.Accent,
        _ => ContainerStyle.Attention,
    };

    private static TextColor SeverityColor(Severity severity) => severity switch
    {
        Severity.Info => TextColor.Accent,
        Severity.Warning => TextColor.Warning,
        Severity.Approval => TextColor.Accent,
        _ => TextColor.Attention,
    };
}
