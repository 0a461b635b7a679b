using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AgentAssist.Slack.Security;
using AgentAssist.Slack.Tests.Fixtures;

namespace AgentAssist.Slack.Tests.Security;

/// <summary>
/// Compares <see cref="SlackSignature.Verify"/> case by case with Slack's own implementation, <c>verifySlackRequest</c>
/// of npm <c>@slack/bolt</c>, run by node on the same valid and tampered requests.
/// </summary>
public sealed class BoltSignatureComparisonTests
{
    private static readonly long NowSeconds = SlackSignatureTests.Now.ToUnixTimeSeconds();

    /// <summary>
    /// Where this service is deliberately stricter than Bolt: Bolt refuses only timestamps older than 5 minutes, and reads
    /// the timestamp header with JavaScript's <c>Number()</c> (so <c>1.7e9</c> or <c>+1700000000</c> pass when signed in
    /// their numeric form). Slack itself sends a plain integer within seconds of now.
    /// </summary>
    private static readonly HashSet<string> StricterThanBolt = ["future-10-min", "timestamp-exponent", "timestamp-plus-sign"];

    [SkippableFact]
    public async Task Verify_EveryCase_AgreesWithBolt()
    {
        Skip.IfNot(Directory.Exists(Path.Combine(RepoPaths.NodeModules, "@slack", "bolt")), "node_modules/@slack/bolt is not installed: run 'npm ci' at the repository root (.ci/run does).");
        var cases = Cases();

        var bolt = await RunBoltAsync(cases);

        Assert.Equal(cases.Count, bolt.Count);
        Assert.Contains(bolt.Values, v => v);
        Assert.Contains(bolt.Values, v => !v);
        foreach (var c in cases)
        {
            var ours = SlackSignature.Verify(c.Secret, c.Timestamp, c.Signature, Encoding.UTF8.GetBytes(c.Body), SlackSignatureTests.Now, TimeSpan.FromMinutes(5)) == SlackSignatureStatus.Valid;
            if (StricterThanBolt.Contains(c.Name))
            {
                Assert.True(bolt[c.Name] && !ours, $"{c.Name}: expected Bolt to accept and this service to refuse (Bolt {bolt[c.Name]}, ours {ours})");
            }
            else
            {
                Assert.True(bolt[c.Name] == ours, $"{c.Name}: Bolt says {bolt[c.Name]}, this service {ours}");
            }
        }
    }

    private static List<SignatureCase> Cases()
    {
        var now = NowSeconds.ToString(CultureInfo.InvariantCulture);
        const string secret = SlackSignatureTests.Secret;
        const string eventBody = """{"token":"x","team_id":"T1","type":"event_callback","event":{"type":"message","channel_type":"im","text":"check x es @maria_g: Hola, María 😀"},"event_id":"Ev1"}""";
        const string formBody = "payload=%7B%22type%22%3A%22block_actions%22%2C%22user%22%3A%7B%22id%22%3A%22U1%22%7D%7D";
        string Sign(string ts, string body, string key = secret) => SlackSignature.Sign(key, ts, Encoding.UTF8.GetBytes(body));
        string At(long offset) => (NowSeconds + offset).ToString(CultureInfo.InvariantCulture);
        var valid = Sign(now, eventBody);
        return
        [
            new("valid-event", secret, now, valid, eventBody),
            new("valid-form", secret, now, Sign(now, formBody), formBody),
            new("valid-empty-body", secret, now, Sign(now, string.Empty), string.Empty),
            new("valid-4-min-old", secret, At(-240), Sign(At(-240), eventBody), eventBody),
            new("edge-300-s-old", secret, At(-300), Sign(At(-300), eventBody), eventBody),
            new("stale-301-s", secret, At(-301), Sign(At(-301), eventBody), eventBody),
            new("stale-1-day", secret, At(-86_400), Sign(At(-86_400), eventBody), eventBody),
            new("future-10-min", secret, At(600), Sign(At(600), eventBody), eventBody),
            new("body-one-char-changed", secret, now, valid, eventBody.Replace("Hola", "Hole", StringComparison.Ordinal)),
            new("body-trailing-newline", secret, now, valid, eventBody + "\n"),
            new("body-empty-signed-other", secret, now, valid, string.Empty),
            new("timestamp-changed", secret, At(-1), valid, eventBody),
            new("wrong-secret", secret, now, Sign(now, eventBody, "another-secret-of-another-app"), eventBody),
            new("signature-upper-hex", secret, now, "v0=" + valid[3..].ToUpperInvariant(), eventBody),
            new("signature-v1", secret, now, "v1=" + valid[3..], eventBody),
            new("signature-no-version", secret, now, valid[3..], eventBody),
            new("signature-empty-hash", secret, now, "v0=", eventBody),
            new("signature-truncated", secret, now, valid[..^2], eventBody),
            new("signature-extra-char", secret, now, valid + "0", eventBody),
            new("signature-one-digit-changed", secret, now, valid[..^1] + (valid[^1] == '0' ? '1' : '0'), eventBody),
            new("timestamp-not-a-number", secret, "yesterday", Sign("yesterday", eventBody), eventBody),
            new("timestamp-exponent", secret, "1.7e9", Sign("1700000000", eventBody), eventBody),
            new("timestamp-plus-sign", secret, "+" + now, Sign(now, eventBody), eventBody),
        ];
    }

    private static async Task<Dictionary<string, bool>> RunBoltAsync(List<SignatureCase> cases)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
            StandardInputEncoding = new UTF8Encoding(false),
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add(Path.Combine(RepoPaths.Root, "tests", "AgentAssist.Slack.Tests", "Security", "verify-with-bolt.js"));
        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var input = JsonSerializer.Serialize(cases.Select(c => new
        {
            name = c.Name,
            signingSecret = c.Secret,
            timestamp = c.Timestamp,
            signature = c.Signature,
            body = c.Body,
            nowMs = NowSeconds * 1000,
        }));
        await node.StandardInput.WriteAsync(input);
        node.StandardInput.Close();
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        await node.WaitForExitAsync(timeout.Token);
        Assert.True(node.ExitCode == 0, $"verify-with-bolt.js exited with {node.ExitCode}: {await error}");
        using var document = JsonDocument.Parse(await output);
        return document.RootElement.EnumerateArray().ToDictionary(r => r.GetProperty("name").GetString()!, r => r.GetProperty("valid").GetBoolean());
    }

    private sealed record SignatureCase(string Name, string Secret, string Timestamp, string Signature, string Body);
}
