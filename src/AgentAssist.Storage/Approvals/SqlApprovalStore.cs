using System.Data.Common;
using System.Globalization;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Checking;

namespace AgentAssist.Storage.Approvals;

/// <summary>
/// <see cref="IApprovalStore"/> on SQLite or PostgreSQL. A decision is <c>UPDATE ... WHERE id = @id AND state = 0
/// RETURNING ...</c> in a write transaction with its effects: on PostgreSQL the row lock queues concurrent deciders and
/// the losers' re-evaluated <c>state = 0</c> matches nothing; on SQLite <c>BEGIN IMMEDIATE</c> admits one writer at a time.
/// </summary>
public sealed class SqlApprovalStore : IApprovalStore
{
    private const string Columns =
        "id, team_id, agent_id, agent_name, draft_text, channel, language, outcome, rule_ids, verdict_json, severity, "
        + "customer_summary, suggested_rewrite, created_at, due_at, remind_at, state, version, decided_by_id, decided_by_name, "
        + "decided_at, decision_key, final_text, reason, reminded_at, escalated_at, request_key";

    private static readonly string InsertSql =
        $"""
        INSERT INTO approvals ({Columns})
        VALUES (@id, @team, @agentId, @agentName, @draft, @channel, @language, @outcome, @rules, @verdict, @severity,
                @customer, @rewrite, @created, @due, @remind, 0, 1, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, @requestKey);
        """;

    private readonly StorageDatabase _database;
    private readonly TimeProvider _time;

    public SqlApprovalStore(StorageDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    public async Task<ApprovalRequest> CreateAsync(ApprovalRequest request, ApprovalEffects effects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(effects);
        if (!request.IsPending)
        {
            throw new ArgumentException("A new approval request must be pending.", nameof(request));
        }

        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // Two instances racing with one key: on PostgreSQL the loser's insert waits for the winner's commit and
                // then conflicts; on SQLite BEGIN IMMEDIATE admits one at a time, so the loser finds the winner here.
                if (request.RequestKey is { } key && await GetByKeyAsync(connection, transaction, key, cancellationToken).ConfigureAwait(false) is { } existing)
                {
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return existing;
                }

                await using (var insert = StorageDatabase.Command(connection, transaction, string.Empty))
                {
                    insert.With("@id", request.Id)
                        .With("@team", request.TeamId)
                        .With("@agentId", request.Agent.Id)
                        .With("@agentName", request.Agent.DisplayName)
                        .With("@draft", request.DraftText)
                        .With("@channel", request.Channel)
                        .With("@language", request.Language)
                        .With("@outcome", (int)request.Outcome)
                        .With("@rules", RuleIds.Join(request.RuleIds))
                        .With("@verdict", request.VerdictJson)
                        .With("@severity", (int)request.Severity)
                        .With("@customer", request.CustomerSummary)
                        .With("@rewrite", request.SuggestedRewrite)
                        .With("@created", _database.ToDbTime(request.CreatedAt))
                        .With("@due", _database.ToDbTime(request.DueAt))
                        .With("@remind", _database.ToDbTime(request.RemindAt))
                        .With("@requestKey", request.RequestKey);
                    try
                    {
                        await EffectsWriter.ExecuteWithAsync(_database, insert, InsertSql, request.Id, effects, _time.GetUtcNow(), _time, cancellationToken).ConfigureAwait(false);
                    }
                    catch (DbException e) when (DbErrors.IsUniqueViolation(e) && request.RequestKey is not null)
                    {
                        await transaction.RollbackAsync(CancellationToken.None).ConfigureAwait(false);
                        return await GetByKeyAsync(connection, null, request.RequestKey, cancellationToken).ConfigureAwait(false) is { } winner
                            ? winner
                            : throw new InvalidOperationException($"An approval request with id '{request.Id}' already exists.", e);
                    }
                    catch (DbException e) when (DbErrors.IsUniqueViolation(e))
                    {
                        throw new InvalidOperationException($"An approval request with id '{request.Id}' already exists.", e);
                    }
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return request;
            }
        }
    }

    public async Task<ApprovalRequest?> GetAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return await GetAsync(connection, null, id, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<ApprovalDecisionResult> TryDecideAsync(string id, ApprovalDecision decision, ApprovalEffects effects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(effects);
        if (decision.State == ApprovalState.Pending || !Enum.IsDefined(decision.State))
        {
            throw new ArgumentException("A decision must move the request to a final state.", nameof(decision));
        }

        ArgumentException.ThrowIfNullOrEmpty(decision.DecisionKey);
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                ApprovalRequest? decided;
                await using (var update = StorageDatabase.Command(connection, transaction,
                    $"""
                    UPDATE approvals
                    SET state = @state, version = version + 1, decided_by_id = @by, decided_by_name = @byName, decided_at = @at,
                        decision_key = @key, final_text = @final, reason = @reason
                    WHERE id = @id AND state = 0
                    RETURNING {Columns};
                    """))
                {
                    update.With("@state", (int)decision.State)
                        .With("@by", decision.DecidedBy.Id)
                        .With("@byName", decision.DecidedBy.DisplayName)
                        .With("@at", _database.ToDbTime(decision.DecidedAt))
                        .With("@key", decision.DecisionKey)
                        .With("@final", decision.FinalText)
                        .With("@reason", decision.Reason)
                        .With("@id", id);
                    decided = await ReadSingleAsync(update, cancellationToken).ConfigureAwait(false);
                }

                if (decided is not null)
                {
                    await EffectsWriter.WriteAsync(_database, connection, transaction, id, effects, _time.GetUtcNow(), _time, cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                    return new ApprovalDecisionResult(ApprovalDecisionStatus.Decided, decided);
                }

                var current = await GetAsync(connection, transaction, id, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                if (current is null)
                {
                    return new ApprovalDecisionResult(ApprovalDecisionStatus.NotFound, null);
                }

                var replay = string.Equals(current.Decision?.DecisionKey, decision.DecisionKey, StringComparison.Ordinal);
                return new ApprovalDecisionResult(replay ? ApprovalDecisionStatus.Decided : ApprovalDecisionStatus.AlreadyDecided, current, replay);
            }
        }
    }

    public async Task<ApprovalPage> ListPendingAsync(string teamId, int limit, string? cursor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(teamId);
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var after = cursor is null ? ((DateTimeOffset, string)?)null : ParseCursor(cursor);
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var sql = after is null
                ? $"SELECT {Columns} FROM approvals WHERE team_id = @team AND state = 0 ORDER BY created_at, id LIMIT @limit;"
                : $"SELECT {Columns} FROM approvals WHERE team_id = @team AND state = 0 AND (created_at, id) > (@afterCreated, @afterId) ORDER BY created_at, id LIMIT @limit;";
            await using var select = StorageDatabase.Command(connection, null, sql);
            select.With("@team", teamId).With("@limit", limit + 1);
            if (after is { } position)
            {
                select.With("@afterCreated", _database.ToDbTime(position.Item1)).With("@afterId", position.Item2);
            }

            var items = await ReadAllAsync(select, cancellationToken).ConfigureAwait(false);
            if (items.Count <= limit)
            {
                return new ApprovalPage(items, null);
            }

            items.RemoveAt(limit);
            var last = items[^1];
            return new ApprovalPage(items, string.Create(CultureInfo.InvariantCulture, $"{last.CreatedAt.UtcTicks}.{last.Id}"));
        }
    }

    public async Task<IReadOnlyList<ApprovalRequest>> ListDueAsync(ApprovalDueKind kind, DateTimeOffset now, int maxCount, CancellationToken cancellationToken)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(maxCount, 1);
        var sql = kind switch
        {
            ApprovalDueKind.Reminder => $"SELECT {Columns} FROM approvals WHERE state = 0 AND reminded_at IS NULL AND remind_at <= @now ORDER BY remind_at LIMIT @limit;",
            ApprovalDueKind.Escalation => $"SELECT {Columns} FROM approvals WHERE state = 0 AND escalated_at IS NULL AND due_at <= @now ORDER BY due_at LIMIT @limit;",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown due kind."),
        };
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var select = StorageDatabase.Command(connection, null, sql);
            select.With("@now", _database.ToDbTime(now)).With("@limit", maxCount);
            return await ReadAllAsync(select, cancellationToken).ConfigureAwait(false);
        }
    }

    public async Task<bool> TryMarkDueAsync(string id, ApprovalDueKind kind, DateTimeOffset at, ApprovalEffects effects, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(effects);
        var sql = kind switch
        {
            ApprovalDueKind.Reminder => "UPDATE approvals SET reminded_at = @at, version = version + 1 WHERE id = @id AND state = 0 AND reminded_at IS NULL;",
            ApprovalDueKind.Escalation => "UPDATE approvals SET escalated_at = @at, version = version + 1 WHERE id = @id AND state = 0 AND escalated_at IS NULL;",
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown due kind."),
        };
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                int changed;
                await using (var update = StorageDatabase.Command(connection, transaction, sql))
                {
                    update.With("@at", _database.ToDbTime(at)).With("@id", id);
                    changed = await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                }

                if (changed == 0)
                {
                    return false;
                }

                await EffectsWriter.WriteAsync(_database, connection, transaction, id, effects, _time.GetUtcNow(), _time, cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return true;
            }
        }
    }

    /// <exception cref="KeyNotFoundException">No request has that id.</exception>
    public async Task AddCardReferenceAsync(string id, ApprovalCardReference card, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        ArgumentNullException.ThrowIfNull(card);
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var insert = StorageDatabase.Command(connection, null, EffectsWriter.CardInsert("0"));
            EffectsWriter.BindCard(insert, "0", id, card);
            try
            {
                await insert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (DbException e) when (DbErrors.IsForeignKeyViolation(e))
            {
                throw new KeyNotFoundException($"No approval request has id '{id}'.", e);
            }
        }
    }

    public async Task<IReadOnlyList<ApprovalCardReference>> ListCardReferencesAsync(string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(id);
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var select = StorageDatabase.Command(connection, null,
                "SELECT role, conversation_id, activity_id, service_url FROM approval_cards WHERE approval_id = @id ORDER BY seq;");
            select.With("@id", id);
            var cards = new List<ApprovalCardReference>();
            var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    cards.Add(new ApprovalCardReference(
                        (ApprovalCardRole)Int(reader, 0), reader.GetString(1), reader.GetString(2), reader.IsDBNull(3) ? null : reader.GetString(3)));
                }
            }

            return cards;
        }
    }

    public async Task<int> PurgeDraftTextAsync(DateTimeOffset decidedBefore, CancellationToken cancellationToken)
    {
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var update = StorageDatabase.Command(connection, null,
                """
                UPDATE approvals
                SET draft_text = '', verdict_json = '', suggested_rewrite = NULL, final_text = NULL, purged = 1
                WHERE state <> 0 AND purged = 0 AND decided_at < @before;
                """);
            update.With("@before", _database.ToDbTime(decidedBefore));
            return await update.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<ApprovalRequest?> GetByKeyAsync(DbConnection connection, DbTransaction? transaction, string key, CancellationToken cancellationToken)
    {
        await using var select = StorageDatabase.Command(connection, transaction, $"SELECT {Columns} FROM approvals WHERE request_key = @key;");
        select.With("@key", key);
        return await ReadSingleAsync(select, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ApprovalRequest?> GetAsync(DbConnection connection, DbTransaction? transaction, string id, CancellationToken cancellationToken)
    {
        await using var select = StorageDatabase.Command(connection, transaction, $"SELECT {Columns} FROM approvals WHERE id = @id;");
        select.With("@id", id);
        return await ReadSingleAsync(select, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ApprovalRequest?> ReadSingleAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            return await reader.ReadAsync(cancellationToken).ConfigureAwait(false) ? Read(reader) : null;
        }
    }

    private async Task<List<ApprovalRequest>> ReadAllAsync(DbCommand command, CancellationToken cancellationToken)
    {
        var items = new List<ApprovalRequest>();
        var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
        await using (reader.ConfigureAwait(false))
        {
            while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Add(Read(reader));
            }
        }

        return items;
    }

    private ApprovalRequest Read(DbDataReader reader)
    {
        var state = (ApprovalState)Int(reader, 16);
        return new ApprovalRequest(
            reader.GetString(0),
            reader.GetString(1),
            new ApprovalActor(reader.GetString(2), reader.GetString(3)),
            reader.GetString(4),
            reader.GetString(5),
            reader.GetString(6),
            (Outcome)Int(reader, 7),
            RuleIds.Split(reader.GetString(8)),
            reader.GetString(9),
            (ApprovalSeverity)Int(reader, 10),
            _database.ReadTime(reader, 13),
            _database.ReadTime(reader, 14),
            _database.ReadTime(reader, 15),
            state,
            Convert.ToInt64(reader.GetValue(17), CultureInfo.InvariantCulture))
        {
            CustomerSummary = NullableString(reader, 11),
            SuggestedRewrite = NullableString(reader, 12),
            Decision = state == ApprovalState.Pending
                ? null
                : new ApprovalDecision(
                    state,
                    new ApprovalActor(reader.GetString(18), reader.GetString(19)),
                    _database.ReadTime(reader, 20),
                    reader.GetString(21),
                    NullableString(reader, 22),
                    NullableString(reader, 23)),
            RemindedAt = _database.ReadNullableTime(reader, 24),
            EscalatedAt = _database.ReadNullableTime(reader, 25),
            RequestKey = NullableString(reader, 26),
        };
    }

    private static int Int(DbDataReader reader, int ordinal) => Convert.ToInt32(reader.GetValue(ordinal), CultureInfo.InvariantCulture);

    private static string? NullableString(DbDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetString(ordinal);

    private static (DateTimeOffset, string) ParseCursor(string cursor)
    {
        var dot = cursor.IndexOf('.', StringComparison.Ordinal);
        if (dot > 0 && dot < cursor.Length - 1
            && long.TryParse(cursor.AsSpan(0, dot), NumberStyles.None, CultureInfo.InvariantCulture, out var ticks)
            && ticks <= DateTimeOffset.MaxValue.UtcTicks)
        {
            return (new DateTimeOffset(ticks, TimeSpan.Zero), cursor[(dot + 1)..]);
        }

        throw new ArgumentException("The cursor is not one this store handed out.", nameof(cursor));
    }
}
