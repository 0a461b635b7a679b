using System.Text.Json;
using System.Text.Json.Serialization;
using AgentAssist.Bot.Teams;

namespace AgentAssist.Bot.Slack;

/// <summary>
/// What a button or a modal carries besides the text: the draft's channel, language and customer, the language the bot
/// spoke, and (in a modal) the Slack conversation to answer in. Kept small: a button value holds at most 2000 characters;
/// the draft's text is read from the message the button is on, never trusted as checked.
/// </summary>
internal sealed record SlackDraftOptions(
    [property: JsonPropertyName("c")] string? Channel = null,
    [property: JsonPropertyName("l")] string? Language = null,
    [property: JsonPropertyName("u")] string? Customer = null,
    [property: JsonPropertyName("ui")] string? Ui = null,
    [property: JsonPropertyName("to")] string? AnswerIn = null)
{
    private static readonly JsonSerializerOptions Options = new() { DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull };

    public static SlackDraftOptions For(DraftRequest draft, BotText text) =>
        new(draft.Channel, draft.Language, draft.CustomerHandle, text.Language);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>Reads a value; empty options when it is not one (an old or foreign button).</summary>
    public static SlackDraftOptions Read(string? json)
    {
        if (string.IsNullOrEmpty(json) || json.Length > 3000)
        {
            return new SlackDraftOptions();
        }

        try
        {
            return JsonSerializer.Deserialize<SlackDraftOptions>(json, Options) ?? new SlackDraftOptions();
        }
        catch (JsonException)
        {
            return new SlackDraftOptions();
        }
    }

    /// <summary>The draft with these options; a language other than en or es is detected instead, a bad handle dropped.</summary>
    public DraftRequest Draft(string text, Func<string, bool> isKnownChannel)
    {
        var channel = Channel?.Trim().ToLowerInvariant() is { Length: > 0 } c && isKnownChannel(c) ? c : "public";
        var language = Language?.Trim().ToLowerInvariant() is "en" or "es" ? Language.Trim().ToLowerInvariant() : null;
        var customer = Customer?.Trim() is { Length: > 0 and <= 100 } handle ? (handle.StartsWith('@') ? handle : "@" + handle) : null;
        return new DraftRequest(text, channel, language, customer);
    }
}
