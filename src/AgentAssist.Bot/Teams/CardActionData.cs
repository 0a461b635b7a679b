using System.Text.Json;

namespace AgentAssist.Bot.Teams;

/// <summary>
/// The <c>data</c> of the bot's card actions; on a click, Teams merges the card's inputs (ids <c>text</c>,
/// <c>channel</c>, <c>language</c>, <c>customer</c>) into it. Every value is a string.
/// </summary>
/// <param name="Text">The draft.</param>
/// <param name="Channel">Channel id.</param>
/// <param name="Language"><c>en</c>, <c>es</c>, or <c>auto</c>/absent to detect it.</param>
/// <param name="Customer">The customer's handle.</param>
/// <param name="Ui">The language the bot spoke on the card, so the next card speaks it too.</param>
internal sealed record CardActionData(
    string? Text = null,
    string? Channel = null,
    string? Language = null,
    string? Customer = null,
    string? Ui = null)
{
    public const string TextInputId = "text";
    public const string ChannelInputId = "channel";
    public const string LanguageInputId = "language";
    public const string CustomerInputId = "customer";

    /// <summary>The <c>language</c> choice that asks the bot to detect the language.</summary>
    public const string AutoLanguage = "auto";

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Reads action data; null when it is not an object of strings.</summary>
    public static CardActionData? Read(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return data.Deserialize<CardActionData>(ReadOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static CardActionData For(DraftRequest draft, BotText text, bool withText)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(text);
        return new CardActionData(withText ? draft.Text : null, draft.Channel, draft.Language, draft.CustomerHandle, text.Language);
    }
}
