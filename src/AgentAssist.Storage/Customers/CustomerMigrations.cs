using AgentAssist.Storage.Migrations;

namespace AgentAssist.Storage.Customers;

/// <summary>
/// Schema of the customer store (versions 2000–2999). One row per customer: the id, the handle as it is looked up
/// (lower case, without <c>@</c>) under a unique index, and the profile as JSON (docs/customers.md). A suggestion
/// reads a whole profile at once, so the history lives in that one document rather than in joined tables.
/// </summary>
public static class CustomerMigrations
{
    public static IReadOnlyList<Migration> All { get; } =
    [
        new(2000, "customers",
            """
            CREATE TABLE customers (
                id TEXT PRIMARY KEY,
                handle_key TEXT NULL UNIQUE,
                profile_json TEXT NOT NULL,
                updated_at INTEGER NOT NULL
            );
            """,
            """
            CREATE TABLE customers (
                id text PRIMARY KEY,
                handle_key text NULL UNIQUE,
                profile_json text NOT NULL,
                updated_at timestamptz NOT NULL
            );
            """),
    ];
}
