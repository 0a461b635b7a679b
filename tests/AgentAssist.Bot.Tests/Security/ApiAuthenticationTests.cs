using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using AgentAssist.Bot.Tests.Fixtures;

namespace AgentAssist.Bot.Tests.Security;

/// <summary>
/// Must-show 4 and issue #12 finding 7: with <c>Auth</c> configured, the HTTP API needs a bearer token from the
/// authority with the right app role (401 without one, 403 without the role), the pages sign in with OpenID Connect,
/// <c>/health</c> and the Bot Framework endpoint stay outside it; checks and suggestions are rate-limited per caller.
/// Tokens come from a loopback OpenID provider.
/// </summary>
public sealed class ApiAuthenticationTests : IAsyncLifetime, IDisposable
{
    private static readonly object Draft = new { text = "We are sorry, we will look into it.", channel = "x" };

    private LoopbackOpenIdProvider _provider = null!;
    private KestrelBotFactory _host = null!;
    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _provider = await LoopbackOpenIdProvider.StartAsync();
        var settings = _provider.Settings();
        settings["RateLimit:PermitLimit"] = "5";
        settings["Admin:ApiKey"] = AdminKey;
        _host = new KestrelBotFactory(settings);
        _client = _host.Client();
    }

    public async Task DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
        await _provider.DisposeAsync();
    }

    public void Dispose()
    {
        _client.Dispose();
        _host.Dispose();
    }

    private const string AdminKey = "test-admin-key-0123456789-abcdef";

    [Theory]
    [InlineData("/api/v1/check")]
    [InlineData("/api/v1/check/card")]
    [InlineData("/api/v1/suggest")]
    public async Task Post_NoToken_401WithBearerChallenge(string path)
    {
        using var response = await _client.PostAsJsonAsync(path, Draft);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Contains(response.Headers.WwwAuthenticate, h => h.Scheme == "Bearer");
    }

    [Theory]
    [InlineData("/api/v1/check", "Agent", HttpStatusCode.OK)]
    [InlineData("/api/v1/check", "Supervisor", HttpStatusCode.OK)]
    [InlineData("/api/v1/check", "BrandEditor", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/suggest", "Agent", HttpStatusCode.OK)]
    [InlineData("/api/v1/suggest", "Admin", HttpStatusCode.Forbidden)]
    [InlineData("/api/v1/check/card", "Agent", HttpStatusCode.OK)]
    public async Task Post_TokenWithRole_OnlyTheRightRolesGetIn(string path, string role, HttpStatusCode expected)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(Draft) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", _provider.CreateToken("oid-" + role + path, [role]));

        using var response = await _client.SendAsync(request);

        Assert.Equal(expected, response.StatusCode);
    }

    [Fact]
    public async Task Get_CustomersWithoutTokenOrRole_Refused_WithAgentRole_Listed()
    {
        using var anonymous = await _client.GetAsync("/api/v1/customers");
        using var withoutRole = await SendAsync(HttpMethod.Get, "/api/v1/customers", _provider.CreateToken("oid-none", []));
        using var agent = await SendAsync(HttpMethod.Get, "/api/v1/customers", _provider.CreateToken("oid-agent", ["Agent"]));

        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, withoutRole.StatusCode);
        Assert.Equal(HttpStatusCode.OK, agent.StatusCode);
    }

    [Fact]
    public async Task Post_BadTokens_401()
    {
        string[] tokens =
        [
            _provider.CreateToken("oid-1", ["Agent"], audience: "api://someone-else"),
            _provider.CreateToken("oid-1", ["Agent"], expiresIn: TimeSpan.FromMinutes(-30)),
            _provider.CreateToken("oid-1", ["Agent"], signedByOtherKey: true),
            _provider.CreateToken("oid-1", ["Agent"], issuer: "https://login.microsoftonline.com/attacker/v2.0"),
            "not-a-jwt",
        ];

        foreach (var token in tokens)
        {
            using var response = await SendAsync(HttpMethod.Post, "/api/v1/check", token, Draft);
            Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        }
    }

    [Fact]
    public async Task Get_AdminAudit_NeedsTheAdminRole()
    {
        using var agent = await SendAsync(HttpMethod.Get, "/api/v1/admin/audit", _provider.CreateToken("oid-agent", ["Agent"]), adminKey: true);
        using var admin = await SendAsync(HttpMethod.Get, "/api/v1/admin/audit", _provider.CreateToken("oid-admin", ["Admin"]), adminKey: true);

        Assert.Equal(HttpStatusCode.Forbidden, agent.StatusCode);
        Assert.Equal(HttpStatusCode.OK, admin.StatusCode);
    }

    [Fact]
    public async Task Get_Health_OpenWithoutToken()
    {
        using var response = await _client.GetAsync("/health");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Post_BotFrameworkEndpoint_NotBehindTheApiSignIn()
    {
        // Development, no app id: the Bot Framework endpoint judges the request itself (loopback, loopback serviceUrl).
        var activity = new Dictionary<string, object?>
        {
            ["type"] = "typing",
            ["channelId"] = "msteams",
            ["serviceUrl"] = _host.BaseAddress().AbsoluteUri,
            ["from"] = new Dictionary<string, object?> { ["id"] = "29:a", ["aadObjectId"] = "oid-a" },
            ["conversation"] = new Dictionary<string, object?> { ["id"] = "a:1" },
        };

        using var response = await _client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/index.html")]
    public async Task Get_PageWithoutSignIn_RedirectedToTheAuthorityWithPkce(string path)
    {
        using var response = await _client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.AbsoluteUri;
        Assert.StartsWith(_provider.Authority + "oauth2/authorize", location, StringComparison.Ordinal);
        Assert.Contains("client_id=" + LoopbackOpenIdProvider.ClientId, location, StringComparison.Ordinal);
        Assert.Contains("code_challenge=", location, StringComparison.Ordinal);
        Assert.Contains("response_type=code", location, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Post_CheckOverTheLimit_429WithRetryAfter_OtherCallersUnaffected()
    {
        var busy = _provider.CreateToken("oid-busy", ["Agent"]);
        var statuses = new List<HttpStatusCode>();
        TimeSpan? retryAfter = null;
        for (var i = 0; i < 6; i++)
        {
            using var response = await SendAsync(HttpMethod.Post, i % 2 == 0 ? "/api/v1/check" : "/api/v1/suggest", busy, Draft);
            statuses.Add(response.StatusCode);
            retryAfter ??= response.Headers.RetryAfter?.Delta;
        }

        using var other = await SendAsync(HttpMethod.Post, "/api/v1/check", _provider.CreateToken("oid-calm", ["Agent"]), Draft);

        Assert.Equal([.. Enumerable.Repeat(HttpStatusCode.OK, 5), HttpStatusCode.TooManyRequests], statuses);
        Assert.NotNull(retryAfter);
        Assert.InRange(retryAfter!.Value, TimeSpan.FromSeconds(1), TimeSpan.FromMinutes(1));
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
    }

    private async Task<HttpResponseMessage> SendAsync(HttpMethod method, string path, string token, object? body = null, bool adminKey = false)
    {
        using var request = new HttpRequestMessage(method, path);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (body is not null)
        {
            request.Content = JsonContent.Create(body);
        }

        if (adminKey)
        {
            request.Headers.Add("X-Admin-Key", AdminKey);
        }

        return await _client.SendAsync(request);
    }
}
