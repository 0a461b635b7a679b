using System.Text.Json;
using System.Text.Json.Nodes;

namespace AgentAssist.Slack.Tests.Fixtures;

/// <summary>
/// Checks a Web API call against Slack's published OpenAPI description (slackapi/slack-api-specs, vendored as the subset
/// of the methods the bot calls in Fixtures/SlackApiSpec): the method exists, the content type is one it consumes, every
/// argument is one it declares with the declared type, every required argument is there. Where the 2020 description is
/// older than the live docs, the live docs win and the exception is named here: every method also takes POST and a bearer
/// token in the Authorization header (docs.slack.dev/apis/web-api), and JSON bodies carry <c>blocks</c> and <c>view</c>
/// as JSON rather than as JSON-encoded strings. It checks the Block Kit limits the bot depends on too.
/// </summary>
internal sealed class SlackApiContract
{
    private static readonly HashSet<string> JsonValuedArguments = ["blocks", "view", "attachments"];

    private static readonly HashSet<string> BlockTypes = ["section", "header", "context", "divider", "actions", "input", "rich_text"];

    private readonly JsonObject _paths;

    private SlackApiContract(JsonObject paths) => _paths = paths;

    public static SlackApiContract Load()
    {
        var file = Path.Combine(AppContext.BaseDirectory, "SlackApiSpec", "slack_web_openapi_v2.subset.json");
        var spec = JsonNode.Parse(File.ReadAllText(file))!.AsObject();
        return new SlackApiContract(spec["paths"]!.AsObject());
    }

    /// <summary>The problems with one call; empty when it keeps to the description.</summary>
    public List<string> Check(string method, string? contentType, string? authorization, JsonObject arguments)
    {
        var problems = new List<string>();
        if (_paths["/" + method] is not JsonObject operations)
        {
            problems.Add($"{method}: not a method of the Web API description");
            return problems;
        }

        var operation = (operations["post"] ?? operations["get"])!.AsObject();
        var mediaType = contentType?.Split(';')[0].Trim();
        var consumes = operation["consumes"]?.AsArray().Select(c => c!.GetValue<string>()).ToList() ?? [];
        if (mediaType is null || !consumes.Contains(mediaType))
        {
            problems.Add($"{method}: content type {mediaType} is not one of {string.Join(", ", consumes)}");
        }

        if (authorization is null || !authorization.StartsWith("Bearer xox", StringComparison.Ordinal))
        {
            problems.Add($"{method}: no bearer token");
        }

        var parameters = operation["parameters"]!.AsArray().Select(p => p!.AsObject())
            .Where(p => p["name"]!.GetValue<string>() != "token")
            .ToDictionary(p => p["name"]!.GetValue<string>(), p => p);
        foreach (var (name, value) in arguments)
        {
            if (!parameters.TryGetValue(name, out var parameter))
            {
                problems.Add($"{method}: argument '{name}' is not declared");
                continue;
            }

            var type = parameter["type"]?.GetValue<string>();
            var kind = value?.GetValueKind();
            var typed = type switch
            {
                "boolean" => kind is JsonValueKind.True or JsonValueKind.False || (kind == JsonValueKind.String && value!.GetValue<string>() is "true" or "false"),
                "integer" or "number" => kind == JsonValueKind.Number,
                _ => kind == JsonValueKind.String || (JsonValuedArguments.Contains(name) && kind is JsonValueKind.Array or JsonValueKind.Object),
            };
            if (!typed)
            {
                problems.Add($"{method}: argument '{name}' is {kind}, declared {type}");
            }
        }

        foreach (var (name, parameter) in parameters)
        {
            if (parameter["required"]?.GetValue<bool>() == true && !arguments.ContainsKey(name))
            {
                problems.Add($"{method}: required argument '{name}' is missing");
            }
        }

        if (arguments["blocks"] is JsonArray blocks)
        {
            CheckBlocks(method, blocks, 50, problems);
        }

        if (arguments["view"] is JsonObject view)
        {
            CheckView(method, view, problems);
        }

        return problems;
    }

    private static void CheckView(string method, JsonObject view, List<string> problems)
    {
        if ((string?)view["type"] != "modal")
        {
            problems.Add($"{method}: view type is not modal");
        }

        foreach (var key in new[] { "title", "submit", "close" })
        {
            if (view[key] is JsonObject text && ((string?)text["text"])?.Length is > 24 or null)
            {
                problems.Add($"{method}: view {key} longer than 24 characters");
            }
        }

        if (((string?)view["private_metadata"])?.Length > 3000)
        {
            problems.Add($"{method}: private_metadata over 3000 characters");
        }

        if (view["blocks"] is JsonArray blocks)
        {
            CheckBlocks(method, blocks, 100, problems);
        }
        else
        {
            problems.Add($"{method}: view has no blocks");
        }
    }

    private static void CheckBlocks(string method, JsonArray blocks, int max, List<string> problems)
    {
        if (blocks.Count > max)
        {
            problems.Add($"{method}: {blocks.Count} blocks, more than {max}");
        }

        var blockIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var block in blocks.Select(b => b!.AsObject()))
        {
            var type = (string?)block["type"];
            if (type is null || !BlockTypes.Contains(type))
            {
                problems.Add($"{method}: unknown block type {type}");
            }

            if ((string?)block["block_id"] is { } id && !blockIds.Add(id))
            {
                problems.Add($"{method}: block_id {id} is repeated");
            }

            if (block["text"] is JsonObject text && ((string?)text["text"])?.Length > (type == "header" ? 150 : 3000))
            {
                problems.Add($"{method}: {type} text too long");
            }

            var actionIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var element in (block["elements"] as JsonArray ?? []).OfType<JsonObject>().Where(e => (string?)e["type"] == "button"))
            {
                if (((string?)element["text"]?["text"])?.Length is > 75 or null)
                {
                    problems.Add($"{method}: button text missing or over 75 characters");
                }

                if ((string?)element["action_id"] is not { Length: > 0 and <= 255 } actionId || !actionIds.Add(actionId))
                {
                    problems.Add($"{method}: button action_id missing, too long or repeated in its block");
                }

                if (((string?)element["value"])?.Length > 2000)
                {
                    problems.Add($"{method}: button value over 2000 characters");
                }
            }
        }
    }
}
