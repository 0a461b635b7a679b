using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Checking;

namespace AgentAssist.Bot.Teams;

/// <summary>The form: the draft, the channel, the language and the customer, and a button that checks them (verb <c>check</c>).</summary>
internal static class DraftFormCardBuilder
{
    public static AdaptiveCard Build(BotText text, IEnumerable<ChannelProfile> channels)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(channels);
        var channelChoices = HelpCardBuilder.ChannelOrder(channels)
            .Select(c => new Choice(text.ChannelDescription(c), c.Id))
            .ToList();
        return CardParts.Card(
            text,
            [
                CardParts.Heading(text[BotTextKey.FormTitle]),
                new TextInput(CardActionData.TextInputId)
                {
                    Label = text[BotTextKey.FormDraftLabel],
                    Placeholder = text[BotTextKey.FormDraftPlaceholder],
                    IsMultiline = true,
                    MaxLength = AgentConversationHandler.MaxDraftLength,
                    IsRequired = true,
                    ErrorMessage = text[BotTextKey.DraftRequired],
                },
                new ChoiceSetInput(CardActionData.ChannelInputId, channelChoices)
                {
                    Label = text[BotTextKey.FormChannelLabel],
                    Value = ChannelProfile.GenericPublic.Id,
                    Style = ChoiceInputStyle.Compact,
                },
                new ChoiceSetInput(
                    CardActionData.LanguageInputId,
                    [
                        new Choice(text[BotTextKey.LanguageAuto], CardActionData.AutoLanguage),
                        new Choice(text[BotTextKey.LanguageEnglish], "en"),
                        new Choice(text[BotTextKey.LanguageSpanish], "es"),
                    ])
                {
                    Label = text[BotTextKey.FormLanguageLabel],
                    Value = CardActionData.AutoLanguage,
                    Style = ChoiceInputStyle.Compact,
                },
                new TextInput(CardActionData.CustomerInputId)
                {
                    Label = text[BotTextKey.FormCustomerLabel],
                    Placeholder = text[BotTextKey.FormCustomerPlaceholder],
                    MaxLength = 100,
                },
            ],
            [
                new ExecuteAction(text[BotTextKey.ActionCheck], CardVerbs.Check) { Data = new CardActionData(Ui: text.Language) },
            ]);
    }
}
