using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;

namespace AgentAssist.Slack.BlockKit;

/// <summary>
/// Block Kit elements as JSON, cut to Slack's published limits so a long draft never makes Slack refuse a message.
/// Text from users goes into <c>plain_text</c> or <c>rich_text</c> elements, which Slack never reads as markup; the
/// <c>mrkdwn</c> helpers escape <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c>.
/// </summary>
public static class Blocks
{
    /// <summary>Longest text of a section, a plain-text input value or a context element.</summary>
    public const int MaxSectionText = 3000;

    public const int MaxHeaderText = 150;

    public const int MaxButtonText = 75;

    public const int MaxButtonValue = 2000;

    public const int MaxModalTitle = 24;

    public const int MaxPrivateMetadata = 3000;

    public const int MaxBlocksInMessage = 50;

    public const int MaxBlocksInModal = 100;

    public static JsonObject PlainText(string text, int max = MaxSectionText) =>
        new() { ["type"] = "plain_text", ["text"] = Cut(text, max), ["emoji"] = true };

    public static JsonObject Mrkdwn(string markdown) => new() { ["type"] = "mrkdwn", ["text"] = Cut(markdown, MaxSectionText) };

    public static JsonObject Header(string text) => new() { ["type"] = "header", ["text"] = PlainText(text, MaxHeaderText) };

    public static JsonObject Section(string markdown) => new() { ["type"] = "section", ["text"] = Mrkdwn(markdown) };

    public static JsonObject SectionPlain(string text) => new() { ["type"] = "section", ["text"] = PlainText(text) };

    /// <summary>A section of label/value fields (at most 10), each in <c>mrkdwn</c> with the label in bold.</summary>
    public static JsonObject Fields(IEnumerable<(string Label, string Value)> fields) => new()
    {
        ["type"] = "section",
        ["fields"] = new JsonArray([.. fields.Take(10).Select(f => (JsonNode)Mrkdwn($"*{Escape(f.Label)}*\n{Escape(f.Value)}"))]),
    };

    public static JsonObject Context(params string[] markdown) => new()
    {
        ["type"] = "context",
        ["elements"] = new JsonArray([.. markdown.Take(10).Select(m => (JsonNode)Mrkdwn(m))]),
    };

    public static JsonObject Divider() => new() { ["type"] = "divider" };

    /// <summary>A <c>rich_text</c> block of one section: runs of text, each plain or bold, italic or code.</summary>
    public static JsonObject RichText(IEnumerable<RichTextRun> runs) => new()
    {
        ["type"] = "rich_text",
        ["elements"] = new JsonArray(new JsonObject
        {
            ["type"] = "rich_text_section",
            ["elements"] = new JsonArray([.. runs.Where(r => r.Text.Length > 0).Select(r => (JsonNode)r.ToJson())]),
        }),
    };

    public static JsonObject Actions(string blockId, params JsonObject[] elements) => new()
    {
        ["type"] = "actions",
        ["block_id"] = blockId,
        ["elements"] = new JsonArray([.. elements.Take(25).Cast<JsonNode>()]),
    };

    /// <param name="style"><c>primary</c>, <c>danger</c>, or null for the default.</param>
    public static JsonObject Button(string text, string actionId, string? value = null, string? style = null)
    {
        var button = new JsonObject { ["type"] = "button", ["text"] = PlainText(text, MaxButtonText), ["action_id"] = actionId };
        if (value is not null)
        {
            button["value"] = Cut(value, MaxButtonValue);
        }

        if (style is not null)
        {
            button["style"] = style;
        }

        return button;
    }

    public static JsonObject Input(string blockId, string label, JsonObject element, bool optional = false, string? hint = null)
    {
        var input = new JsonObject
        {
            ["type"] = "input",
            ["block_id"] = blockId,
            ["label"] = PlainText(label, 2000),
            ["element"] = element,
            ["optional"] = optional,
        };
        if (hint is not null)
        {
            input["hint"] = PlainText(hint, 2000);
        }

        return input;
    }

    public static JsonObject PlainTextInput(string actionId, string? initialValue = null, bool multiline = false, int? maxLength = null, string? placeholder = null)
    {
        var element = new JsonObject { ["type"] = "plain_text_input", ["action_id"] = actionId, ["multiline"] = multiline };
        if (initialValue is { Length: > 0 })
        {
            element["initial_value"] = Cut(initialValue, maxLength ?? MaxSectionText);
        }

        if (maxLength is { } max)
        {
            element["max_length"] = max;
        }

        if (placeholder is not null)
        {
            element["placeholder"] = PlainText(placeholder, 150);
        }

        return element;
    }

    public static JsonObject StaticSelect(string actionId, IReadOnlyList<(string Text, string Value)> options, string? initialValue)
    {
        var choices = options.Take(100).Select(o => new JsonObject { ["text"] = PlainText(o.Text, 75), ["value"] = Cut(o.Value, 150) }).ToList();
        var select = new JsonObject { ["type"] = "static_select", ["action_id"] = actionId, ["options"] = new JsonArray([.. choices.Cast<JsonNode>()]) };
        if (choices.FirstOrDefault(c => (string?)c["value"] == initialValue) is { } initial)
        {
            select["initial_option"] = initial.DeepClone();
        }

        return select;
    }

    public static JsonObject Modal(string callbackId, string title, string submit, string close, IEnumerable<JsonObject> blocks, string? privateMetadata = null)
    {
        var metadata = privateMetadata ?? string.Empty;
        if (metadata.Length > MaxPrivateMetadata)
        {
            throw new ArgumentException($"private_metadata is limited to {MaxPrivateMetadata} characters.", nameof(privateMetadata));
        }

        return new JsonObject
        {
            ["type"] = "modal",
            ["callback_id"] = callbackId,
            ["title"] = PlainText(title, MaxModalTitle),
            ["submit"] = PlainText(submit, MaxModalTitle),
            ["close"] = PlainText(close, MaxModalTitle),
            ["private_metadata"] = metadata,
            ["blocks"] = new JsonArray([.. blocks.Take(MaxBlocksInModal).Cast<JsonNode>()]),
        };
    }

    /// <summary>Escapes the three characters Slack's <c>mrkdwn</c> reads as control characters.</summary>
    public static string Escape(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
    }

    /// <summary>Cuts at a text-element boundary (an emoji or an accented letter is never split), ending in "…".</summary>
    public static string Cut(string text, int max)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (text.Length <= max)
        {
            return text;
        }

        var builder = new StringBuilder(max);
        var elements = StringInfo.GetTextElementEnumerator(text);
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (builder.Length + element.Length > max - 1)
            {
                break;
            }

            builder.Append(element);
        }

        return builder.Append('…').ToString();
    }
}
