using System.Data.Common;
using System.Globalization;
using System.Text;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Audit;

namespace AgentAssist.Storage.Approvals;

/// <summary>
/// Writes outbox messages and audit events inside the caller's transaction. The statements go into one command (with the
/// change itself when the caller passes its SQL), so PostgreSQL gets them in one round trip.
/// </summary>
internal static class EffectsWriter
{
    private const string OutboxInsert =
        "INSERT INTO outbox_messages (id, kind, target, payload, correlation_id, created_at, attempts, state, next_attempt_at) VALUES ";

    private const string AuditInsert =
        "INSERT INTO audit_events (at, kind, actor_id, actor_name, team_id, request_id, outcome, rule_ids, draft_text, detail) VALUES ";

    /// <summary>
    /// Runs <paramref name="change"/> (SQL whose parameters the caller already bound on <paramref name="command"/>, or
    /// empty) followed by the effects' inserts, as one command. Returns the rows the whole command affected.
    /// </summary>
    public static async Task<int> ExecuteWithAsync(StorageDatabase database, DbCommand command, string change, string approvalId, ApprovalEffects effects, DateTimeOffset now, TimeProvider time, CancellationToken cancellationToken)
    {
        var sql = new StringBuilder(change);
        Append(database, command, sql, approvalId, effects, now, time);
        if (sql.Length == 0)
        {
            return 0;
        }

        command.CommandText = sql.ToString();
        return await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteAsync(StorageDatabase database, DbConnection connection, DbTransaction transaction, string approvalId, ApprovalEffects effects, DateTimeOffset now, TimeProvider time, CancellationToken cancellationToken)
    {
        await using var command = StorageDatabase.Command(connection, transaction, string.Empty);
        await ExecuteWithAsync(database, command, string.Empty, approvalId, effects, now, time, cancellationToken).ConfigureAwait(false);
    }

    public static Task InsertOutboxAsync(StorageDatabase database, DbConnection connection, DbTransaction transaction, IReadOnlyList<NewOutboxMessage> messages, DateTimeOffset now, TimeProvider time, CancellationToken cancellationToken) =>
        WriteAsync(database, connection, transaction, string.Empty, new ApprovalEffects(messages, []), now, time, cancellationToken);

    /// <summary>Remembers a card of an approval request; the same role and activity again changes nothing.</summary>
    public static string CardInsert(string suffix) =>
        $"""
        INSERT INTO approval_cards (approval_id, role, conversation_id, activity_id, service_url)
        VALUES (@cId{suffix}, @cRole{suffix}, @cConversation{suffix}, @cActivity{suffix}, @cServiceUrl{suffix})
        ON CONFLICT (approval_id, role, activity_id) DO NOTHING;
        """;

    public static void BindCard(DbCommand command, string suffix, string approvalId, ApprovalCardReference card)
    {
        ArgumentNullException.ThrowIfNull(card);
        command.With("@cId" + suffix, approvalId)
            .With("@cRole" + suffix, (int)card.Role)
            .With("@cConversation" + suffix, card.ConversationId)
            .With("@cActivity" + suffix, card.ActivityId)
            .With("@cServiceUrl" + suffix, card.ServiceUrl);
    }

    private static void Append(StorageDatabase database, DbCommand command, StringBuilder sql, string approvalId, ApprovalEffects effects, DateTimeOffset now, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(effects);
        for (var i = 0; i < effects.Cards.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            sql.Append(CardInsert(n));
            BindCard(command, n, approvalId, effects.Cards[i]);
        }

        if (effects.Outbox.Count > 0)
        {
            command.With("@effectsNow", database.ToDbTime(now));
            sql.Append(OutboxInsert);
            for (var i = 0; i < effects.Outbox.Count; i++)
            {
                var message = effects.Outbox[i];
                ArgumentNullException.ThrowIfNull(message);
                var n = i.ToString(CultureInfo.InvariantCulture);
                // A new statement every 1000 rows keeps each under the providers' limits on parameters per statement.
                sql.Append(i == 0 ? string.Empty : i % 1000 == 0 ? ";" + OutboxInsert : ", ")
                    .Append(CultureInfo.InvariantCulture, $"(@oId{n}, @oKind{n}, @oTarget{n}, @oPayload{n}, @oCorrelation{n}, @effectsNow, 0, 0, @effectsNow)");
                command.With("@oId" + n, ApprovalIds.New(time))
                    .With("@oKind" + n, message.Kind)
                    .With("@oTarget" + n, message.Target)
                    .With("@oPayload" + n, message.Payload)
                    .With("@oCorrelation" + n, message.CorrelationId);
            }

            sql.Append(';');
        }

        if (effects.Audit.Count > 0)
        {
            sql.Append(AuditInsert);
            for (var i = 0; i < effects.Audit.Count; i++)
            {
                var n = i.ToString(CultureInfo.InvariantCulture);
                sql.Append(i == 0 ? string.Empty : i % 1000 == 0 ? ";" + AuditInsert : ", ")
                    .Append(CultureInfo.InvariantCulture, $"(@aAt{n}, @aKind{n}, @aActor{n}, @aActorName{n}, @aTeam{n}, @aRequest{n}, @aOutcome{n}, @aRules{n}, @aText{n}, @aDetail{n})");
                BindAudit(database, command, effects.Audit[i], n);
            }

            sql.Append(';');
        }
    }

    private static void BindAudit(StorageDatabase database, DbCommand command, AuditEvent auditEvent, string suffix)
    {
        ArgumentNullException.ThrowIfNull(auditEvent);
        command.With("@aAt" + suffix, database.ToDbTime(auditEvent.At))
            .With("@aKind" + suffix, (int)auditEvent.Kind)
            .With("@aActor" + suffix, auditEvent.ActorId)
            .With("@aActorName" + suffix, auditEvent.ActorName)
            .With("@aTeam" + suffix, auditEvent.TeamId)
            .With("@aRequest" + suffix, auditEvent.RequestId)
            .With("@aOutcome" + suffix, auditEvent.Outcome)
            .With("@aRules" + suffix, RuleIds.Join(auditEvent.RuleIds))
            .With("@aText" + suffix, auditEvent.DraftText)
            .With("@aDetail" + suffix, auditEvent.Detail);
    }

    /// <summary>Inserts one audit event and returns its sequence number.</summary>
    public static async Task<long> InsertAuditAsync(StorageDatabase database, DbConnection connection, DbTransaction? transaction, AuditEvent auditEvent, CancellationToken cancellationToken)
    {
        await using var insert = StorageDatabase.Command(connection, transaction, AuditInsert + "(@aAt0, @aKind0, @aActor0, @aActorName0, @aTeam0, @aRequest0, @aOutcome0, @aRules0, @aText0, @aDetail0) RETURNING seq;");
        BindAudit(database, insert, auditEvent, "0");
        var seq = await insert.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(seq, CultureInfo.InvariantCulture);
    }
}
