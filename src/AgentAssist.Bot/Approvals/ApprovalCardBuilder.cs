using AgentAssist.Bot.Teams;
using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Checking;

namespace AgentAssist.Bot.Approvals;

/// <summary>
/// The approval card in the supervisors' conversation. Pending: who asks, for which customer and channel, the draft
/// with the findings highlighted (personal data masked), why it needs approval, and Approve / Edit and approve (an
/// edit field, checked again) / Reject (a reason field, required) for those who may decide. Decided: who decided and
/// when, no buttons. Its <c>refresh</c> makes each listed supervisor's client fetch a card of their own.
/// Text from the draft goes only into text runs and inputs, never into Markdown.
/// </summary>
internal static class ApprovalCardBuilder
{
    /// <summary>Findings listed on the card, most severe first.</summary>
    public const int MaxFindingsShown = 8;

    public static AdaptiveCard Build(
        ApprovalRequest request,
        ApprovalCardView view,
        bool canDecide,
        IReadOnlyList<string> refreshUserIds,
        ApprovalNotice notice = ApprovalNotice.None)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(refreshUserIds);
        var text = view.Text;
        var findings = ApprovalFindings.Read(request);
        var body = new List<CardElement>();
        if (request.Decision is { } decision)
        {
            body.Add(DecisionBanner(decision, view));
        }
        else
        {
            body.Add(new Container(
            [
                CardParts.Heading(text[ApprovalTextKey.CardTitle]),
                CardParts.Paragraph(text.Format(ApprovalTextKey.CardIntro, request.Agent.DisplayName)),
            ])
            {
                Style = ContainerStyle.Accent,
                Bleed = true,
            });
            if (notice != ApprovalNotice.None)
            {
                body.Add(NoticeBanner(request, view, notice));
            }
        }

        body.Add(Facts(request, view));
        if (request.CustomerSummary is { Length: > 0 } customer)
        {
            // A run, not a fact: fact values are Markdown, and the summary comes from the agent.
            body.Add(CardParts.Verbatim(text[ApprovalTextKey.FactCustomer] + ": ", customer));
        }

        if (request.DraftText.Length > 0)
        {
            body.Add(new TextBlock(text[ApprovalTextKey.DraftHeading]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true });
            body.Add(new RichTextBlock(ApprovalFindings.DraftRuns(request, findings)));
            if (ApprovalFindings.HasPersonalData(findings))
            {
                body.Add(new TextBlock(text[ApprovalTextKey.RedactedNote]) { IsSubtle = true, Size = TextSize.Small, Wrap = true });
            }
        }

        if (request.IsPending)
        {
            AddFindings(body, findings, text);
            if (request.SuggestedRewrite is { Length: > 0 } suggestion)
            {
                body.Add(new TextBlock(text[ApprovalTextKey.SuggestionHeading]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true });
                body.Add(new RichTextBlock([new TextRun(suggestion)]));
            }

            if (!canDecide)
            {
                body.Add(new TextBlock(text[ApprovalTextKey.ReadOnlyNote]) { IsSubtle = true, Spacing = Spacing.Medium, Wrap = true });
            }
        }
        else if (request.Decision is { State: ApprovalState.EditedAndApproved, FinalText: { Length: > 0 } edited })
        {
            body.Add(new TextBlock(text[ApprovalTextKey.FinalTextHeading]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true });
            body.Add(new RichTextBlock([new TextRun(edited)]));
        }

        var actions = request.IsPending && canDecide ? DecisionActions(request, findings, text) : null;
        return CardParts.Card(text, body, actions) with
        {
            Refresh = new CardRefresh(new ExecuteAction(text[ApprovalTextKey.ActionRefresh], ApprovalVerbs.Refresh)
            {
                Data = new ApprovalActionData(request.Id, Ui: text.Language),
                AssociatedInputs = AssociatedInputs.None,
            })
            {
                UserIds = refreshUserIds.Take(CardRefresh.MaxUserIds).ToList(),
            },
        };
    }

    /// <summary>"Approved by Ana at 14:02", and the reason of a rejection.</summary>
    internal static Container DecisionBanner(ApprovalDecision decision, ApprovalCardView view)
    {
        ArgumentNullException.ThrowIfNull(decision);
        var text = view.Text;
        var key = decision.State switch
        {
            ApprovalState.Approved => ApprovalTextKey.ApprovedBy,
            ApprovalState.EditedAndApproved => ApprovalTextKey.EditedBy,
            ApprovalState.Rejected => ApprovalTextKey.RejectedBy,
            _ => ApprovalTextKey.WithdrawnBy,
        };
        var items = new List<CardElement> { CardParts.Heading(text.Format(key, decision.DecidedBy.DisplayName, view.Time(decision.DecidedAt))) };
        if (decision.Reason is { Length: > 0 } reason)
        {
            items.Add(CardParts.Verbatim(text[ApprovalTextKey.ReasonHeading], reason));
        }

        return new Container(items)
        {
            Style = decision.State switch
            {
                ApprovalState.Approved or ApprovalState.EditedAndApproved => ContainerStyle.Good,
                ApprovalState.Rejected => ContainerStyle.Attention,
                _ => ContainerStyle.Emphasis,
            },
            Bleed = true,
        };
    }

    private static Container NoticeBanner(ApprovalRequest request, ApprovalCardView view, ApprovalNotice notice)
    {
        var text = view.Text;
        var items = notice == ApprovalNotice.Reminder
            ? new List<CardElement>
            {
                new TextBlock(text[ApprovalTextKey.ReminderTitle]) { Weight = TextWeight.Bolder, Wrap = true },
                CardParts.Paragraph(text.Format(ApprovalTextKey.ReminderBody, request.Agent.DisplayName, text.Duration(request.WaitingTime(view.Now)), view.Time(request.DueAt))),
            }
            : new List<CardElement>
            {
                new TextBlock(text[ApprovalTextKey.EscalationTitle]) { Weight = TextWeight.Bolder, Wrap = true },
                CardParts.Paragraph(text.Format(ApprovalTextKey.EscalationBody, request.Agent.DisplayName, view.Time(request.DueAt), view.TeamName)),
            };
        return new Container(items) { Style = notice == ApprovalNotice.Reminder ? ContainerStyle.Warning : ContainerStyle.Attention, Bleed = true };
    }

    private static FactSet Facts(ApprovalRequest request, ApprovalCardView view)
    {
        var text = view.Text;
        var facts = new List<Fact>
        {
            new(text[ApprovalTextKey.FactAgent], request.Agent.DisplayName),
            new(text[ApprovalTextKey.FactChannel], view.ChannelName),
        };
        facts.Add(new Fact(text[ApprovalTextKey.FactUrgency], text.Urgency(request.Severity)));
        facts.Add(new Fact(text[ApprovalTextKey.FactRequested], view.Time(request.CreatedAt)));
        if (request.IsPending)
        {
            facts.Add(new Fact(text[ApprovalTextKey.FactDue], view.Time(request.DueAt)));
        }

        facts.Add(new Fact(text[ApprovalTextKey.FactWaiting], text.Duration(request.WaitingTime(view.Now))));
        return new FactSet(facts);
    }

    private static void AddFindings(List<CardElement> body, IReadOnlyList<Finding> findings, BotText text)
    {
        if (findings.Count == 0)
        {
            return;
        }

        body.Add(new TextBlock(text[ApprovalTextKey.FindingsHeading]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true });
        foreach (var finding in findings.OrderByDescending(f => f.Severity).ThenBy(f => f.Span.Start).Take(MaxFindingsShown))
        {
            body.Add(new RichTextBlock(
            [
                new TextRun(text.Severity(finding.Severity)) { Weight = TextWeight.Bolder, Color = finding.Severity >= Severity.Block ? TextColor.Attention : TextColor.Accent },
                new TextRun(" · " + finding.Message),
                new TextRun(" (" + finding.RuleId + ")") { IsSubtle = true, Size = TextSize.Small },
            ])
            {
                Spacing = Spacing.Small,
            });
        }

        if (findings.Count > MaxFindingsShown)
        {
            body.Add(new TextBlock(text.Format(ApprovalTextKey.MoreFindings, findings.Count - MaxFindingsShown)) { IsSubtle = true, Wrap = true });
        }
    }

    private static List<CardAction> DecisionActions(ApprovalRequest request, IReadOnlyList<Finding> findings, BotText text)
    {
        var data = new ApprovalActionData(request.Id, Ui: text.Language);
        var prefill = request.SuggestedRewrite is { Length: > 0 } suggestion ? suggestion : ApprovalFindings.ShownDraft(request, findings);
        return
        [
            new ExecuteAction(text[ApprovalTextKey.ActionApprove], ApprovalVerbs.Approve) { Data = data, AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Positive },
            new ShowCardAction(text[ApprovalTextKey.ActionEditApprove], InlineCard(
                new TextInput(ApprovalActionData.EditedTextInputId)
                {
                    Label = text[ApprovalTextKey.EditLabel],
                    Value = prefill,
                    IsMultiline = true,
                    MaxLength = Math.Max(AgentConversationHandler.MaxDraftLength, prefill.Length),
                    IsRequired = true,
                    ErrorMessage = text[ApprovalTextKey.EditRequired],
                },
                new ExecuteAction(text[ApprovalTextKey.ActionConfirmEdit], ApprovalVerbs.EditAndApprove) { Data = data })),
            new ShowCardAction(text[ApprovalTextKey.ActionReject], InlineCard(
                new TextInput(ApprovalActionData.ReasonInputId)
                {
                    Label = text[ApprovalTextKey.ReasonLabel],
                    IsMultiline = true,
                    MaxLength = ApprovalActionData.MaxReasonLength,
                    IsRequired = true,
                    ErrorMessage = text[ApprovalTextKey.ReasonRequired],
                },
                new ExecuteAction(text[ApprovalTextKey.ActionConfirmReject], ApprovalVerbs.Reject) { Data = data, Style = ActionStyle.Destructive })),
        ];
    }

    private static AdaptiveCard InlineCard(TextInput input, ExecuteAction action) =>
        new([input]) { Schema = null, Version = null, Actions = [action] };
}
