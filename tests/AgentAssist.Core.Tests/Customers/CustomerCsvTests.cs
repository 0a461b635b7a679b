using AgentAssist.Core.Customers;

namespace AgentAssist.Core.Tests.Customers;

public sealed class CustomerCsvTests
{
    private const string Header = "kind,customer_id,handle,full_name,preferred_name,language,region,tier,ref,status,date,channel,outcome,summary";

    private static CustomerImportResult Read(string csv) => CustomerCsv.Read(new StringReader(csv), "customers.csv");

    [Fact]
    public void Read_ShippedSample_CustomersWithOrdersCasesAndQuotedMultilineSummaries()
    {
        using var file = File.OpenText(Path.Combine(RepoPaths.Root, "samples", "customers.csv"));

        var result = CustomerCsv.Read(file, "customers.csv");

        Assert.Empty(result.Diagnostics);
        Assert.Equal(["C-2001", "C-2002"], result.Customers.Select(c => c.Id));
        var noah = result.Customers[0];
        Assert.Equal(new CustomerOrder("LM-70112233", OrderStatus.Shipped, new DateOnly(2026, 11, 28), "Pulse 2 watch"), Assert.Single(noah.OpenOrders));
        Assert.Equal("Asked to change the delivery address, \"urgent\"", Assert.Single(noah.RecentInteractions).Summary);
        var carmen = result.Customers[1];
        Assert.Equal(new CustomerCase("CS-2301", "La app no empareja el altavoz", new DateOnly(2026, 11, 22)), Assert.Single(carmen.OpenCases));
        var call = Assert.Single(carmen.RecentInteractions);
        Assert.Equal((InteractionChannel.Phone, InteractionOutcome.Escalated, "Llamó por el emparejamiento;\npasó al equipo técnico"), (call.Channel, call.Outcome, call.Summary));
    }

    [Fact]
    public void Read_CrLfLineEndingsAndColumnsInAnotherOrder_Read()
    {
        var result = Read("customer_id,kind,preferred_name\r\nC-1,customer,Al\r\nC-2,CUSTOMER,\r\n");

        Assert.Equal([("C-1", "Al"), ("C-2", null)], result.Customers.Select(c => (c.Id, c.Context.PreferredName)));
    }

    [Fact]
    public void Read_BadValues_EachReportedAtItsLineAndColumn()
    {
        var result = Read($"""
            {Header}
            customer,C-1,@a,,,en,,,,,,,,
            order,C-1,,,,,,,LM-1,lost,2026-01-02,,,
            interaction,C-1,,,,,,,,,yesterday,phone,resolved,Call
            interaction,C-9,,,,,,,,,2026-01-02T10:00:00Z,phone,resolved,Call
            refund,C-1,,,,,,,,,,,,
            """);

        Assert.Empty(result.Customers);
        Assert.Equal(
            [
                "customers.csv:3:10: 'status' must be one of processing, shipped, delayed, delivered, returning, not 'lost'",
                "customers.csv:4:11: 'date' must be an ISO 8601 date and time such as 2026-03-11T16:20:00Z, not 'yesterday'",
                "customers.csv:5:2: no 'customer' row for customer 'C-9' in the file",
                "customers.csv:6:1: 'kind' must be customer, order, case or interaction",
            ],
            result.Diagnostics.Select(d => d.ToString()));
    }

    [Fact]
    public void Read_UnterminatedQuote_ReportedWithTheLineItStarts()
    {
        var result = Read($"{Header}\ncustomer,C-1,\"@a,,,,,,,,,,,,\n");

        Assert.Contains("never ends", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Diagnostics[0].Line);
    }

    [Fact]
    public void Read_QuoteInsideUnquotedField_Refused()
    {
        var result = Read("kind,customer_id,summary\ncustomer,C-1,say \"hi\"\n");

        Assert.Contains("a quote may only wrap a whole field", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_UnknownColumnOrMissingCustomerId_Refused()
    {
        var result = Read("kind,name\ncustomer,Al\n");

        Assert.Equal(
            ["customers.csv:1:1: the header needs a 'customer_id' column", "customers.csv:1:2: unknown column 'name'; the columns are kind, customer_id, handle, full_name, preferred_name, language, region, tier, ref, status, date, channel, outcome, summary"],
            result.Diagnostics.Select(d => d.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Read_RowWithTooFewCells_Refused()
    {
        var result = Read("kind,customer_id,handle\ncustomer,C-1\n");

        Assert.Equal("the row has 2 cells; the header has 3", Assert.Single(result.Diagnostics).Message);
    }

    [Fact]
    public void Read_EmptyFile_SaysWhatTheHeaderIs()
    {
        var result = Read(string.Empty);

        Assert.StartsWith("the file is empty", Assert.Single(result.Diagnostics).Message, StringComparison.Ordinal);
    }
}
