using System.Text.Json.Nodes;
using AgentAssist.Slack.Tests.Fixtures;

namespace AgentAssist.Bot.Tests.Slack;

/// <summary>Requests as Slack sends them to the bot's three URLs.</summary>
internal static class SlackRequests
{
    public const string Form = "application/x-www-form-urlencoded";

    public const string Json = "application/json";

    public static string DirectMessage(string eventId, string text, string user = "U0AGENT", string? botId = null)
    {
        var message = new JsonObject { ["type"] = "message", ["channel_type"] = "im", ["channel"] = "D0DM", ["user"] = user, ["text"] = text, ["ts"] = "1700000000.000100" };
        if (botId is not null)
        {
            message["bot_id"] = botId;
        }

        return Envelope(eventId, message);
    }

    public static string Mention(string eventId, string text) =>
        Envelope(eventId, new JsonObject { ["type"] = "app_mention", ["channel"] = "C0TEAM", ["user"] = "U0AGENT", ["text"] = "<@U0BOT> " + text, ["ts"] = "1700000000.000200" });

    public static string Command(LoopbackSlackPeer peer, string text, string channelId = "D0DM", string user = "U0AGENT", string responseId = "cmd") =>
        string.Join('&', new Dictionary<string, string>
        {
            ["token"] = "deprecated-verification-token",
            ["team_id"] = "T0TEAM",
            ["channel_id"] = channelId,
            ["user_id"] = user,
            ["command"] = "/assist",
            ["text"] = text,
            ["response_url"] = peer.ResponseUrl(responseId).ToString(),
            ["trigger_id"] = "1337.42.abcdef",
        }.Select(p => p.Key + "=" + Uri.EscapeDataString(p.Value)));

    public static string BlockAction(string actionId, string value, JsonArray? messageBlocks, string user = "U0AGENT", string actionTs = "1700000001.000001")
    {
        var payload = new JsonObject
        {
            ["type"] = "block_actions",
            ["user"] = new JsonObject { ["id"] = user, ["username"] = "agent" },
            ["team"] = new JsonObject { ["id"] = "T0TEAM" },
            ["container"] = new JsonObject { ["type"] = "message", ["message_ts"] = "1700000000.000300", ["channel_id"] = "D0DM" },
            ["channel"] = new JsonObject { ["id"] = "D0DM" },
            ["trigger_id"] = "1337.43.abcdef",
            ["response_url"] = "https://hooks.slack.invalid/actions/1",
            ["actions"] = new JsonArray(new JsonObject { ["action_id"] = actionId, ["block_id"] = "aa_actions", ["value"] = value, ["type"] = "button", ["action_ts"] = actionTs }),
        };
        if (messageBlocks is not null)
        {
            payload["message"] = new JsonObject { ["type"] = "message", ["ts"] = "1700000000.000300", ["blocks"] = messageBlocks.DeepClone() };
        }

        return LoopbackSlackPeer.InteractionForm(payload);
    }

    public static string ViewSubmission(string? draft, string channel, string language, string? customer, string privateMetadata, string user = "U0AGENT")
    {
        JsonObject Text(string? value) => new() { ["type"] = "plain_text_input", ["value"] = value };
        JsonObject Select(string value) => new() { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = value } };
        var payload = new JsonObject
        {
            ["type"] = "view_submission",
            ["user"] = new JsonObject { ["id"] = user },
            ["team"] = new JsonObject { ["id"] = "T0TEAM" },
            ["view"] = new JsonObject
            {
                ["id"] = "V1",
                ["callback_id"] = "aa_check",
                ["private_metadata"] = privateMetadata,
                ["state"] = new JsonObject
                {
                    ["values"] = new JsonObject
                    {
                        ["text"] = new JsonObject { ["text"] = Text(draft) },
                        ["channel"] = new JsonObject { ["channel"] = Select(channel) },
                        ["language"] = new JsonObject { ["language"] = Select(language) },
                        ["customer"] = new JsonObject { ["customer"] = Text(customer) },
                    },
                },
            },
        };
        return LoopbackSlackPeer.InteractionForm(payload);
    }

    private static string Envelope(string eventId, JsonObject message) => new JsonObject
    {
        ["token"] = "deprecated-verification-token",
        ["team_id"] = "T0TEAM",
        ["api_app_id"] = "A0APP",
        ["type"] = "event_callback",
        ["event_id"] = eventId,
        ["event_time"] = 1_700_000_000,
        ["event"] = message,
    }.ToJsonString();
}
