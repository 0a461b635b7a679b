using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Checking;

namespace AgentAssist.Bot.Teams;

/// <summary>The command list, with the check syntax, an example, and the channels and languages the packs know.</summary>
internal static class HelpCardBuilder
{
    public static AdaptiveCard Build(BotText text, IEnumerable<ChannelProfile> channels, bool unknownCommand = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        var body = new List<CardElement>();
        if (unknownCommand)
        {
            body.Add(new Container([CardParts.Paragraph(text[BotTextKey.UnknownCommand])]) { Style = ContainerStyle.Warning, Bleed = true });
        }

        body.AddRange(Body(text, channels));
        return CardParts.Card(text, body, [CardParts.OpenForm(text)]);
    }

    /// <summary>The help without its actions.</summary>
    public static IReadOnlyList<CardElement> Body(BotText text, IEnumerable<ChannelProfile> channels)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [CardParts.Heading(text[BotTextKey.HelpTitle]), CardParts.Paragraph(text[BotTextKey.HelpIntro]), Commands(text), .. Details(text, channels)];
    }

    /// <summary>The commands and what each does.</summary>
    public static FactSet Commands(BotText text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return new FactSet(
        [
            new Fact(text[BotTextKey.HelpCommandHelp], text[BotTextKey.HelpCommandHelpText]),
            new Fact(text[BotTextKey.HelpCommandForm], text[BotTextKey.HelpCommandFormText]),
            new Fact(text[BotTextKey.HelpCommandCheck], text[BotTextKey.HelpCommandCheckText]),
            new Fact(text[BotTextKey.HelpCommandStatus], text[BotTextKey.HelpCommandStatusText]),
        ]);
    }

    /// <summary>An example of the check command, and the channels and languages it takes.</summary>
    public static IReadOnlyList<CardElement> Details(BotText text, IEnumerable<ChannelProfile> channels)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(channels);
        return
        [
            CardParts.Verbatim(text[BotTextKey.HelpExampleTitle] + ": ", text[BotTextKey.HelpExample]),
            new FactSet(
            [
                new Fact(text[BotTextKey.HelpChannels], string.Join(", ", ChannelOrder(channels).Select(c => c.Id))),
                new Fact(text[BotTextKey.HelpLanguages], text[BotTextKey.HelpLanguagesValue]),
            ])
            {
                Spacing = Spacing.Medium,
            },
        ];
    }

    /// <summary>The generic channels first, then public before private, then by id.</summary>
    public static IEnumerable<ChannelProfile> ChannelOrder(IEnumerable<ChannelProfile> channels) =>
        channels
            .OrderBy(c => c.Id is "public" or "private" ? 0 : 1)
            .ThenBy(c => c.Kind)
            .ThenBy(c => c.Id, StringComparer.Ordinal);
}
