using System.Data.Common;
using AgentAssist.Core.Customers;

namespace AgentAssist.Storage.Customers;

/// <summary><see cref="ICustomerStore"/> on SQLite or PostgreSQL (the tables of <see cref="CustomerMigrations"/>).</summary>
public sealed class SqlCustomerStore : ICustomerStore
{
    private readonly StorageDatabase _database;
    private readonly TimeProvider _time;

    public SqlCustomerStore(StorageDatabase database, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(database);
        ArgumentNullException.ThrowIfNull(time);
        _database = database;
        _time = time;
    }

    /// <summary>A handle as stored and looked up: without the leading <c>@</c>, lower case.</summary>
    public static string HandleKey(string handle)
    {
        ArgumentNullException.ThrowIfNull(handle);
        return handle.Trim().TrimStart('@').ToLowerInvariant();
    }

    public async ValueTask<CustomerProfile?> FindAsync(string handleOrId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handleOrId);
        var value = handleOrId.Trim();
        if (value.Length == 0)
        {
            return null;
        }

        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            // An exact id wins over a handle that happens to read the same.
            await using var select = StorageDatabase.Command(connection, null,
                "SELECT profile_json FROM customers WHERE id = @id OR handle_key = @handle ORDER BY CASE WHEN id = @id THEN 0 ELSE 1 END LIMIT 1;");
            select.With("@id", value).With("@handle", HandleKey(value));
            return await select.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false) is string json ? CustomerJson.Read(json) : null;
        }
    }

    public async Task<int> UpsertAsync(IReadOnlyList<CustomerProfile> customers, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(customers);
        var handles = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var customer in customers)
        {
            if (customer.Context.Handle is { } handle && !handles.TryAdd(HandleKey(handle), customer.Id) && handles[HandleKey(handle)] != customer.Id)
            {
                throw new ArgumentException($"Customers '{handles[HandleKey(handle)]}' and '{customer.Id}' have the same handle.", nameof(customers));
            }
        }

        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            var transaction = await _database.BeginWriteAsync(connection, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var now = _database.ToDbTime(_time.GetUtcNow());
                foreach (var customer in customers)
                {
                    await using var upsert = StorageDatabase.Command(connection, transaction,
                        """
                        INSERT INTO customers (id, handle_key, profile_json, updated_at) VALUES (@id, @handle, @json, @now)
                        ON CONFLICT (id) DO UPDATE SET handle_key = excluded.handle_key, profile_json = excluded.profile_json, updated_at = excluded.updated_at;
                        """);
                    upsert.With("@id", customer.Id)
                        .With("@handle", customer.Context.Handle is { } handle ? HandleKey(handle) : null)
                        .With("@json", CustomerJson.Write(customer))
                        .With("@now", now);
                    try
                    {
                        await upsert.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
                    }
                    catch (DbException e) when (DbErrors.IsUniqueViolation(e))
                    {
                        throw new ArgumentException($"Customer '{customer.Id}' has the handle of another stored customer; nothing was imported.", nameof(customers), e);
                    }
                }

                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return customers.Count;
            }
        }
    }

    public async Task<int> CountAsync(CancellationToken cancellationToken = default)
    {
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var count = StorageDatabase.Command(connection, null, "SELECT COUNT(*) FROM customers;");
            return Convert.ToInt32(await count.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), System.Globalization.CultureInfo.InvariantCulture);
        }
    }

    public async Task<IReadOnlyList<CustomerProfile>> ListAsync(int limit, CancellationToken cancellationToken = default)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 1);
        var connection = await _database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            await using var select = StorageDatabase.Command(connection, null, "SELECT profile_json FROM customers ORDER BY id LIMIT @limit;");
            select.With("@limit", limit);
            var result = new List<CustomerProfile>();
            var reader = await select.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    result.Add(CustomerJson.Read(reader.GetString(0)));
                }
            }

            return result;
        }
    }
}
