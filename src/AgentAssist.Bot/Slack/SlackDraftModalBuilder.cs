using System.Text.Json.Nodes;
using AgentAssist.Bot.Teams;
using AgentAssist.Core.Checking;
using AgentAssist.Slack.BlockKit;

namespace AgentAssist.Bot.Slack;

/// <summary>
/// The modal to check a draft (<c>views.open</c>): the draft, the channel it is for, its language and the customer, the
/// Slack twin of <see cref="DraftFormCardBuilder"/>. <c>private_metadata</c> says where to answer and in which language.
/// </summary>
internal static class SlackDraftModalBuilder
{
    public static JsonObject Build(BotText text, IEnumerable<ChannelProfile> channels, DraftRequest? draft, string answerIn)
    {
        ArgumentNullException.ThrowIfNull(text);
        var channelChoices = HelpCardBuilder.ChannelOrder(channels).Select(c => (text.ChannelDescription(c), c.Id)).ToList();
        var languageChoices = new List<(string, string)>
        {
            (text[BotTextKey.LanguageAuto], CardActionData.AutoLanguage),
            (text[BotTextKey.LanguageEnglish], "en"),
            (text[BotTextKey.LanguageSpanish], "es"),
        };
        var blocks = new List<JsonObject>
        {
            Blocks.Input(
                SlackActionIds.TextInput,
                text[BotTextKey.FormDraftLabel],
                Blocks.PlainTextInput(SlackActionIds.TextInput, draft?.Text, multiline: true, maxLength: AgentConversationHandler.MaxDraftLength, placeholder: text[BotTextKey.FormDraftPlaceholder])),
            Blocks.Input(SlackActionIds.ChannelInput, text[BotTextKey.FormChannelLabel], Blocks.StaticSelect(SlackActionIds.ChannelInput, channelChoices, draft?.Channel ?? ChannelProfile.GenericPublic.Id)),
            Blocks.Input(SlackActionIds.LanguageInput, text[BotTextKey.FormLanguageLabel], Blocks.StaticSelect(SlackActionIds.LanguageInput, languageChoices, draft?.Language ?? CardActionData.AutoLanguage)),
            Blocks.Input(
                SlackActionIds.CustomerInput,
                text[BotTextKey.FormCustomerLabel],
                Blocks.PlainTextInput(SlackActionIds.CustomerInput, draft?.CustomerHandle, maxLength: 100, placeholder: text[BotTextKey.FormCustomerPlaceholder]),
                optional: true,
                hint: SlackText.Get(text, SlackTextKey.CustomerHint)),
        };
        var metadata = new SlackDraftOptions(Ui: text.Language, AnswerIn: answerIn).ToJson();
        return Blocks.Modal(SlackActionIds.CheckView, text[BotTextKey.FormTitle], text[BotTextKey.ActionCheck], SlackText.Get(text, SlackTextKey.ModalCancel), blocks, metadata);
    }
}
