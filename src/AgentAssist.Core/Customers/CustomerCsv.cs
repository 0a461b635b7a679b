using System.Globalization;

namespace AgentAssist.Core.Customers;

/// <summary>
/// Customers as one flat CSV file (RFC 4180, UTF-8, header row; docs/customers.md). Each row is a customer or something
/// that belongs to one, told apart by <c>kind</c>: <c>customer</c>, <c>order</c>, <c>case</c> or <c>interaction</c>.
/// Columns are found by name, in any order; blank cells are absent values.
/// </summary>
public static class CustomerCsv
{
    /// <summary>The columns a file may have; <c>kind</c> and <c>customer_id</c> are required.</summary>
    public static IReadOnlyList<string> Columns { get; } =
        ["kind", "customer_id", "handle", "full_name", "preferred_name", "language", "region", "tier", "ref", "status", "date", "channel", "outcome", "summary"];

    /// <summary>Reads a file; problems come with their line (and the column number of the cell at fault).</summary>
    public static CustomerImportResult Read(TextReader text, string file)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(file);
        var diagnostics = new List<CustomerImportDiagnostic>();
        var csv = new CsvReader(text);
        var header = csv.Read(out var headerError);
        if (header is null || headerError is not null)
        {
            diagnostics.Add(new CustomerImportDiagnostic(file, 1, 1, headerError ?? $"the file is empty; the first row names the columns: {string.Join(",", Columns)}"));
            return new CustomerImportResult([], diagnostics);
        }

        var index = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < header.Value.Fields.Count; i++)
        {
            var name = header.Value.Fields[i].Trim().TrimStart('\uFEFF').ToLowerInvariant();
            if (!Columns.Contains(name))
            {
                diagnostics.Add(new CustomerImportDiagnostic(file, 1, i + 1, $"unknown column '{name}'; the columns are {string.Join(", ", Columns)}"));
            }
            else if (!index.TryAdd(name, i))
            {
                diagnostics.Add(new CustomerImportDiagnostic(file, 1, i + 1, $"column '{name}' appears twice"));
            }
        }

        foreach (var required in new[] { "kind", "customer_id" })
        {
            if (!index.ContainsKey(required))
            {
                diagnostics.Add(new CustomerImportDiagnostic(file, 1, 1, $"the header needs a '{required}' column"));
            }
        }

        if (diagnostics.Count > 0)
        {
            return new CustomerImportResult([], diagnostics);
        }

        var customers = new Dictionary<string, Builder>(StringComparer.Ordinal);
        var order = new List<string>();
        var children = new List<(int Line, string CustomerId, Action<Builder> Add)>();
        while (csv.Read(out var error) is { } row)
        {
            if (error is not null)
            {
                diagnostics.Add(new CustomerImportDiagnostic(file, row.Line, 1, error));
                continue;
            }

            if (row.Fields.Count == 1 && row.Fields[0].Length == 0)
            {
                continue;
            }

            var cells = new Row(row.Line, row.Fields, index, file, diagnostics);
            if (row.Fields.Count != header.Value.Fields.Count)
            {
                diagnostics.Add(new CustomerImportDiagnostic(file, row.Line, 1, $"the row has {row.Fields.Count} cells; the header has {header.Value.Fields.Count}"));
                continue;
            }

            var customerId = cells.Get("customer_id");
            if (customerId is null)
            {
                diagnostics.Add(new CustomerImportDiagnostic(file, row.Line, index["customer_id"] + 1, "'customer_id' must not be empty"));
                continue;
            }

            switch (cells.Get("kind")?.ToLowerInvariant())
            {
                case "customer":
                    if (customers.ContainsKey(customerId))
                    {
                        diagnostics.Add(new CustomerImportDiagnostic(file, row.Line, 1, $"customer '{customerId}' appears twice in the file"));
                        break;
                    }

                    customers[customerId] = new Builder(row.Line, new CustomerRecord
                    {
                        Id = customerId,
                        Handle = cells.Get("handle"),
                        FullName = cells.Get("full_name"),
                        PreferredName = cells.Get("preferred_name"),
                        Language = cells.Get("language"),
                        Region = cells.Get("region"),
                        Tier = cells.Get("tier"),
                    });
                    order.Add(customerId);
                    break;
                case "order":
                    if (cells.Required("ref") is { } number && cells.Enum<OrderStatus>("status") is { } status && cells.Date("date") is { } placed)
                    {
                        var item = new OrderRecord { Number = number, Status = status, PlacedOn = placed, Summary = cells.Get("summary") };
                        children.Add((row.Line, customerId, b => b.Orders.Add(item)));
                    }

                    break;
                case "case":
                    if (cells.Required("ref") is { } caseId && cells.Required("summary") is { } subject && cells.Date("date") is { } opened)
                    {
                        var item = new CaseRecord { Id = caseId, Subject = subject, OpenedOn = opened };
                        children.Add((row.Line, customerId, b => b.Cases.Add(item)));
                    }

                    break;
                case "interaction":
                    if (cells.Enum<InteractionChannel>("channel") is { } channel && cells.Time("date") is { } at
                        && cells.Enum<InteractionOutcome>("outcome") is { } outcome && cells.Required("summary") is { } summary)
                    {
                        var item = new InteractionRecord { Channel = channel, At = at, Outcome = outcome, Summary = summary };
                        children.Add((row.Line, customerId, b => b.Interactions.Add(item)));
                    }

                    break;
                default:
                    diagnostics.Add(new CustomerImportDiagnostic(file, row.Line, index["kind"] + 1, "'kind' must be customer, order, case or interaction"));
                    break;
            }
        }

        foreach (var (line, customerId, add) in children)
        {
            if (customers.TryGetValue(customerId, out var builder))
            {
                add(builder);
            }
            else
            {
                diagnostics.Add(new CustomerImportDiagnostic(file, line, index["customer_id"] + 1, $"no 'customer' row for customer '{customerId}' in the file"));
            }
        }

        var validator = new CustomerValidator();
        var result = new List<CustomerProfile>(order.Count);
        foreach (var id in order)
        {
            var builder = customers[id];
            var record = builder.Build();
            foreach (var problem in validator.Validate(record))
            {
                diagnostics.Add(new CustomerImportDiagnostic(file, builder.Line, 1, problem));
            }

            result.Add(CustomerJson.ToProfile(record));
        }

        diagnostics.Sort(static (a, b) => a.Line != b.Line ? a.Line.CompareTo(b.Line) : a.Column.CompareTo(b.Column));
        return diagnostics.Count == 0 ? new CustomerImportResult(result, []) : new CustomerImportResult([], diagnostics);
    }

    private sealed class Builder(int line, CustomerRecord customer)
    {
        public int Line { get; } = line;

        public List<OrderRecord> Orders { get; } = [];

        public List<CaseRecord> Cases { get; } = [];

        public List<InteractionRecord> Interactions { get; } = [];

        public CustomerRecord Build() => customer with { OpenOrders = Orders, OpenCases = Cases, Interactions = Interactions };
    }

    /// <summary>The cells of one row by column name, reporting bad values at their line and column.</summary>
    private sealed class Row(int line, List<string> fields, Dictionary<string, int> index, string file, List<CustomerImportDiagnostic> diagnostics)
    {
        public string? Get(string column) =>
            index.TryGetValue(column, out var i) && i < fields.Count && !string.IsNullOrWhiteSpace(fields[i]) ? fields[i].Trim() : null;

        public string? Required(string column)
        {
            var value = Get(column);
            if (value is null)
            {
                Error(column, $"'{column}' must not be empty in a row of kind '{Get("kind")}'");
            }

            return value;
        }

        public T? Enum<T>(string column)
            where T : struct, Enum
        {
            var value = Required(column);
            if (value is null)
            {
                return null;
            }

            if (!char.IsAsciiDigit(value[0]) && System.Enum.TryParse<T>(value, ignoreCase: true, out var parsed) && System.Enum.IsDefined(parsed))
            {
                return parsed;
            }

            Error(column, $"'{column}' must be one of {string.Join(", ", System.Enum.GetNames<T>().Select(static n => n.ToLowerInvariant()))}, not '{value}'");
            return null;
        }

        public DateOnly? Date(string column)
        {
            var value = Required(column);
            if (value is null)
            {
                return null;
            }

            if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Error(column, $"'{column}' must be a date written yyyy-mm-dd, not '{value}'");
            return null;
        }

        public DateTimeOffset? Time(string column)
        {
            var value = Required(column);
            if (value is null)
            {
                return null;
            }

            if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
                && value.Length >= 10 && value[4] == '-')
            {
                return time;
            }

            Error(column, $"'{column}' must be an ISO 8601 date and time such as 2026-03-11T16:20:00Z, not '{value}'");
            return null;
        }

        private void Error(string column, string message) =>
            diagnostics.Add(new CustomerImportDiagnostic(file, line, index.TryGetValue(column, out var i) ? i + 1 : 1, message));
    }
}
