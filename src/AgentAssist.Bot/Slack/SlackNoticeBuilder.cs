using System.Text.Json.Nodes;
using AgentAssist.Bot.Teams;
using AgentAssist.Core.Checking;
using AgentAssist.Slack.BlockKit;

namespace AgentAssist.Bot.Slack;

/// <summary>The bot's other Slack messages: the command list and short notices, each with "Check a draft".</summary>
internal static class SlackNoticeBuilder
{
    public static SlackReply Help(BotText text, IEnumerable<ChannelProfile> channels, bool unknownCommand)
    {
        ArgumentNullException.ThrowIfNull(text);
        var blocks = new JsonArray();
        if (unknownCommand)
        {
            blocks.Add(Blocks.SectionPlain(text[BotTextKey.UnknownCommand]));
        }

        blocks.Add(Blocks.Header(text[BotTextKey.HelpTitle]));
        blocks.Add(Blocks.SectionPlain(text[BotTextKey.HelpIntro]));
        blocks.Add(Blocks.Section(string.Join("\n", new[]
        {
            (BotTextKey.HelpCommandHelp, BotTextKey.HelpCommandHelpText),
            (BotTextKey.HelpCommandForm, BotTextKey.HelpCommandFormText),
            (BotTextKey.HelpCommandCheck, BotTextKey.HelpCommandCheckText),
            (BotTextKey.HelpCommandStatus, BotTextKey.HelpCommandStatusText),
        }.Select(c => $"`/assist {Blocks.Escape(text[c.Item1])}`  {Blocks.Escape(text[c.Item2])}"))));
        blocks.Add(Blocks.Section($"*{Blocks.Escape(text[BotTextKey.HelpExampleTitle])}*\n`/assist {Blocks.Escape(text[BotTextKey.HelpExample])}`"));
        blocks.Add(Blocks.Fields(
        [
            (text[BotTextKey.HelpChannels], string.Join(", ", HelpCardBuilder.ChannelOrder(channels).Select(c => c.Id))),
            (text[BotTextKey.HelpLanguages], text[BotTextKey.HelpLanguagesValue]),
        ]));
        blocks.Add(OpenFormActions(text));
        return new SlackReply(text[BotTextKey.HelpTitle], blocks);
    }

    public static SlackReply Notice(BotText text, string title, string body)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new SlackReply(title, [Blocks.Header(title), Blocks.SectionPlain(body), OpenFormActions(text)]);
    }

    /// <summary>A plain message without buttons, such as "the result is in your direct messages".</summary>
    public static SlackReply Plain(string body) => new(body, [Blocks.SectionPlain(body)]);

    private static JsonObject OpenFormActions(BotText text) =>
        Blocks.Actions(SlackActionIds.ActionsBlock, Blocks.Button(text[BotTextKey.ActionOpenForm], SlackActionIds.OpenForm, new SlackDraftOptions(Ui: text.Language).ToJson(), "primary"));
}
