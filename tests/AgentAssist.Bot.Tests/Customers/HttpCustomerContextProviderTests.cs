using AgentAssist.Bot.Customers;
using AgentAssist.Bot.Tests.Fixtures;
using AgentAssist.Core.Customers;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Tests.Customers;

public sealed class HttpCustomerContextProviderTests : IAsyncLifetime, IDisposable
{
    private const string Maria = """
        { "id": "C-1001", "handle": "@maria_g", "fullName": "María García López", "preferredName": "María", "language": "es",
          "tier": "plus", "openOrders": [ { "number": "LM-20481234", "status": "delayed", "placedOn": "2026-11-20", "summary": "lámpara Aurora" } ],
          "interactions": [ { "channel": "phone", "at": "2026-11-30T16:20:00Z", "summary": "Llamó", "outcome": "pending" } ] }
        """;

    private readonly CapturingLoggerProvider _logs = new();
    private LoopbackCrm _crm = null!;

    public async Task InitializeAsync()
    {
        _crm = await LoopbackCrm.StartAsync();
        _crm.Customers["maria_g"] = Maria;
        _crm.Customers["dan"] = """{ "id": "C-2", "secret": "x" }""";
    }

    public async Task DisposeAsync()
    {
        await _crm.DisposeAsync();
    }

    public void Dispose() => _logs.Dispose();

    private HttpCustomerContextProvider Provider(Action<CrmOptions>? configure = null)
    {
        var options = new CustomerContextOptions { Source = CustomerContextSource.Crm };
        options.Crm.UrlTemplate = _crm.UrlTemplate;
        options.Crm.ApiKey = "Bearer test-key-123";
        options.Crm.Headers["X-Tenant"] = "lumora";
        options.Crm.Timeout = TimeSpan.FromMilliseconds(500);
        configure?.Invoke(options.Crm);
        using var factory = LoggerFactory.Create(b => b.AddProvider(_logs).SetMinimumLevel(LogLevel.Trace));
        return new HttpCustomerContextProvider(new HttpClient(), Options.Create(options), factory.CreateLogger<HttpCustomerContextProvider>());
    }

    [Fact]
    public async Task FindAsync_KnownHandle_MapsTheCrmAnswerAndSendsKeyAndHeaders()
    {
        var customer = await Provider().FindAsync("@maria_g");

        Assert.NotNull(customer);
        Assert.Equal(("C-1001", "María", "es", "plus"), (customer.Id, customer.Context.PreferredName, customer.Context.Language, customer.Tier));
        Assert.Equal(OrderStatus.Delayed, Assert.Single(customer.OpenOrders).Status);
        Assert.Equal(InteractionOutcome.Pending, Assert.Single(customer.RecentInteractions).Outcome);
        var (path, headers) = Assert.Single(_crm.Requests);
        Assert.Equal("/api/customers/maria_g", path);
        Assert.Equal("Bearer test-key-123", headers.Authorization.ToString());
        Assert.Equal("lumora", headers["X-Tenant"].ToString());
    }

    [Fact]
    public async Task FindAsync_HandleWithReservedCharacters_UrlEncoded()
    {
        Assert.Null(await Provider().FindAsync("a/b?c"));

        Assert.Equal("/api/customers/a%2Fb%3Fc", Assert.Single(_crm.Requests).Path);
    }

    [Fact]
    public async Task FindAsync_Unknown_NullWithoutWarning()
    {
        Assert.Null(await Provider().FindAsync("@nobody"));

        Assert.Empty(_logs.Lines);
    }

    [Theory]
    [InlineData("broken", "The CRM answered 500")]
    [InlineData("garbage", "not a customer in the documented JSON shape")]
    [InlineData("dan", "not a customer in the documented JSON shape")]
    [InlineData("slow", "did not answer within 500 ms")]
    public async Task FindAsync_CrmFails_NullAndWarningWithoutTheHandle(string handle, string logged)
    {
        Assert.Null(await Provider().FindAsync(handle));

        Assert.Contains(_logs.Lines, l => l.Contains(logged, StringComparison.Ordinal));
        Assert.DoesNotContain(_logs.Lines, l => l.Contains(handle, StringComparison.Ordinal));
    }

    [Fact]
    public async Task FindAsync_CrmDown_NullAndWarning()
    {
        var port = new Uri(_crm.UrlTemplate.Replace("{handle}", "x", StringComparison.Ordinal)).Port;
        await _crm.DisposeAsync();

        Assert.Null(await Provider(o => o.UrlTemplate = $"http://127.0.0.1:{port}/api/customers/{{handle}}").FindAsync("maria_g"));

        Assert.Contains(_logs.Lines, l => l.Contains("could not be reached", StringComparison.Ordinal));
        _crm = await LoopbackCrm.StartAsync();
    }

    [Fact]
    public async Task FindAsync_ApiKey_NeverLogged()
    {
        await Provider().FindAsync("broken");

        Assert.NotEmpty(_logs.Lines);
        Assert.DoesNotContain(_logs.Lines, l => l.Contains("test-key-123", StringComparison.Ordinal));
    }
}
