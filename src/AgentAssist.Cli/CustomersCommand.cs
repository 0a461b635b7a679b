using System.CommandLine;
using System.Data.Common;
using AgentAssist.Core.Customers;
using AgentAssist.Storage;
using AgentAssist.Storage.Customers;
using AgentAssist.Storage.Migrations;

namespace AgentAssist.Cli;

/// <summary><c>agentassist customers import</c>: fills the service's customer store from a CSV or JSON file.</summary>
internal static class CustomersCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<FileInfo>("file") { Description = "The customers: a JSON file or a flat CSV file (docs/customers.md)." };
        var format = new Option<string?>("--format") { Description = "csv or json; by default from the file's extension." };
        format.AcceptOnlyFromAmong("csv", "json");
        var db = new Option<string?>("--db") { Description = "The SQLite file to import into (created if missing). Default: the service's default database." };
        var postgres = new Option<string?>("--postgres") { Description = "A PostgreSQL connection string to import into, instead of SQLite." };
        var import = new Command("import", "Import customers (id, handle, names, language, tier, open orders and cases, interactions); exit 5 if the file has a problem, storing nothing.")
        {
            file, format, db, postgres,
        };
        import.SetAction(parse => ImportAsync(parse.GetValue(file)!, parse.GetValue(format), parse.GetValue(db), parse.GetValue(postgres), output, error).GetAwaiter().GetResult());
        return new Command("customers", "Manage the customer context the suggestions use.") { import };
    }

    private static async Task<int> ImportAsync(FileInfo file, string? format, string? db, string? postgres, TextWriter output, TextWriter error)
    {
        if (db is not null && postgres is not null)
        {
            error.WriteLine("error: give --db or --postgres, not both.");
            return ExitCodes.Usage;
        }

        if (!file.Exists)
        {
            error.WriteLine($"error: no file '{file.FullName}'.");
            return ExitCodes.Usage;
        }

        format ??= file.Extension.ToLowerInvariant() switch
        {
            ".csv" => "csv",
            ".json" => "json",
            _ => null,
        };
        if (format is null)
        {
            error.WriteLine($"error: cannot tell the format of '{file.Name}' from its extension; add --format csv or --format json.");
            return ExitCodes.Usage;
        }

        CustomerImportResult result;
        try
        {
            if (format == "json")
            {
                result = CustomerJson.ReadFile(await File.ReadAllBytesAsync(file.FullName).ConfigureAwait(false), file.FullName);
            }
            else
            {
                using var reader = file.OpenText();
                result = CustomerCsv.Read(reader, file.FullName);
            }
        }
        catch (IOException e)
        {
            error.WriteLine($"error: cannot read '{file.FullName}': {e.Message}");
            return ExitCodes.Usage;
        }

        if (!result.Succeeded)
        {
            foreach (var diagnostic in result.Diagnostics)
            {
                error.WriteLine(diagnostic);
            }

            output.WriteLine($"{result.Diagnostics.Count} problem(s) found; nothing was imported.");
            return ExitCodes.InvalidData;
        }

        var options = new StorageOptions
        {
            Provider = postgres is null ? StorageProvider.Sqlite : StorageProvider.Postgres,
            SqlitePath = db,
            PostgresConnectionString = postgres,
        };
        try
        {
            var database = StorageDatabase.Create(options, Environment.CurrentDirectory);
            await using (database.ConfigureAwait(false))
            {
                if (database is SqliteStorageDatabase sqlite)
                {
                    Directory.CreateDirectory(Path.GetDirectoryName(sqlite.Path)!);
                }

                await new MigrationRunner(database, CustomerMigrations.All, TimeProvider.System).ApplyAsync(CancellationToken.None).ConfigureAwait(false);
                var store = new SqlCustomerStore(database, TimeProvider.System);
                var stored = await store.UpsertAsync(result.Customers).ConfigureAwait(false);
                var total = await store.CountAsync().ConfigureAwait(false);
                var where = database is SqliteStorageDatabase target ? target.Path : "PostgreSQL";
                output.WriteLine($"Imported {stored} customer(s) into {where}; {total} stored in all.");
                return ExitCodes.Ok;
            }
        }
        catch (ArgumentException e)
        {
            error.WriteLine($"error: {e.Message}");
            return ExitCodes.InvalidData;
        }
        catch (Exception e) when (e is DbException or InvalidOperationException)
        {
            error.WriteLine($"error: the database refused the import: {e.Message}");
            return ExitCodes.Usage;
        }
    }
}
