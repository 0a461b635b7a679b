using System.Text;
using AgentAssist.Core.Customers;

namespace AgentAssist.Core.Tests.Customers;

public sealed class CustomerJsonTests
{
    private static CustomerImportResult Read(string json) => CustomerJson.ReadFile(Encoding.UTF8.GetBytes(json), "customers.json");

    [Fact]
    public void ReadFile_ShippedSample_EnglishAndSpanishCustomersWithHistory()
    {
        var result = CustomerJson.ReadFile(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "samples", "customers.json")), "customers.json");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(new DateOnly(2026, 12, 1), result.AsOf);
        Assert.Equal(8, result.Customers.Count);
        Assert.Contains(result.Customers, c => c.Context.Language == "es");
        Assert.Contains(result.Customers, c => c.Context.Language == "en");
        var maria = result.Customers[0];
        Assert.Equal(("C-1001", "@maria_g", "María", "es", "ES", "plus"), (maria.Id, maria.Context.Handle, maria.Context.PreferredName, maria.Context.Language, maria.Context.Region, maria.Tier));
        Assert.Equal(new CustomerOrder("LM-20481234", OrderStatus.Delayed, new DateOnly(2026, 11, 20), "lámpara de escritorio Aurora"), Assert.Single(maria.OpenOrders));
        Assert.Equal([InteractionChannel.Phone, InteractionChannel.Email], maria.RecentInteractions.Select(i => i.Channel));
    }

    [Fact]
    public void ReadFile_BareArray_Read()
    {
        var result = Read("""[{ "id": "C-1", "handle": "@a" }, { "id": "C-2" }]""");

        Assert.Equal(["C-1", "C-2"], result.Customers.Select(c => c.Id));
        Assert.Null(result.AsOf);
    }

    [Fact]
    public void ReadFile_UnknownOrderStatus_ErrorWithLineAndNoCustomers()
    {
        var result = Read("""
            { "customers": [
              { "id": "C-1",
                "openOrders": [ { "number": "LM-1", "status": "lost", "placedOn": "2026-01-02" } ] }
            ] }
            """);

        Assert.Empty(result.Customers);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Equal(3, diagnostic.Line);
        Assert.Contains("$.customers[0].openOrders[0].status", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_MisspelledProperty_Refused()
    {
        var result = Read("""{ "customers": [ { "id": "C-1", "preferedName": "Al" } ] }""");

        Assert.Contains("preferedName", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ReadFile_DuplicateIdAndBadLanguage_EveryProblemAtTheCustomersLine()
    {
        var result = Read("""
            {
              "customers": [
                { "id": "C-1", "language": "english" },
                { "id": "C-1" }
              ]
            }
            """);

        Assert.Equal(
            ["customers.json:3:5: customer 'C-1': 'language' must be a two-letter ISO 639-1 code such as en or es", "customers.json:4:5: customer 'C-1' appears twice in the file"],
            result.Diagnostics.Select(d => d.ToString()));
        Assert.Empty(result.Customers);
    }

    [Fact]
    public void ReadFile_SameHandleTwiceIgnoringAtAndCase_Refused()
    {
        var result = Read("""[{ "id": "C-1", "handle": "@Maria_G" }, { "id": "C-2", "handle": "maria_g" }]""");

        Assert.Equal("customer 'C-2': handle 'maria_g' belongs to another customer in the file", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void ReadFile_MissingRequiredProperty_Refused()
    {
        var result = Read("""[{ "handle": "@a" }]""");

        Assert.Contains("id", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WriteThenRead_Profile_RoundTripsEverything()
    {
        var sample = CustomerJson.ReadFile(File.ReadAllBytes(Path.Combine(RepoPaths.Root, "samples", "customers.json")), "customers.json").Customers;

        foreach (var customer in sample)
        {
            var back = CustomerJson.Read(CustomerJson.Write(customer));

            Assert.Equal(CustomerJson.Write(customer), CustomerJson.Write(back));
            Assert.Equal(customer.Context, back.Context);
            Assert.Equal(customer.OpenOrders, back.OpenOrders);
            Assert.Equal(customer.RecentInteractions, back.RecentInteractions);
        }
    }

    [Fact]
    public void ReadCustomer_NotJson_NullWithProblem()
    {
        var customer = CustomerJson.ReadCustomer("<html>"u8, out var problem);

        Assert.Null(customer);
        Assert.StartsWith("line 1:", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void ShiftDates_ThreeDays_MovesOrdersCasesAndInteractions()
    {
        var customer = new CustomerProfile("C-1", new CustomerContext())
        {
            OpenOrders = [new CustomerOrder("LM-1", OrderStatus.Shipped, new DateOnly(2026, 1, 1))],
            OpenCases = [new CustomerCase("CS-1", "S", new DateOnly(2026, 1, 2))],
            RecentInteractions = [new CustomerInteraction(InteractionChannel.Chat, new DateTimeOffset(2026, 1, 3, 8, 0, 0, TimeSpan.Zero), "S", InteractionOutcome.Resolved)],
        };

        var shifted = CustomerJson.ShiftDates(customer, 3);

        Assert.Equal(new DateOnly(2026, 1, 4), shifted.OpenOrders[0].PlacedOn);
        Assert.Equal(new DateOnly(2026, 1, 5), shifted.OpenCases[0].OpenedOn);
        Assert.Equal(new DateTimeOffset(2026, 1, 6, 8, 0, 0, TimeSpan.Zero), shifted.RecentInteractions[0].At);
    }
}
