using System.Text.Json.Nodes;

namespace AgentAssist.Slack.Tests.Fixtures;

/// <summary>The loopback peer's contract check must catch what Slack would refuse, or the Web API tests prove nothing.</summary>
public sealed class SlackApiContractTests
{
    private readonly SlackApiContract _contract = SlackApiContract.Load();

    [Fact]
    public void Check_UndeclaredArgumentOrMissingRequired_Reported()
    {
        var problems = _contract.Check("chat.update", "application/json", "Bearer xoxb-1", new JsonObject { ["channel"] = "C1", ["text"] = "x", ["colour"] = "red" });

        Assert.Contains(problems, p => p.Contains("'colour' is not declared", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("'ts' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_UnknownMethodWrongContentTypeNoToken_Reported()
    {
        Assert.NotEmpty(_contract.Check("chat.postMessages", "application/json", "Bearer xoxb-1", []));
        Assert.Contains(_contract.Check("users.info", "application/json", "Bearer xoxb-1", new JsonObject { ["user"] = "U1" }), p => p.Contains("content type", StringComparison.Ordinal));
        Assert.Contains(_contract.Check("chat.postMessage", "application/json", null, new JsonObject { ["channel"] = "C1" }), p => p.Contains("token", StringComparison.Ordinal));
    }

    [Fact]
    public void Check_BlockKitLimits_Reported()
    {
        var longButton = new JsonObject { ["type"] = "button", ["action_id"] = "a", ["text"] = new JsonObject { ["type"] = "plain_text", ["text"] = new string('x', 76) } };
        var blocks = new JsonArray(
            new JsonObject { ["type"] = "actions", ["block_id"] = "b", ["elements"] = new JsonArray(longButton) },
            new JsonObject { ["type"] = "sectionn", ["block_id"] = "b" });

        var problems = _contract.Check("chat.postMessage", "application/json", "Bearer xoxb-1", new JsonObject { ["channel"] = "C1", ["blocks"] = blocks });

        Assert.Contains(problems, p => p.Contains("75", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("unknown block type", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("repeated", StringComparison.Ordinal));
    }

    [SkippableFact]
    public void VendoredSubset_SameParametersAsSharedSpecification()
    {
        var shared = Environment.GetEnvironmentVariable("AGENTASSIST_SHARED_DIR") is { Length: > 0 } dir ? dir : Path.Combine(RepoPaths.Root, "..", "shared");
        var full = Path.Combine(shared, "reference", "slack", "slack_web_openapi_v2.json");
        Skip.IfNot(File.Exists(full), "Slack's full OpenAPI description is not at AGENTASSIST_SHARED_DIR/reference/slack or ../shared/reference/slack.");
        var spec = JsonNode.Parse(File.ReadAllText(full))!["paths"]!;
        var subset = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "SlackApiSpec", "slack_web_openapi_v2.subset.json")))!["paths"]!.AsObject();

        foreach (var (path, operations) in subset)
        {
            foreach (var (verb, operation) in operations!.AsObject())
            {
                Assert.True(
                    JsonNode.DeepEquals(spec[path]![verb]!["parameters"], operation!["parameters"]),
                    $"{verb} {path}: the vendored parameters differ from the published description");
            }
        }
    }
}
