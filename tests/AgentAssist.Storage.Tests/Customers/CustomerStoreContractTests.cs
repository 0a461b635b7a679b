using AgentAssist.Core.Customers;
using AgentAssist.Storage.Customers;
using AgentAssist.Storage.Migrations;
using AgentAssist.Storage.Tests.Infrastructure;

namespace AgentAssist.Storage.Tests.Customers;

/// <summary>The <see cref="ICustomerStore"/> contract, run against each provider by a derived class.</summary>
public abstract class CustomerStoreContractTests : StorageTestBase
{
    private async Task<SqlCustomerStore> OpenAsync()
    {
        var database = Database.Open();
        await new MigrationRunner(database, CustomerMigrations.All, TimeProvider.System).ApplyAsync(CancellationToken.None);
        return new SqlCustomerStore(database, Time);
    }

    private static CustomerProfile Maria(string handle = "@Maria_G") => new("C-1001", new CustomerContext(handle, "María García López", "María", "es", "ES"))
    {
        Tier = "plus",
        OpenOrders = [new CustomerOrder("LM-20481234", OrderStatus.Delayed, new DateOnly(2026, 11, 20), "lámpara de escritorio Aurora")],
        OpenCases = [new CustomerCase("CS-1", "Lámpara parpadea", new DateOnly(2026, 11, 21))],
        RecentInteractions =
        [
            new CustomerInteraction(InteractionChannel.Phone, new DateTimeOffset(2026, 11, 30, 16, 20, 0, TimeSpan.Zero), "Preguntó por la lámpara", InteractionOutcome.Pending),
            new CustomerInteraction(InteractionChannel.Email, new DateTimeOffset(2026, 11, 24, 9, 5, 0, TimeSpan.Zero), "Confirmación", InteractionOutcome.Resolved),
        ],
    };

    private static CustomerProfile Sam() => new("C-1002", new CustomerContext("@samwise", PreferredName: "Sam", Language: "en"));

    [SkippableFact]
    public async Task UpsertAsync_ThenFindById_RoundTripsTheWholeProfile()
    {
        var store = await OpenAsync();

        Assert.Equal(2, await store.UpsertAsync([Maria(), Sam()]));
        var found = await store.FindAsync("C-1001");

        Assert.NotNull(found);
        Assert.Equal(Maria().Context, found.Context);
        Assert.Equal(("C-1001", "plus"), (found.Id, found.Tier));
        Assert.Equal(Maria().OpenOrders, found.OpenOrders);
        Assert.Equal(Maria().OpenCases, found.OpenCases);
        Assert.Equal(Maria().RecentInteractions, found.RecentInteractions);
    }

    [SkippableTheory]
    [InlineData("@Maria_G")]
    [InlineData("maria_g")]
    [InlineData("@MARIA_G")]
    [InlineData("  @maria_g ")]
    public async Task FindAsync_HandleWithOrWithoutAtInAnyCase_Found(string handle)
    {
        var store = await OpenAsync();
        await store.UpsertAsync([Maria(), Sam()]);

        Assert.Equal("C-1001", (await store.FindAsync(handle))?.Id);
    }

    [SkippableTheory]
    [InlineData("C-9999")]
    [InlineData("@nobody")]
    [InlineData("")]
    public async Task FindAsync_Unknown_Null(string handleOrId)
    {
        var store = await OpenAsync();
        await store.UpsertAsync([Maria()]);

        Assert.Null(await store.FindAsync(handleOrId));
    }

    [SkippableFact]
    public async Task FindAsync_IdThatIsAlsoAnotherCustomersHandle_TheIdWins()
    {
        var store = await OpenAsync();
        await store.UpsertAsync([Maria(), new CustomerProfile("c-1001x", new CustomerContext("@c-1001"))]);

        Assert.Equal("c-1001x", (await store.FindAsync("@c-1001"))?.Id);
        Assert.Equal("C-1001", (await store.FindAsync("C-1001"))?.Id);
    }

    [SkippableFact]
    public async Task UpsertAsync_SameIdAgain_ReplacesProfileAndHandle()
    {
        var store = await OpenAsync();
        await store.UpsertAsync([Maria()]);

        await store.UpsertAsync([Maria("@maria_new") with { Tier = "premium" }]);

        Assert.Null(await store.FindAsync("@maria_g"));
        Assert.Equal("premium", (await store.FindAsync("@maria_new"))?.Tier);
        Assert.Equal(1, await store.CountAsync());
    }

    [SkippableFact]
    public async Task UpsertAsync_HandleOfAnotherStoredCustomer_RefusedAndNothingOfTheBatchStored()
    {
        var store = await OpenAsync();
        await store.UpsertAsync([Maria()]);
        var newcomer = new CustomerProfile("C-3", new CustomerContext("@tom"));
        var thief = new CustomerProfile("C-4", new CustomerContext("@MARIA_G"));

        var error = await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([newcomer, thief]));

        Assert.Contains("C-4", error.Message, StringComparison.Ordinal);
        Assert.Null(await store.FindAsync("C-3"));
        Assert.Equal(1, await store.CountAsync());
    }

    [SkippableFact]
    public async Task UpsertAsync_TwoInBatchWithOneHandle_Refused()
    {
        var store = await OpenAsync();

        await Assert.ThrowsAsync<ArgumentException>(() => store.UpsertAsync([new CustomerProfile("A", new CustomerContext("@x")), new CustomerProfile("B", new CustomerContext("x"))]));

        Assert.Equal(0, await store.CountAsync());
    }

    [SkippableFact]
    public async Task ListAsync_Limit_OrderedById()
    {
        var store = await OpenAsync();
        await store.UpsertAsync([Sam(), Maria(), new CustomerProfile("C-1000", new CustomerContext())]);

        var listed = await store.ListAsync(2);

        Assert.Equal(["C-1000", "C-1001"], listed.Select(c => c.Id));
    }

    [SkippableFact]
    public async Task FindAsync_SecondInstanceOnSameDatabase_SeesTheFirstOnesWrites()
    {
        var first = await OpenAsync();
        var second = new SqlCustomerStore(Database.Open(), Time);

        await first.UpsertAsync([Maria()]);

        Assert.Equal("María", (await second.FindAsync("@maria_g"))?.Context.PreferredName);
    }
}
