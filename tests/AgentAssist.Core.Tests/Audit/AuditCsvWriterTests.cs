using System.Text;
using AgentAssist.Core.Audit;

namespace AgentAssist.Core.Tests.Audit;

public sealed class AuditCsvWriterTests
{
    [Theory]
    [InlineData(null, "")]
    [InlineData("", "")]
    [InlineData("plain text", "plain text")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("line\nbreak", "\"line\nbreak\"")]
    [InlineData("cr\rlf\r\n", "\"cr\rlf\r\n\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("-1", "'-1")]
    [InlineData("@cmd,x", "\"'@cmd,x\"")]
    [InlineData("ñandú 😀", "ñandú 😀")]
    public void AppendField_Value_QuotedOnlyWhenNeeded(string? value, string expected) =>
        Assert.Equal(expected, AuditCsvWriter.AppendField(new StringBuilder(), value).ToString());

    [Fact]
    public async Task WriteAsync_OneEvent_HeaderAndRowEndingInCrlf()
    {
        var at = new DateTimeOffset(2026, 3, 2, 15, 2, 0, TimeSpan.FromHours(1));
        var events = new[] { new AuditEvent(at, AuditEventKind.ApprovalRequested, "agent-1") { Sequence = 7, RuleIds = ["A.B", "C.D"], TeamId = "care" } };
        await using var writer = new StringWriter();

        await AuditCsvWriter.WriteAsync(events.ToAsyncEnumerable(), writer, CancellationToken.None);

        Assert.Equal(
            "sequence,at,kind,actorId,actorName,teamId,requestId,outcome,ruleIds,draftText,detail\r\n"
            + "7,2026-03-02T14:02:00.0000000Z,approval-requested,agent-1,,care,,,A.B C.D,,\r\n",
            writer.ToString());
    }

    [Fact]
    public async Task WriteAsync_NoEvents_HeaderOnly()
    {
        await using var writer = new StringWriter();

        await AuditCsvWriter.WriteAsync(AsyncEnumerable.Empty<AuditEvent>(), writer, CancellationToken.None);

        Assert.Equal(string.Join(',', AuditCsvWriter.Columns) + "\r\n", writer.ToString());
    }

    [Fact]
    public void Name_EveryKind_KebabCase() =>
        Assert.Equal(
            ["check", "approval-requested", "approved", "edited", "rejected", "withdrawn", "reminded", "escalated"],
            Enum.GetValues<AuditEventKind>().Select(AuditEvent.Name));
}
