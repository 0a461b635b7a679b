using System.Data.Common;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace AgentAssist.Storage;

/// <summary>Recognises provider errors the stores turn into clear ones.</summary>
internal static class DbErrors
{
    /// <summary>A unique or primary-key constraint was violated.</summary>
    public static bool IsUniqueViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode is 1555 or 2067,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };

    /// <summary>A foreign-key constraint was violated.</summary>
    public static bool IsForeignKeyViolation(DbException exception) => exception switch
    {
        SqliteException sqlite => sqlite.SqliteErrorCode == 19 && sqlite.SqliteExtendedErrorCode == 787,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.ForeignKeyViolation,
        _ => false,
    };
}
