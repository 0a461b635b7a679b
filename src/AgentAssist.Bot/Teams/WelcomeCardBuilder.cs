using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Checking;

namespace AgentAssist.Bot.Teams;

/// <summary>
/// The card the bot posts when it is installed: what it does, the commands, the way to the form, and the
/// example, channels and languages one click away.
/// </summary>
internal static class WelcomeCardBuilder
{
    public static AdaptiveCard Build(BotText text, IEnumerable<ChannelProfile> channels)
    {
        ArgumentNullException.ThrowIfNull(text);
        var details = new AdaptiveCard(HelpCardBuilder.Details(text, channels)) { Schema = null, Version = null };
        return CardParts.Card(
            text,
            [
                CardParts.Heading(text[BotTextKey.WelcomeTitle]),
                CardParts.Paragraph(text[BotTextKey.WelcomeBody]),
                CardParts.Paragraph(text[BotTextKey.WelcomeHowTo]),
                CardParts.Paragraph(text[BotTextKey.HelpIntro]),
                HelpCardBuilder.Commands(text),
            ],
            [
                CardParts.OpenForm(text),
                new ShowCardAction(text[BotTextKey.ActionShowDetails], details),
            ]);
    }
}
