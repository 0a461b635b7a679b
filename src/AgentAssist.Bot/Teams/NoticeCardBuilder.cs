using AgentAssist.BotFramework.Cards;

namespace AgentAssist.Bot.Teams;

/// <summary>A short message when the bot cannot do what was asked: what happened and what to do instead.</summary>
internal static class NoticeCardBuilder
{
    public static AdaptiveCard Build(BotText text, BotTextKey title, string body)
    {
        ArgumentNullException.ThrowIfNull(text);
        return CardParts.Card(
            text,
            [
                new Container([CardParts.Heading(text[title]), CardParts.Paragraph(body)]) { Style = ContainerStyle.Warning, Bleed = true },
            ],
            [CardParts.OpenForm(text)]);
    }
}
