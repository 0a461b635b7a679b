using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Suggestions;

namespace AgentAssist.Bot.Teams;

/// <summary>The suggested reply on a result card, and its "Use suggestion" button.</summary>
internal static class SuggestionCardPart
{
    public static Container Build(Suggestion suggestion, BotText text)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        ArgumentNullException.ThrowIfNull(text);
        return new Container(
        [
            new TextBlock(text[BotTextKey.SuggestionHeading]) { Weight = TextWeight.Bolder, Wrap = true },
            // A text run is never read as Markdown: the suggestion carries the agent's (or a model's) own characters.
            new RichTextBlock([new TextRun(suggestion.Text)]),
        ])
        {
            Style = ContainerStyle.Emphasis,
            Spacing = Spacing.Large,
        };
    }

    /// <summary>
    /// Checks the suggestion as the new draft, with the same channel, language and customer. The card's text field is
    /// not sent (no associated inputs), so the suggestion is what gets checked whatever the agent typed there.
    /// </summary>
    public static ExecuteAction UseAction(Suggestion suggestion, DraftRequest draft, BotText text)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        return new ExecuteAction(text[BotTextKey.ActionUseSuggestion], CardVerbs.Recheck)
        {
            Data = CardActionData.For(draft with { Text = suggestion.Text }, text, withText: true),
            AssociatedInputs = AssociatedInputs.None,
        };
    }
}
