using System.Text;
using System.Text.Json;
using AgentAssist.Core.Audit;
using AgentAssist.Storage.Audit;
using AgentAssist.Storage.Tests.Infrastructure;

namespace AgentAssist.Storage.Tests.Audit;

/// <summary>The <see cref="IAuditLog"/> contract and the exports over it, run against each provider by a derived class.</summary>
public abstract class AuditLogContractTests : StorageTestBase
{
    private static readonly DateTimeOffset T0 = new(2026, 3, 2, 10, 0, 0, TimeSpan.Zero);

    private async Task<SqlAuditLog> OpenAsync() => new(await Database.OpenMigratedAsync());

    private static AuditEvent Event(int minute, AuditEventKind kind = AuditEventKind.Check, string? text = null) =>
        new(T0.AddMinutes(minute), kind, $"user-{minute}") { RuleIds = ["Brand.Shouting", "BrandEn.Refunds"], DraftText = text, Outcome = "warn" };

    [SkippableFact]
    public async Task AppendAsync_ThenQuery_RoundTripsEveryField()
    {
        var audit = await OpenAsync();
        var appended = await audit.AppendAsync(
            new AuditEvent(T0, AuditEventKind.Rejected, "sup-1")
            {
                ActorName = "Ana", TeamId = "care", RequestId = "r1", Outcome = "rejected", RuleIds = ["BrandEn.Refunds"],
                DraftText = "We will refund you", Detail = "Too generous",
            },
            CancellationToken.None);

        var read = Assert.Single((await audit.QueryAsync(T0, T0.AddSeconds(1), 10, null, CancellationToken.None)).Items);

        Assert.True(appended.Sequence > 0);
        Assert.Equal(appended with { RuleIds = read.RuleIds }, read);
        Assert.Equal(["BrandEn.Refunds"], read.RuleIds);
    }

    [SkippableFact]
    public async Task QueryAsync_HalfOpenRangeInPages_TimeOrderWithTiesInAppendOrder()
    {
        var audit = await OpenAsync();
        foreach (var minute in new[] { 5, 1, 3, 3, 0, 7, 9 })
        {
            await audit.AppendAsync(Event(minute), CancellationToken.None);
        }

        var seen = new List<AuditEvent>();
        string? cursor = null;
        do
        {
            var page = await audit.QueryAsync(T0.AddMinutes(1), T0.AddMinutes(9), 2, cursor, CancellationToken.None);
            seen.AddRange(page.Items);
            cursor = page.NextCursor;
        }
        while (cursor is not null);

        Assert.Equal([1, 3, 3, 5, 7], seen.Select(e => (int)(e.At - T0).TotalMinutes));
        Assert.True(seen[1].Sequence < seen[2].Sequence);
        await Assert.ThrowsAsync<ArgumentException>(() => audit.QueryAsync(T0, T0.AddDays(1), 2, "12", CancellationToken.None));
    }

    [SkippableFact]
    public async Task PurgeDraftTextAsync_OlderThanRetention_TextNulledEventsKept()
    {
        var audit = await OpenAsync();
        await audit.AppendAsync(Event(0, AuditEventKind.ApprovalRequested, "old text"), CancellationToken.None);
        await audit.AppendAsync(Event(10, AuditEventKind.Edited, "recent text"), CancellationToken.None);
        await audit.AppendAsync(Event(2, AuditEventKind.Approved), CancellationToken.None);

        var purged = await audit.PurgeDraftTextAsync(T0.AddMinutes(5), CancellationToken.None);

        Assert.Equal(1, purged);
        var all = (await audit.QueryAsync(T0, T0.AddHours(1), 10, null, CancellationToken.None)).Items;
        Assert.Equal(
            [(AuditEventKind.ApprovalRequested, (string?)null), (AuditEventKind.Approved, null), (AuditEventKind.Edited, "recent text")],
            all.Select(e => (e.Kind, e.DraftText)));
        Assert.All(all, e => Assert.Equal(["Brand.Shouting", "BrandEn.Refunds"], e.RuleIds));
    }

    [SkippableFact]
    public async Task CsvExport_AwkwardText_Rfc4180QuotedAndParsesBack()
    {
        var audit = await OpenAsync();
        const string text = "Hi \"Ana\", line one,\r\nline two\nand ñ 😀";
        await audit.AppendAsync(Event(1, AuditEventKind.Edited, text) with { Detail = "=HYPERLINK(\"x\")", ActorName = "Pérez, Ana" }, CancellationToken.None);
        await audit.AppendAsync(Event(2), CancellationToken.None);
        await using var writer = new StringWriter();

        await AuditCsvWriter.WriteAsync(audit.ReadAsync(T0, T0.AddHours(1), CancellationToken.None), writer, CancellationToken.None);

        var rows = Rfc4180.Parse(writer.ToString());
        Assert.Equal(AuditCsvWriter.Columns, rows[0]);
        Assert.Equal(3, rows.Count);
        var edited = rows[1];
        Assert.Equal("edited", edited[2]);
        Assert.Equal("Pérez, Ana", edited[4]);
        Assert.Equal("Brand.Shouting BrandEn.Refunds", edited[8]);
        Assert.Equal(text, edited[9]);
        Assert.Equal("'=HYPERLINK(\"x\")", edited[10]);
        Assert.Equal("2026-03-02T10:01:00.0000000Z", edited[1]);
        Assert.Equal(["check", "", ""], new[] { rows[2][2], rows[2][9], rows[2][10] });
    }

    [SkippableFact]
    public async Task JsonExport_Events_ArrayWithCsvNamesAndExactText()
    {
        var audit = await OpenAsync();
        const string text = "</script> \"quoted\" ñ";
        await audit.AppendAsync(Event(1, AuditEventKind.Rejected, text) with { Detail = "No" }, CancellationToken.None);
        await audit.AppendAsync(Event(2), CancellationToken.None);
        using var stream = new MemoryStream();

        await AuditJsonWriter.WriteAsync(audit.ReadAsync(T0, T0.AddHours(1), CancellationToken.None), stream, CancellationToken.None);

        using var json = JsonDocument.Parse(stream.ToArray());
        var items = json.RootElement.EnumerateArray().ToList();
        Assert.Equal(2, items.Count);
        Assert.Equal(AuditCsvWriter.Columns, items[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("rejected", items[0].GetProperty("kind").GetString());
        Assert.Equal(text, items[0].GetProperty("draftText").GetString());
        Assert.Equal(["Brand.Shouting", "BrandEn.Refunds"], items[0].GetProperty("ruleIds").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(T0.AddMinutes(1), items[0].GetProperty("at").GetDateTimeOffset());
        Assert.Equal(JsonValueKind.Null, items[1].GetProperty("draftText").ValueKind);
        Assert.DoesNotContain("</script>", Encoding.UTF8.GetString(stream.ToArray()), StringComparison.Ordinal);
    }
}
