using System.Text.Json;

namespace AgentAssist.Core.Audit;

/// <summary>
/// Writes audit events as a JSON array of objects with the same camelCase names as the CSV columns; absent values are
/// <c>null</c>, <c>ruleIds</c> is an array, <c>at</c> is UTC ISO 8601. Streams: memory does not grow with the export.
/// </summary>
public static class AuditJsonWriter
{
    /// <summary>Writes every event as UTF-8 JSON to <paramref name="stream"/>, flushing as it goes.</summary>
    public static async Task WriteAsync(IAsyncEnumerable<AuditEvent> events, Stream stream, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        ArgumentNullException.ThrowIfNull(stream);
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartArray();
        await foreach (var e in events.WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            json.WriteStartObject();
            json.WriteNumber("sequence", e.Sequence);
            json.WriteString("at", e.At.ToUniversalTime());
            json.WriteString("kind", e.KindName);
            json.WriteString("actorId", e.ActorId);
            json.WriteString("actorName", e.ActorName);
            json.WriteString("teamId", e.TeamId);
            json.WriteString("requestId", e.RequestId);
            json.WriteString("outcome", e.Outcome);
            json.WriteStartArray("ruleIds");
            foreach (var ruleId in e.RuleIds)
            {
                json.WriteStringValue(ruleId);
            }

            json.WriteEndArray();
            json.WriteString("draftText", e.DraftText);
            json.WriteString("detail", e.Detail);
            json.WriteEndObject();
            if (json.BytesPending > 16 * 1024)
            {
                await json.FlushAsync(cancellationToken).ConfigureAwait(false);
            }
        }

        json.WriteEndArray();
        await json.FlushAsync(cancellationToken).ConfigureAwait(false);
    }
}
