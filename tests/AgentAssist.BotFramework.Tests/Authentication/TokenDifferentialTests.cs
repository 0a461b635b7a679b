using System.Diagnostics;
using System.Net;
using System.Text.Json;
using AgentAssist.BotFramework.Tests.Fixtures;

namespace AgentAssist.BotFramework.Tests.Authentication;

/// <summary>
/// The differential token matrix: every case goes to this bot's <c>/api/messages</c> and to Microsoft's own validator
/// (npm <c>botframework-connector</c>, run by node against the same loopback channel). No token this bot accepts may be
/// one Microsoft rejects, except the HTTP scheme spelling where RFC 7235 says the scheme is case-insensitive; and the
/// core cases must agree both ways.
/// </summary>
public sealed class TokenDifferentialTests : IAsyncLifetime
{
    private LoopbackChannel _channel = null!;
    private BotHost _bot = null!;

    public async Task InitializeAsync()
    {
        _channel = await LoopbackChannel.StartAsync();
        _channel.Publish(ChannelSigningKey.WebChatOnly);
        _bot = await BotHost.StartAsync(BotHost.SettingsFor(_channel), environment: "Production");
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _channel.DisposeAsync();
    }

    [SkippableFact]
    public async Task Matrix_NoTokenAcceptedThatMicrosoftRejects_AndCoreCasesAgree()
    {
        Skip.IfNot(ReferenceValidator.IsAvailable, ReferenceValidator.SkipReason);
        var cases = TokenCases.Build(_channel);

        var ours = new Dictionary<string, bool>();
        foreach (var c in cases)
        {
            ours[c.Name] = await AcceptedByBotAsync(c);
        }

        var reference = await ReferenceValidator.RunAsync(_channel.MetadataUrl, LoopbackChannel.ClientId, cases);

        var problems = new List<string>();
        foreach (var c in cases)
        {
            var (microsoft, reason) = reference[c.Name];
            if (ours[c.Name] != c.ExpectAccepted)
            {
                problems.Add($"{c.Name}: this bot {(ours[c.Name] ? "accepted" : "rejected")} it, expected the opposite");
            }

            if (ours[c.Name] && !microsoft && !c.SchemeSpelling)
            {
                problems.Add($"{c.Name}: this bot accepted a token Microsoft rejects ({reason})");
            }

            if (c.Core && ours[c.Name] != microsoft)
            {
                problems.Add($"{c.Name}: core case disagrees (this bot {ours[c.Name]}, Microsoft {microsoft}: {reason})");
            }
        }

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
        Assert.Contains(cases, c => c.ExpectAccepted && reference[c.Name].Accepted);
        Assert.Contains(cases, c => !c.ExpectAccepted && !reference[c.Name].Accepted);
    }

    private async Task<bool> AcceptedByBotAsync(TokenCase c)
    {
        var activity = _channel.Message(extra: a =>
        {
            a["serviceUrl"] = c.ServiceUrl;
            a["channelId"] = c.ChannelId;
        });
        using var request = new HttpRequestMessage(HttpMethod.Post, _bot.MessagesUrl)
        {
            Content = LoopbackChannel.JsonContent(JsonSerializer.Serialize(activity)),
        };
        request.Headers.TryAddWithoutValidation("Authorization", c.Authorization);
        using var client = new HttpClient();
        using var response = await client.SendAsync(request);
        Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Unauthorized, $"{c.Name}: unexpected {(int)response.StatusCode}");
        return response.StatusCode == HttpStatusCode.OK;
    }

    /// <summary>Runs <c>reference-validator.js</c> with node over the cases.</summary>
    private static class ReferenceValidator
    {
        private static readonly string Root = FindRoot();

        public static bool IsAvailable => Directory.Exists(Path.Combine(Root, "node_modules", "botframework-connector"));

        public static string SkipReason =>
            $"node_modules/botframework-connector is not installed in {Root}: run 'npm ci' there (.ci/run does) to compare tokens with Microsoft's validator.";

        public static async Task<Dictionary<string, (bool Accepted, string? Reason)>> RunAsync(Uri metadataUrl, string appId, IReadOnlyList<TokenCase> cases)
        {
            var file = Path.GetTempFileName();
            try
            {
                await File.WriteAllTextAsync(file, JsonSerializer.Serialize(new
                {
                    metadataUrl = metadataUrl.AbsoluteUri,
                    appId,
                    cases = cases.Select(c => new { name = c.Name, authorization = c.Authorization, serviceUrl = c.ServiceUrl, channelId = c.ChannelId }),
                }));
                var start = new ProcessStartInfo("node")
                {
                    RedirectStandardOutput = true,
                    RedirectStandardError = true,
                    WorkingDirectory = Root,
                };
                start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Authentication", "reference-validator.js"));
                start.ArgumentList.Add(file);
                start.Environment["NODE_PATH"] = Path.Combine(Root, "node_modules");
                using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
                var output = node.StandardOutput.ReadToEndAsync();
                var error = node.StandardError.ReadToEndAsync();
                using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
                await node.WaitForExitAsync(timeout.Token);
                Assert.True(node.ExitCode == 0, $"reference-validator.js exited with {node.ExitCode}: {await error}");
                using var document = JsonDocument.Parse(await output);
                return document.RootElement.GetProperty("results").EnumerateArray().ToDictionary(
                    r => r.GetProperty("name").GetString()!,
                    r => (r.GetProperty("accepted").GetBoolean(), r.GetProperty("reason").GetString()));
            }
            finally
            {
                File.Delete(file);
            }
        }

        private static string FindRoot()
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "AgentAssist.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException("AgentAssist.sln not found above " + AppContext.BaseDirectory);
        }
    }
}
