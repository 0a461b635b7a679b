using System.Data.Common;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Audit;

namespace AgentAssist.Storage.Approvals;

/// <summary>Writes outbox messages and audit events inside the caller's transaction.</summary>
internal static class EffectsWriter
{
    public static async Task WriteAsync(StorageDatabase database, DbConnection connection, DbTransaction transaction, ApprovalEffects effects, DateTimeOffset now, TimeProvider time, CancellationToken cancellationToken)
    {
        await InsertOutboxAsync(database, connection, transaction, effects.Outbox, now, time, cancellationToken).ConfigureAwait(false);
        foreach (var auditEvent in effects.Audit)
        {
            await InsertAuditAsync(database, connection, transaction, auditEvent, cancellationToken).ConfigureAwait(false);
        }
    }

    public static async Task InsertOutboxAsync(StorageDatabase database, DbConnection connection, DbTransaction transaction, IReadOnlyList<NewOutboxMessage> messages, DateTimeOffset now, TimeProvider time, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
        {
            return;
        }

        await using var insert = StorageDatabase.Command(connection, transaction,
            """
            INSERT INTO outbox_messages (id, kind, target, payload, correlation_id, created_at, attempts, state, next_attempt_at)
            VALUES (@id, @kind, @target, @payload, @correlation, @now, 0, 0, @now);
            """);
        foreach (var message in messages)
        {
            ArgumentNullException.ThrowIfNull(message);
            insert.Parameters.Clear();
            insert.With("@id", ApprovalIds.New(time))
                .With("@kind", message.Kind)
                .With("@target", message.Target)
                .With("@payload", message.Payload)
                .With("@correlation", message.CorrelationId)
                .With("@now", database.ToDbTime(now));
            await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Inserts one audit event and returns its sequence number.</summary>
    public static async Task<long> InsertAuditAsync(StorageDatabase database, DbConnection connection, DbTransaction? transaction, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        await using var insert = StorageDatabase.Command(connection, transaction,
            """
            INSERT INTO audit_events (at, kind, actor_id, actor_name, team_id, request_id, outcome, rule_ids, draft_text, detail)
            VALUES (@at, @kind, @actor, @actorName, @team, @request, @outcome, @rules, @text, @detail)
            RETURNING seq;
            """);
        insert.With("@at", database.ToDbTime(auditEvent.At))
            .With("@kind", (int)auditEvent.Kind)
            .With("@actor", auditEvent.ActorId)
            .With("@actorName", auditEvent.ActorName)
            .With("@team", auditEvent.TeamId)
            .With("@request", auditEvent.RequestId)
            .With("@outcome", auditEvent.Outcome)
            .With("@rules", RuleIds.Join(auditEvent.RuleIds))
            .With("@text", auditEvent.DraftText)
            .With("@detail", auditEvent.Detail);
        var seq = await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(seq, System.Globalization.CultureInfo.InvariantCulture);
    }
}
