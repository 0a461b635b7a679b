using AgentAssist.BotFramework.Cards;

namespace AgentAssist.Bot.Teams;

/// <summary>
/// The answer to "Send for approval" until approvals exist: says plainly that nothing was sent and nobody asked,
/// and leads back to the result.
/// </summary>
internal static class ApprovalNotEnabledCardBuilder
{
    public static AdaptiveCard Build(BotText text, DraftRequest? draft)
    {
        ArgumentNullException.ThrowIfNull(text);
        CardAction back = draft is null
            ? CardParts.OpenForm(text, BotTextKey.ActionNewDraft)
            : new ExecuteAction(text[BotTextKey.ActionBackToResult], CardVerbs.Recheck)
            {
                Data = CardActionData.For(draft, text, withText: true),
                AssociatedInputs = AssociatedInputs.None,
            };
        return CardParts.Card(
            text,
            [
                new Container([CardParts.Heading(text[BotTextKey.ApprovalTitle]), CardParts.Paragraph(text[BotTextKey.ApprovalBody])])
                {
                    Style = ContainerStyle.Warning,
                    Bleed = true,
                },
            ],
            [back]);
    }
}
