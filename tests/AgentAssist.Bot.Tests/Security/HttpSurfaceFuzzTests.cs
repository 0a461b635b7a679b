using System.Net.Http.Headers;
using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Teams;
using AgentAssist.Bot.Tests.Fixtures;
using FsCheck.Xunit;

namespace AgentAssist.Bot.Tests.Security;

/// <summary>
/// Must-show 7: every HTTP surface — check, check card, suggest, channels, customers, admin audit, the Bot Framework
/// endpoint with messages and card invokes (approval verbs included), unknown paths — fed generated malformed, huge,
/// deeply nested and odd-Unicode bodies through the real host on Kestrel with approvals on. No answer may be a 5xx, and
/// each must come within the client's timeout (no hangs).
/// </summary>
public sealed class HttpSurfaceFuzzTests(HttpSurfaceFuzzTests.Host host) : IClassFixture<HttpSurfaceFuzzTests.Host>
{
    public const int CasesPerSurface = 150;

    private static readonly string[] Verbs =
        [CardVerbs.Check, CardVerbs.Recheck, CardVerbs.RequestApproval, CardVerbs.Form, ApprovalVerbs.Approve, ApprovalVerbs.EditAndApprove,
         ApprovalVerbs.Reject, ApprovalVerbs.Withdraw, ApprovalVerbs.Refresh, ApprovalVerbs.Status, "", "unknown"];

    private static readonly string[] ActivityTypes = ["message", "invoke", "conversationUpdate", "installationUpdate", "event", "typing", "", "MESSAGE"];

    [Property(Arbitrary = [typeof(FuzzBodies)], MaxTest = CasesPerSurface)]
    public bool Check_AnyBody_NoServerErrorNoHang(FuzzCase fuzz) => host.Post("/api/v1/check", FuzzBodies.Body(fuzz, DraftShape), fuzz);

    [Property(Arbitrary = [typeof(FuzzBodies)], MaxTest = CasesPerSurface)]
    public bool CheckCard_AnyBody_NoServerErrorNoHang(FuzzCase fuzz) => host.Post("/api/v1/check/card", FuzzBodies.Body(fuzz, DraftShape), fuzz);

    [Property(Arbitrary = [typeof(FuzzBodies)], MaxTest = CasesPerSurface)]
    public bool Suggest_AnyBody_NoServerErrorNoHang(FuzzCase fuzz) => host.Post("/api/v1/suggest", FuzzBodies.Body(fuzz, DraftShape), fuzz);

    [Property(Arbitrary = [typeof(FuzzBodies)], MaxTest = CasesPerSurface)]
    public bool Messages_AnyActivity_NoServerErrorNoHang(FuzzCase fuzz) => host.Post("/api/messages", FuzzBodies.Body(fuzz, host.ActivityShape), fuzz);

    [Property(Arbitrary = [typeof(FuzzBodies)], MaxTest = CasesPerSurface)]
    public bool AdminAudit_AnyQuery_NoServerErrorNoHang(FuzzCase fuzz)
    {
        var q = FuzzBodies.QueryValue(fuzz);
        return host.Get($"/api/v1/admin/audit?from={q}&to={q}&format={q}", fuzz, adminKey: true)
            && host.Get($"/api/v1/admin/audit?format={(fuzz.Seed % 2 == 0 ? "csv" : "json")}&from={q}", fuzz, adminKey: true);
    }

    [Property(Arbitrary = [typeof(FuzzBodies)], MaxTest = CasesPerSurface)]
    public bool ReadSurfaces_AnyQueryOrPath_NoServerErrorNoHang(FuzzCase fuzz)
    {
        var q = FuzzBodies.QueryValue(fuzz);
        return host.Get($"/api/v1/customers?limit={q}", fuzz)
            && host.Get($"/api/v1/channels?{q}={q}", fuzz)
            && host.Get($"/api/v1/{q}", fuzz)
            && host.Get($"/{q}", fuzz);
    }

    private static object DraftShape(Random random, Func<object?> odd) => new Dictionary<string, object?>
    {
        ["text"] = random.Next(3) == 0 ? odd() : "We are VERY sorry!!! We will refund you today, María. Call +34 612 345 678.",
        ["channel"] = random.Next(3) == 0 ? odd() : Pick(random, "x", "whatsapp", "public", "private", "facebook"),
        ["language"] = random.Next(3) == 0 ? odd() : Pick(random, "en", "es", "es-ES", "fr", "zz-Latn-ZZ"),
        ["region"] = random.Next(4) == 0 ? odd() : null,
        ["customer"] = random.Next(2) == 0 ? odd() : new Dictionary<string, object?> { ["handle"] = random.Next(2) == 0 ? odd() : "@maria_g" },
        [FuzzBodies.OddString(random, 2)] = odd(),
    };

    private static string Pick(Random random, params string[] values) => values[random.Next(values.Length)];

    /// <summary>The real host with approvals on, its rate limit off, and the counts of what the fuzzing sent.</summary>
    public sealed class Host : IAsyncLifetime, IDisposable
    {
        private ApprovalHarness _harness = null!;
        private HttpClient _client = null!;

        public async Task InitializeAsync()
        {
            _harness = await ApprovalHarness.StartAsync(_ => new Dictionary<string, string?> { ["RateLimit:PermitLimit"] = "0" });
            _client = new HttpClient { BaseAddress = _harness.Host.BaseAddress(), Timeout = TimeSpan.FromSeconds(30) };
        }

        public async Task DisposeAsync() => await _harness.DisposeAsync();

        public void Dispose() => _client.Dispose();

        public object ActivityShape(Random random, Func<object?> odd)
        {
            var verb = random.Next(4) == 0 ? odd() : Verbs[random.Next(Verbs.Length)];
            return new Dictionary<string, object?>
            {
                ["type"] = random.Next(5) == 0 ? odd() : ActivityTypes[random.Next(ActivityTypes.Length)],
                ["id"] = random.Next(3) == 0 ? odd() : "f:" + random.Next(),
                ["name"] = random.Next(4) == 0 ? odd() : "adaptiveCard/action",
                ["serviceUrl"] = random.Next(5) == 0 ? odd() : _harness.Connector.ServiceUrl,
                ["channelId"] = random.Next(5) == 0 ? odd() : Pick(random, "msteams", "msteams", "webchat", "directline"),
                ["from"] = random.Next(5) == 0 ? odd() : new Dictionary<string, object?>
                {
                    ["id"] = random.Next(3) == 0 ? odd() : "29:ana",
                    ["aadObjectId"] = random.Next(3) == 0 ? odd() : Pick(random, "aad-ana", "aad-luis", "00000000-0000-0000-0000-000000000001"),
                    ["name"] = odd(),
                },
                ["recipient"] = new Dictionary<string, object?> { ["id"] = TeamsActivities.BotId },
                ["conversation"] = random.Next(5) == 0 ? odd() : new Dictionary<string, object?> { ["id"] = random.Next(3) == 0 ? odd() : "a:1", ["tenantId"] = odd() },
                ["channelData"] = random.Next(3) == 0 ? odd() : new Dictionary<string, object?> { ["tenant"] = new Dictionary<string, object?> { ["id"] = odd() } },
                ["text"] = random.Next(2) == 0 ? odd() : Pick(random, "status", "help", "form", "check x es @maria_g: We will refund you!!", "revisar whatsapp: hola"),
                ["locale"] = random.Next(3) == 0 ? odd() : Pick(random, "en-US", "es-ES"),
                ["replyToId"] = odd(),
                ["action"] = odd(),
                ["membersAdded"] = random.Next(3) == 0 ? odd() : new[] { new Dictionary<string, object?> { ["id"] = TeamsActivities.BotId } },
                ["entities"] = random.Next(3) == 0 ? odd() : new[] { new Dictionary<string, object?> { ["type"] = "clientInfo", ["timezone"] = odd() } },
                ["value"] = random.Next(4) == 0 ? odd() : new Dictionary<string, object?>
                {
                    ["action"] = new Dictionary<string, object?>
                    {
                        ["type"] = "Action.Execute",
                        ["verb"] = verb,
                        ["data"] = random.Next(4) == 0 ? odd() : new Dictionary<string, object?>
                        {
                            ["text"] = odd(), ["channel"] = odd(), ["language"] = odd(), ["customer"] = odd(), ["ui"] = odd(),
                            ["request"] = odd(), [ApprovalActionData.EditedTextInputId] = odd(), [ApprovalActionData.ReasonInputId] = odd(),
                        },
                    },
                    ["trigger"] = odd(),
                },
            };
        }

        public bool Post(string path, byte[] body, FuzzCase fuzz)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new ByteArrayContent(body) };
            if (fuzz.MediaType is { } mediaType)
            {
                request.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(mediaType);
            }

            return Send(request, path, fuzz);
        }

        public bool Get(string pathAndQuery, FuzzCase fuzz, bool adminKey = false)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, pathAndQuery);
            if (adminKey)
            {
                request.Headers.Add("X-Admin-Key", ApprovalBotFactory.AdminKey);
            }

            return Send(request, pathAndQuery.Split('?')[0], fuzz);
        }

        private bool Send(HttpRequestMessage request, string surface, FuzzCase fuzz)
        {
            HttpResponseMessage response;
            try
            {
                response = _client.SendAsync(request).GetAwaiter().GetResult();
            }
            catch (TaskCanceledException)
            {
                throw new Xunit.Sdk.XunitException($"{request.Method} {surface} did not answer within {_client.Timeout.TotalSeconds} s ({fuzz}).");
            }

            using (response)
            {
                if ((int)response.StatusCode >= 500)
                {
                    throw new Xunit.Sdk.XunitException($"{request.Method} {surface} answered {(int)response.StatusCode} ({fuzz}): {response.Content.ReadAsStringAsync().GetAwaiter().GetResult()}"
                        + Environment.NewLine + _harness.Host.Logs.Lines.LastOrDefault(l => l.Contains("   at ", StringComparison.Ordinal)));
                }
            }

            return true;
        }
    }
}
