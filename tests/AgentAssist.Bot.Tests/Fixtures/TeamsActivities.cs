namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>Activities as Teams sends them to a bot, pointed at a <see cref="LoopbackConnector"/>.</summary>
internal static class TeamsActivities
{
    public const string BotId = "28:6f1f4bd6-3c6e-4f83-9b1c-2f7d1a3c9e01";
    public const string BotName = "AgentAssist";
    public const string AgentId = "29:agent-1";
    public const string ConversationId = "a:1Xy-personal;chat=1";

    public static Dictionary<string, object?> Message(string serviceUrl, string? text, string? locale = "en-US", string id = "1712345678901")
    {
        var activity = Base(serviceUrl, "message", id, locale);
        activity["text"] = text;
        activity["textFormat"] = "plain";
        return activity;
    }

    /// <summary>A click on an <c>Action.Execute</c>: the action's data with the card's inputs merged in.</summary>
    public static Dictionary<string, object?> CardAction(string serviceUrl, string verb, object data, string? locale = "en-US")
    {
        var activity = Base(serviceUrl, "invoke", "f:invoke-1", locale);
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = "activity-1";
        activity["value"] = new Dictionary<string, object?>
        {
            ["action"] = new Dictionary<string, object?> { ["type"] = "Action.Execute", ["id"] = "action-1", ["verb"] = verb, ["data"] = data },
            ["trigger"] = "manual",
        };
        return activity;
    }

    /// <summary>
    /// A click (or, with <paramref name="automatic"/>, a refresh) on a card in another conversation by another user:
    /// a supervisor in the supervisors' channel.
    /// </summary>
    public static Dictionary<string, object?> CardActionBy(
        string serviceUrl,
        TeamsUser user,
        string verb,
        object data,
        string invokeId,
        string conversationId,
        string replyToId = "activity-1",
        string? locale = "en-US",
        bool automatic = false)
    {
        var activity = Base(serviceUrl, "invoke", invokeId, locale, conversationId);
        activity["from"] = new Dictionary<string, object?> { ["id"] = user.Id, ["name"] = user.Name, ["aadObjectId"] = user.AadObjectId };
        activity["conversation"] = new Dictionary<string, object?> { ["id"] = conversationId, ["conversationType"] = "channel", ["tenantId"] = "tenant-1" };
        activity["name"] = "adaptiveCard/action";
        activity["replyToId"] = replyToId;
        activity["value"] = new Dictionary<string, object?>
        {
            ["action"] = new Dictionary<string, object?> { ["type"] = "Action.Execute", ["id"] = "action-1", ["verb"] = verb, ["data"] = data },
            ["trigger"] = automatic ? "automatic" : "manual",
        };
        return activity;
    }

    public static Dictionary<string, object?> BotAdded(string serviceUrl, string? locale = "en-US", string conversationId = ConversationId)
    {
        var activity = Base(serviceUrl, "conversationUpdate", "f:conversation-update-1", locale, conversationId);
        activity["membersAdded"] = new[] { new Dictionary<string, object?> { ["id"] = BotId } };
        return activity;
    }

    public static Dictionary<string, object?> Installed(string serviceUrl, string? locale = "en-US", string conversationId = ConversationId)
    {
        var activity = Base(serviceUrl, "installationUpdate", "f:installation-update-1", locale, conversationId);
        activity["action"] = "add";
        return activity;
    }

    private static Dictionary<string, object?> Base(string serviceUrl, string type, string id, string? locale, string conversationId = ConversationId) => new()
    {
        ["type"] = type,
        ["id"] = id,
        ["timestamp"] = "2025-11-20T10:15:30.123Z",
        ["serviceUrl"] = serviceUrl,
        ["channelId"] = "msteams",
        ["from"] = new Dictionary<string, object?> { ["id"] = AgentId, ["name"] = "Agent", ["aadObjectId"] = "00000000-0000-0000-0000-000000000001" },
        ["recipient"] = new Dictionary<string, object?> { ["id"] = BotId, ["name"] = BotName },
        ["conversation"] = new Dictionary<string, object?> { ["id"] = conversationId, ["conversationType"] = "personal", ["tenantId"] = "tenant-1" },
        ["channelData"] = new Dictionary<string, object?> { ["tenant"] = new Dictionary<string, object?> { ["id"] = "tenant-1" } },
        ["locale"] = locale,
    };
}
