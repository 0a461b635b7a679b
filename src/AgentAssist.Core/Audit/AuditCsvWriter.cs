using System.Globalization;
using System.Text;

namespace AgentAssist.Core.Audit;

/// <summary>
/// Writes audit events as CSV (RFC 4180): a header row, CRLF line ends, and fields holding a comma, a double quote, CR
/// or LF enclosed in double quotes with inner quotes doubled. Times are UTC ISO 8601; rule ids are joined with a space.
/// A field that a spreadsheet would run as a formula (starting with <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, tab or CR)
/// gets a leading apostrophe; the JSON export keeps such values unchanged.
/// </summary>
public static class AuditCsvWriter
{
    /// <summary>The header row's column names, in order.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["sequence", "at", "kind", "actorId", "actorName", "teamId", "requestId", "outcome", "ruleIds", "draftText", "detail"];

    /// <summary>Writes the header and every event, flushing as it goes.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<AuditEvent> events, TextWriter writer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(writer);
        var line = new StringBuilder(256);
        line.AppendJoin(',', Columns).Append("\r\n");
        await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
        var rows = 0;
        await foreach (var e in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            line.Clear();
            line.Append(e.Sequence.ToString(CultureInfo.InvariantCulture)).Append(',');
            line.Append(e.At.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture)).Append(',');
            line.Append(e.KindName).Append(',');
            AppendField(line, e.ActorId).Append(',');
            AppendField(line, e.ActorName).Append(',');
            AppendField(line, e.TeamId).Append(',');
            AppendField(line, e.RequestId).Append(',');
            AppendField(line, e.Outcome).Append(',');
            AppendField(line, string.Join(' ', e.RuleIds)).Append(',');
            AppendField(line, e.DraftText).Append(',');
            AppendField(line, e.Detail).Append("\r\n");
            await writer.WriteAsync(line, cancellationToken).ConfigureAwait(false);
            if (++rows % 256 == 0)
            {
                await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        await writer.FlushAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Appends one field, quoted when it must be.</summary>
    internal static StringBuilder AppendField(StringBuilder line, string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return line;
        }

        var formula = value[0] is '=' or '+' or '-' or '@' or '\t' or '\r';
        if (value.AsSpan().IndexOfAny(",\"\r\n") < 0)
        {
            return formula ? line.Append('\'').Append(value) : line.Append(value);
        }

        line.Append('"');
        if (formula)
        {
            line.Append('\'');
        }

        foreach (var c in value)
        {
            line.Append(c);
            if (c == '"')
            {
                line.Append('"');
            }
        }

        return line.Append('"');
    }
}
