using AgentAssist.Bot.Teams;
using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Approvals;

namespace AgentAssist.Bot.Approvals;

/// <summary>
/// The agent's card about their request. Pending: waiting for the team's supervisors, since when and until when, with
/// Withdraw; it refreshes itself when the agent looks at it, so the waiting time is current. Decided: who decided and
/// when, and the final text ready to copy, or the reason of a rejection.
/// </summary>
internal static class AgentApprovalCardBuilder
{
    public static AdaptiveCard Build(ApprovalRequest request, ApprovalCardView view)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(view);
        var text = view.Text;
        var data = new ApprovalActionData(request.Id, Ui: text.Language);
        if (request.Decision is { } decision)
        {
            var body = new List<CardElement> { ApprovalCardBuilder.DecisionBanner(decision, view) };
            if (decision.State is ApprovalState.Approved or ApprovalState.EditedAndApproved && decision.FinalText is { Length: > 0 } final)
            {
                body.Add(new TextBlock(text[ApprovalTextKey.FinalTextHeading]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true });
                body.Add(new RichTextBlock([new TextRun(final)]));
            }
            else if (request.DraftText.Length > 0)
            {
                body.Add(new TextBlock(text[BotTextKey.YourDraft]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true });
                body.Add(new RichTextBlock([new TextRun(request.DraftText)]));
            }

            body.Add(Facts(request, view));
            return CardParts.Card(text, body, [CardParts.OpenForm(text, BotTextKey.ActionNewDraft)]);
        }

        return CardParts.Card(
            text,
            [
                new Container(
                [
                    CardParts.Heading(text[ApprovalTextKey.WaitingTitle]),
                    CardParts.Paragraph(text.Format(ApprovalTextKey.WaitingBody, view.TeamName)),
                ])
                {
                    Style = ContainerStyle.Accent,
                    Bleed = true,
                },
                Facts(request, view),
                new TextBlock(text[BotTextKey.YourDraft]) { Weight = TextWeight.Bolder, Spacing = Spacing.Medium, Wrap = true },
                new RichTextBlock([new TextRun(request.DraftText)]),
            ],
            [
                new ExecuteAction(text[ApprovalTextKey.ActionWithdraw], ApprovalVerbs.Withdraw) { Data = data, AssociatedInputs = AssociatedInputs.None },
                new ExecuteAction(text[ApprovalTextKey.ActionRefresh], ApprovalVerbs.Status) { Data = data, AssociatedInputs = AssociatedInputs.None },
            ]) with
        {
            // No user ids: in the agent's one-to-one chat that refreshes for the agent alone.
            Refresh = new CardRefresh(new ExecuteAction(text[ApprovalTextKey.ActionRefresh], ApprovalVerbs.Status) { Data = data, AssociatedInputs = AssociatedInputs.None }),
        };
    }

    private static FactSet Facts(ApprovalRequest request, ApprovalCardView view)
    {
        var text = view.Text;
        var facts = new List<Fact>
        {
            new(text[ApprovalTextKey.FactChannel], view.ChannelName),
            new(text[ApprovalTextKey.FactRequested], view.Time(request.CreatedAt)),
        };
        if (request.IsPending)
        {
            facts.Add(new Fact(text[ApprovalTextKey.FactDue], view.Time(request.DueAt)));
        }

        facts.Add(new Fact(text[ApprovalTextKey.FactWaiting], text.Duration(request.WaitingTime(view.Now))));
        return new FactSet(facts);
    }
}
