using AgentAssist.Bot.Teams;
using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Approvals;

namespace AgentAssist.Bot.Approvals;

/// <summary>The answer to <c>status</c>: the agent's requests waiting for approval, oldest first, each with Withdraw.</summary>
internal static class ApprovalStatusCardBuilder
{
    /// <summary>Requests listed; an agent rarely has more waiting at once.</summary>
    public const int MaxShown = 10;

    /// <summary>Longest part of a draft quoted, in UTF-16 code units.</summary>
    private const int MaxExcerptLength = 120;

    public static AdaptiveCard Build(IReadOnlyList<ApprovalRequest> pending, BotText text, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(pending);
        ArgumentNullException.ThrowIfNull(text);
        List<CardElement> heading = pending.Count == 0
            ? [CardParts.Heading(text[ApprovalTextKey.StatusTitle]), CardParts.Paragraph(text[ApprovalTextKey.StatusNone])]
            : [CardParts.Heading(text[ApprovalTextKey.StatusTitle])];
        var body = new List<CardElement> { new Container(heading) { Style = ContainerStyle.Accent, Bleed = true } };
        foreach (var request in pending.Take(MaxShown))
        {
            body.Add(new Container(
            [
                new RichTextBlock([new TextRun(Excerpt(request.DraftText))]),
                new TextBlock(text.Format(ApprovalTextKey.StatusLine, text.Duration(request.WaitingTime(now)), text.Time(request.DueAt, zone, now))) { IsSubtle = true, Wrap = true, Spacing = Spacing.Small },
                new ActionSet(
                [
                    new ExecuteAction(text[ApprovalTextKey.ActionWithdraw], ApprovalVerbs.Withdraw)
                    {
                        Data = new ApprovalActionData(request.Id, Ui: text.Language),
                        AssociatedInputs = AssociatedInputs.None,
                    },
                ]),
            ])
            {
                Separator = true,
                Spacing = Spacing.Medium,
            });
        }

        return CardParts.Card(text, body, [CardParts.OpenForm(text, BotTextKey.ActionNewDraft)]);
    }

    private static string Excerpt(string draft) =>
        draft.Length <= MaxExcerptLength ? draft : draft[..System.Globalization.StringInfo.ParseCombiningCharacters(draft).Last(i => i <= MaxExcerptLength - 1)] + "…";
}
