using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using AgentAssist.Bot.Tests.Fixtures;
using AgentAssist.Core.Customers;
using AgentAssist.Storage;
using AgentAssist.Storage.Customers;
using AgentAssist.Storage.Migrations;

namespace AgentAssist.Bot.Tests.Suggestions;

public sealed class SuggestEndpointsTests(SuggestionBotFactory factory) : IClassFixture<SuggestionBotFactory>
{
    private readonly HttpClient _client = factory.CreateClient();

    private async Task<JsonElement> SuggestAsync(object body)
    {
        var response = await _client.PostAsJsonAsync("/api/v1/suggest", body);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
    }

    [Fact]
    public async Task Suggest_SampleSpanishCustomerOnX_GreetsByNameKeepsTheSentenceWithoutTheOrderNumber()
    {
        var root = await SuggestAsync(new { text = "Hola @maria_g, tu pedido LM-20481234 sale hoy!!", channel = "x", language = "es", customer = new { handle = "@maria_g" } });

        Assert.Equal("block", root.GetProperty("verdict").GetProperty("outcome").GetString());
        Assert.Equal("C-1001", root.GetProperty("customer").GetProperty("id").GetString());
        var suggestion = root.GetProperty("suggestion");
        Assert.Equal(
            "¡Hola, María! ¡Tu pedido sale hoy! ¡Gracias por tu paciencia!",
            suggestion.GetProperty("text").GetString());
        Assert.Equal(("offline", "es", "pass"), (suggestion.GetProperty("source").GetString(), suggestion.GetProperty("language").GetString(), suggestion.GetProperty("check").GetProperty("outcome").GetString()));
        Assert.Contains(suggestion.GetProperty("changes").EnumerateArray(), c => c.GetProperty("kind").GetString() == "redaction" && c.GetProperty("ruleId").GetString() == "Privacy.PersonalData");
        Assert.Equal(JsonValueKind.Null, root.GetProperty("withheld").ValueKind);
    }

    [Fact]
    public async Task Suggest_UnknownHandle_NoCustomerAndAnonymousGreeting()
    {
        var root = await SuggestAsync(new { text = "Your order is on its way.", channel = "whatsapp", language = "en", customer = new { handle = "@stranger" } });

        Assert.Equal(JsonValueKind.Null, root.GetProperty("customer").ValueKind);
        Assert.Equal("Hi, your order is on its way. Thanks for your patience.", root.GetProperty("suggestion").GetProperty("text").GetString());
    }

    [Fact]
    public async Task Suggest_EnglishEmailForSampleCustomer_FormalLetterNamingTheOrder()
    {
        var root = await SuggestAsync(new { text = "It's gonna arrive tomorrow.", channel = "email", language = "en", customer = new { handle = "samwise" } });

        Assert.Equal(
            "Dear Sam,\n\nGood news: your Nimbus headphones order is on its way. It's going to arrive tomorrow.\n\nKind regards,\nThe Lumora team",
            root.GetProperty("suggestion").GetProperty("text").GetString());
    }

    [Theory]
    [InlineData("{\"text\": ", HttpStatusCode.BadRequest)]
    [InlineData("{\"text\": \"hi\", \"channel\": \"myspace\"}", HttpStatusCode.BadRequest)]
    public async Task Suggest_BadInput_ProblemLikeCheck(string body, HttpStatusCode status)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        var response = await _client.PostAsync("/api/v1/suggest", content);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task OpenApi_Document_DescribesSuggestAndCustomers()
    {
        var document = await _client.GetFromJsonAsync<JsonElement>("/openapi/v1.json");

        var suggest = document.GetProperty("paths").GetProperty("/api/v1/suggest").GetProperty("post");
        Assert.Equal("SuggestReply", suggest.GetProperty("operationId").GetString());
        Assert.Contains("never returned", suggest.GetProperty("description").GetString(), StringComparison.Ordinal);
        Assert.True(suggest.GetProperty("responses").TryGetProperty("400", out _));
        Assert.Equal("ListCustomers", document.GetProperty("paths").GetProperty("/api/v1/customers").GetProperty("get").GetProperty("operationId").GetString());
    }

    [Fact]
    public async Task Customers_EmptyStoreOnStart_ListsTheEightSampleCustomers()
    {
        var customers = await _client.GetFromJsonAsync<JsonElement>("/api/v1/customers");

        Assert.Equal(8, customers.GetArrayLength());
        Assert.Equal(("C-1001", "@maria_g", "María", "es"), (customers[0].GetProperty("id").GetString(), customers[0].GetProperty("handle").GetString(), customers[0].GetProperty("preferredName").GetString(), customers[0].GetProperty("language").GetString()));
    }

    [Fact]
    public async Task Suggest_DraftTextNeverLogged()
    {
        const string marker = "Zanzibarquux";
        var root = await SuggestAsync(new { text = $"Your {marker} order is on its way.", channel = "x", language = "en", customer = new { handle = "@maria_g" } });

        Assert.Contains(marker, root.GetProperty("suggestion").GetProperty("text").GetString(), StringComparison.Ordinal);
        Assert.Contains(factory.Logs.Lines, l => l.Contains("Suggested a reply (offline) on x in en", StringComparison.Ordinal));
        Assert.DoesNotContain(factory.Logs.Lines, l => l.Contains(marker, StringComparison.Ordinal) || l.Contains("María", StringComparison.Ordinal));
    }
}

public sealed class SampleSeedingTests
{
    [Fact]
    public async Task Start_StoreAlreadyHasCustomers_SampleNotLoaded()
    {
        using var factory = new SuggestionBotFactory();
        var database = new SqliteStorageDatabase(factory.DatabasePath, TimeSpan.FromSeconds(5));
        await using (database)
        {
            await new MigrationRunner(database, CustomerMigrations.All, TimeProvider.System).ApplyAsync(CancellationToken.None);
            await new SqlCustomerStore(database, TimeProvider.System).UpsertAsync([new CustomerProfile("X-1", new CustomerContext("@only_one"))]);
        }

        var customers = await factory.CreateClient().GetFromJsonAsync<JsonElement>("/api/v1/customers");

        Assert.Equal("X-1", Assert.Single(customers.EnumerateArray()).GetProperty("id").GetString());
    }

    [Fact]
    public async Task Suggest_CrmSource_ProfileComesFromTheCrm()
    {
        await using var crm = await LoopbackCrm.StartAsync();
        crm.Customers["lee"] = """{ "id": "CRM-7", "handle": "@lee", "preferredName": "Lee", "language": "en", "openCases": [ { "id": "CS-9", "subject": "Speaker hum", "openedOn": "2026-11-29" } ] }""";
        using var factory = new SuggestionBotFactory();
        factory.Settings["Customers:Source"] = "Crm";
        factory.Settings["Customers:Crm:UrlTemplate"] = crm.UrlTemplate;

        var response = await factory.CreateClient().PostAsJsonAsync("/api/v1/suggest", new { text = "We are looking into it.", channel = "whatsapp", language = "en", customer = new { handle = "@lee" } });

        var root = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal("CRM-7", root.GetProperty("customer").GetProperty("id").GetString());
        Assert.Equal("Hi Lee, we are looking into it. Thanks for your patience.", root.GetProperty("suggestion").GetProperty("text").GetString());
    }

    [Fact]
    public void Start_CrmSourceWithoutUrlTemplate_FailsSayingWhatToSet()
    {
        using var factory = new SuggestionBotFactory();
        factory.Settings["Customers:Source"] = "Crm";

        var error = Assert.ThrowsAny<Exception>(() => factory.CreateClient());

        Assert.Contains("Customers:Crm:UrlTemplate must be an http(s) URL with {handle}", error.ToString(), StringComparison.Ordinal);
    }
}
