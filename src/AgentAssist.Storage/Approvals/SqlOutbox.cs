using System.Data.Common;
using System.Globalization;
using AgentAssist.Core.Approvals;

namespace AgentAssist.Storage.Approvals;

/// <summary>
/// <see cref="IOutbox"/> on SQLite or PostgreSQL. A claim is one <c>UPDATE ... WHERE seq IN (SELECT ... LIMIT n)
/// RETURNING</c> in a write transaction; on PostgreSQL the inner select takes <c>FOR UPDATE SKIP LOCKED</c> so two
/// dispatchers claiming at once take different messages instead of waiting for each other.
/// </summary>
public sealed class SqlOutbox : IOutbox
{
    private const string Columns =
        "id, kind, target, payload, correlation_id, created_at, attempts, state, lease_owner, lease_expires_at, next_attempt_at, last_error, seq, lease_expired";

    private const string MarkDeliveredSql =
        "UPDATE outbox_messages SET state = 1, lease_owner = NULL, lease_expires_at = NULL, last_error = NULL WHERE id = @id AND state = 0 AND lease_owner = @owner;";

    private readonly StorageDatabase _database;
    private readonly OutboxRetryPolicy _policy;
    private readonly TimeProvider _time;
    private readonly string _claimSql;

    public SqlOutbox(StorageDatabase database, OutboxRetryPolicy policy, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(policy);
        ArgumentNullException.ThrowIfNull(time);
        ArgumentOutOfRangeException.ThrowIfLessThan(policy.MaxAttempts, 1);
        _database = database;
        _policy = policy;
        _time = time;
        var skipLocked = database.Provider == StorageProvider.Postgres ? "FOR UPDATE OF m SKIP LOCKED" : string.Empty;
        _claimSql =
            $"""
            UPDATE outbox_messages
            SET attempts = attempts + 1, lease_expires_at = @until,
                lease_expired = CASE WHEN lease_owner IS NULL OR lease_owner = @owner THEN 0 ELSE 1 END, lease_owner = @owner
            WHERE seq IN (
                SELECT m.seq FROM outbox_messages m
                WHERE m.state = 0 AND m.next_attempt_at <= @now
                  AND (m.lease_expires_at IS NULL OR m.lease_expires_at <= @now OR m.lease_owner = @owner)
                  AND m.attempts < @max
                  AND NOT EXISTS (SELECT 1 FROM outbox_messages e WHERE e.correlation_id = m.correlation_id AND e.state = 0 AND e.seq < m.seq)
                ORDER BY m.seq
                LIMIT @limit
                {skipLocked})
            RETURNING {Columns};
            """;
    }

    public async Task EnqueueAsync(IReadOnlyList<NewOutboxMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                await EffectsWriter.InsertOutboxAsync(_database, connection, transaction, messages, _time.GetUtcNow(), _time, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
            }
        }
    }

    public async Task<IReadOnlyList<OutboxMessage>> ClaimAsync(string owner, int maxCount, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(owner);
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = _time.GetUtcNow();
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // A dispatcher that crashed during the last allowed attempt left a lease behind: that message is done for.
                await using (var dead = StorageDatabase.Command(connection, transaction,
                    """
                    UPDATE outbox_messages
                    SET state = 2, lease_owner = NULL, lease_expires_at = NULL, last_error = 'lease expired during the last attempt'
                    WHERE state = 0 AND attempts >= @max AND lease_expires_at IS NOT NULL AND lease_expires_at <= @now;
                    """))
                {
                    dead.With("@max", _policy.MaxAttempts).With("@now", _database.ToDbTime(now));
                    await dead.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                List<OutboxMessage> claimed;
                await using (var claim = StorageDatabase.Command(connection, transaction, _claimSql))
                {
                    claim.With("@owner", owner)
                        .With("@until", _database.ToDbTime(now + lease))
                        .With("@now", _database.ToDbTime(now))
                        .With("@max", _policy.MaxAttempts)
                        .With("@limit", maxCount);
                    claimed = await ReadAllAsync(claim, cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return claimed;
            }
        }
    }

    public async Task<bool> MarkDeliveredAsync(string id, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(owner);
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var update = StorageDatabase.Command(connection, null, MarkDeliveredSql);
            update.With("@id", id).With("@owner", owner);
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    public async Task<bool> MarkPostedAsync(string id, string owner, ApprovalCardReference card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(card);
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // The card goes to the message's request whoever holds the lease: it was posted, so it must be updated later.
                await using (var insert = StorageDatabase.Command(connection, transaction,
                    "INSERT INTO approval_cards (approval_id, role, conversation_id, activity_id, service_url) "
                    + "SELECT correlation_id, @cRole0, @cConversation0, @cActivity0, @cServiceUrl0 FROM outbox_messages "
                    + "WHERE id = @cId0 AND correlation_id IS NOT NULL ON CONFLICT (approval_id, role, activity_id) DO NOTHING;"))
                {
                    EffectsWriter.BindCard(insert, "0", id, card);
                    await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                bool marked;
                await using (var update = StorageDatabase.Command(connection, transaction, MarkDeliveredSql))
                {
                    update.With("@id", id).With("@owner", owner);
                    marked = await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return marked;
            }
        }
    }

    public async Task<bool> RenewAsync(string id, string owner, TimeSpan lease, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(lease, TimeSpan.Zero);
        var now = _time.GetUtcNow();
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // Held means: still ours and not yet run out (after that another dispatcher may have claimed it already).
            await using var update = StorageDatabase.Command(connection, null,
                """
                UPDATE outbox_messages SET lease_expires_at = @until
                WHERE id = @id AND state = 0 AND lease_owner = @owner AND lease_expires_at > @now;
                """);
            update.With("@id", id).With("@owner", owner).With("@now", _database.ToDbTime(now)).With("@until", _database.ToDbTime(now + lease));
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) == 1;
        }
    }

    public async Task ReleaseAsync(string id, string owner, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(owner);
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var update = StorageDatabase.Command(connection, null,
                """
                UPDATE outbox_messages SET lease_owner = NULL, lease_expires_at = NULL, attempts = attempts - 1
                WHERE id = @id AND state = 0 AND lease_owner = @owner AND attempts > 0;
                """);
            update.With("@id", id).With("@owner", owner);
            await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<OutboxFailureResult> MarkFailedAsync(string id, string owner, string failure, TimeSpan? retryAfter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(owner);
        ArgumentNullException.ThrowIfNull(failure);
        var now = _time.GetUtcNow();
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                int attempts;
                var lockRow = _database.Provider == StorageProvider.Postgres ? " FOR UPDATE" : string.Empty;
                await using (var select = StorageDatabase.Command(connection, transaction,
                    $"SELECT attempts FROM outbox_messages WHERE id = @id AND state = 0 AND lease_owner = @owner{lockRow};"))
                {
                    select.With("@id", id).With("@owner", owner);
                    var value = await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
                    if (value is null)
                    {
                        await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                        return new OutboxFailureResult(OutboxMessageState.Pending, null, LeaseHeld: false);
                    }

                    attempts = Convert.ToInt32(value, CultureInfo.InvariantCulture);
                }

                var error = failure.Length > 500 ? failure[..500] : failure;
                OutboxFailureResult result;
                await using (var update = StorageDatabase.Command(connection, transaction, string.Empty))
                {
                    update.With("@id", id).With("@error", error);
                    if (attempts >= _policy.MaxAttempts)
                    {
                        update.CommandText = "UPDATE outbox_messages SET state = 2, lease_owner = NULL, lease_expires_at = NULL, last_error = @error WHERE id = @id;";
                        result = new OutboxFailureResult(OutboxMessageState.DeadLettered, null);
                    }
                    else
                    {
                        var next = now + _policy.DelayAfter(attempts, retryAfter);
                        update.CommandText = "UPDATE outbox_messages SET lease_owner = NULL, lease_expires_at = NULL, last_error = @error, next_attempt_at = @next WHERE id = @id;";
                        update.With("@next", _database.ToDbTime(next));
                        result = new OutboxFailureResult(OutboxMessageState.Pending, next);
                    }

                    await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return result;
            }
        }
    }

    public async Task<OutboxMessage?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var found = await SelectAsync($"SELECT {Columns} FROM outbox_messages WHERE id = @id;", "@id", id, cancellationToken).ConfigureAwait(false);
        return found.Count == 0 ? null : found[0];
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListByCorrelationAsync(string correlationId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(correlationId);
        return await SelectAsync($"SELECT {Columns} FROM outbox_messages WHERE correlation_id = @value ORDER BY seq;", "@value", correlationId, cancellationToken)
            .ConfigureAwait(false);
    }

    public async Task<IReadOnlyList<OutboxMessage>> ListDeadLetteredAsync(int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        return await SelectAsync($"SELECT {Columns} FROM outbox_messages WHERE state = 2 ORDER BY seq LIMIT @value;", "@value", maxCount, cancellationToken)
            .ConfigureAwait(false);
    }

    private async Task<List<OutboxMessage>> SelectAsync(string sql, string name, object value, CancellationToken cancellationToken)
    {
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var select = StorageDatabase.Command(connection, null, sql);
            select.With(name, value);
            return await ReadAllAsync(select, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<List<OutboxMessage>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var rows = new List<(long Seq, OutboxMessage Message)>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                var message = new OutboxMessage(
                    reader.GetString(0),
                    reader.GetString(1),
                    reader.GetString(2),
                    reader.GetString(3),
                    reader.IsDBNull(4) ? null : reader.GetString(4),
                    _database.ReadTime(reader, 5),
                    Convert.ToInt32(reader.GetValue(6), CultureInfo.InvariantCulture),
                    (OutboxMessageState)Convert.ToInt32(reader.GetValue(7), CultureInfo.InvariantCulture))
                {
                    LeaseOwner = reader.IsDBNull(8) ? null : reader.GetString(8),
                    LeaseExpiresAt = _database.ReadNullableTime(reader, 9),
                    NextAttemptAt = _database.ReadTime(reader, 10),
                    LastError = reader.IsDBNull(11) ? null : reader.GetString(11),
                    LeaseExpired = Convert.ToInt32(reader.GetValue(13), CultureInfo.InvariantCulture) != 0,
                };
                rows.Add((Convert.ToInt64(reader.GetValue(12), CultureInfo.InvariantCulture), message));
            }
        }

        // RETURNING gives no order; callers get enqueue order.
        rows.Sort(static (a, b) => a.Seq.CompareTo(b.Seq));
        return rows.ConvertAll(static r => r.Message);
    }
}
