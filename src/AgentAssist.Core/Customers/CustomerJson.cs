using System.Text;
using System.Text.Json;

namespace AgentAssist.Core.Customers;

/// <summary>
/// Customers as JSON (docs/customers.md): import files (<c>{ "customers": [...] }</c> or a bare array), one customer as a
/// CRM answers, and the stored form of a profile.
/// </summary>
public static class CustomerJson
{
    /// <summary>Reads an import file; problems come with the line and column of the customer or token at fault.</summary>
    public static CustomerImportResult ReadFile(ReadOnlySpan<byte> utf8, string file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (utf8.StartsWith("\uFEFF"u8))
        {
            utf8 = utf8[3..];
        }

        var diagnostics = new List<CustomerImportDiagnostic>();
        IReadOnlyList<CustomerRecord> records;
        DateOnly? asOf = null;
        try
        {
            if (FirstToken(utf8) == '[')
            {
                records = JsonSerializer.Deserialize(utf8, CustomerJsonContext.Default.IReadOnlyListCustomerRecord) ?? [];
            }
            else
            {
                var document = JsonSerializer.Deserialize(utf8, CustomerJsonContext.Default.CustomerFile);
                records = document?.Customers ?? [];
                asOf = document?.AsOf;
            }
        }
        catch (JsonException e)
        {
            diagnostics.Add(new CustomerImportDiagnostic(file, (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, Plain(e)));
            return new CustomerImportResult([], diagnostics);
        }

        var positions = CustomerPositions(utf8);
        var validator = new CustomerValidator();
        var customers = new List<CustomerProfile>(records.Count);
        for (var i = 0; i < records.Count; i++)
        {
            var (line, column) = i < positions.Count ? positions[i] : (1, 1);
            foreach (var problem in validator.Validate(records[i]))
            {
                diagnostics.Add(new CustomerImportDiagnostic(file, line, column, problem));
            }

            customers.Add(ToProfile(records[i]));
        }

        return diagnostics.Count == 0 ? new CustomerImportResult(customers, [], asOf) : new CustomerImportResult([], diagnostics, asOf);
    }

    /// <summary>
    /// Reads one customer object (a CRM's answer). Returns <see langword="null"/> and a message without the data when the
    /// JSON is not a valid customer.
    /// </summary>
    public static CustomerProfile? ReadCustomer(ReadOnlySpan<byte> utf8, out string? problem)
    {
        try
        {
            var record = JsonSerializer.Deserialize(utf8, CustomerJsonContext.Default.CustomerRecord);
            if (record is null)
            {
                problem = "the answer is JSON null, not a customer object";
                return null;
            }

            var problems = new CustomerValidator().Validate(record).ToList();
            problem = problems.Count == 0 ? null : string.Join("; ", problems);
            return problems.Count == 0 ? ToProfile(record) : null;
        }
        catch (JsonException e)
        {
            problem = $"line {(e.LineNumber ?? 0) + 1}: {Plain(e)}";
            return null;
        }
    }

    /// <summary>The stored form of a profile: the import shape of one customer, without white space.</summary>
    public static string Write(CustomerProfile customer)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return JsonSerializer.Serialize(ToRecord(customer), CustomerJsonContext.Default.CustomerRecord);
    }

    /// <summary>Reads what <see cref="Write"/> wrote.</summary>
    /// <exception cref="JsonException">The text is not a stored customer.</exception>
    public static CustomerProfile Read(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        var record = JsonSerializer.Deserialize(json, CustomerJsonContext.Default.CustomerRecord) ?? throw new JsonException("A stored customer is JSON null.");
        return ToProfile(record);
    }

    /// <summary>Moves every date of <paramref name="customer"/> by <paramref name="days"/>, so sample data stays recent.</summary>
    public static CustomerProfile ShiftDates(CustomerProfile customer, int days)
    {
        ArgumentNullException.ThrowIfNull(customer);
        return customer with
        {
            OpenOrders = [.. customer.OpenOrders.Select(o => o with { PlacedOn = o.PlacedOn.AddDays(days) })],
            OpenCases = [.. customer.OpenCases.Select(c => c with { OpenedOn = c.OpenedOn.AddDays(days) })],
            RecentInteractions = [.. customer.RecentInteractions.Select(i => i with { At = i.At.AddDays(days) })],
        };
    }

    internal static CustomerProfile ToProfile(CustomerRecord record) =>
        new(record.Id.Trim(), new CustomerContext(
            string.IsNullOrWhiteSpace(record.Handle) ? null : record.Handle.Trim(),
            Blank(record.FullName),
            Blank(record.PreferredName),
            Blank(record.Language)?.ToLowerInvariant(),
            Blank(record.Region)?.ToUpperInvariant()))
        {
            Tier = Blank(record.Tier),
            OpenOrders = [.. (record.OpenOrders ?? []).Select(o => new CustomerOrder(o.Number, o.Status, o.PlacedOn, Blank(o.Summary))).OrderByDescending(o => o.PlacedOn)],
            OpenCases = [.. (record.OpenCases ?? []).Select(c => new CustomerCase(c.Id, c.Subject, c.OpenedOn)).OrderByDescending(c => c.OpenedOn)],
            RecentInteractions = [.. (record.Interactions ?? []).Select(i => new CustomerInteraction(i.Channel, i.At, i.Summary, i.Outcome)).OrderByDescending(i => i.At)],
        };

    private static CustomerRecord ToRecord(CustomerProfile customer) => new()
    {
        Id = customer.Id,
        Handle = customer.Context.Handle,
        FullName = customer.Context.FullName,
        PreferredName = customer.Context.PreferredName,
        Language = customer.Context.Language,
        Region = customer.Context.Region,
        Tier = customer.Tier,
        OpenOrders = customer.OpenOrders.Count == 0 ? null : [.. customer.OpenOrders.Select(o => new OrderRecord { Number = o.Number, Status = o.Status, PlacedOn = o.PlacedOn, Summary = o.Summary })],
        OpenCases = customer.OpenCases.Count == 0 ? null : [.. customer.OpenCases.Select(c => new CaseRecord { Id = c.Id, Subject = c.Subject, OpenedOn = c.OpenedOn })],
        Interactions = customer.RecentInteractions.Count == 0 ? null : [.. customer.RecentInteractions.Select(i => new InteractionRecord { Channel = i.Channel, At = i.At, Summary = i.Summary, Outcome = i.Outcome })],
    };

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>System.Text.Json's message without its "Path: … | LineNumber: …" tail, which the diagnostic already gives.</summary>
    private static string Plain(JsonException e)
    {
        var message = e.Message;
        var tail = message.IndexOf(" Path: ", StringComparison.Ordinal);
        var text = tail > 0 ? message[..tail] : message;
        return e.Path is { Length: > 1 } path ? $"{text} (at {path})" : text;
    }

    private static char FirstToken(ReadOnlySpan<byte> utf8)
    {
        foreach (var b in utf8)
        {
            if (b is not ((byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
            {
                return (char)b;
            }
        }

        return '\0';
    }

    /// <summary>Line and column where each customer object starts, in file order.</summary>
    private static List<(int Line, int Column)> CustomerPositions(ReadOnlySpan<byte> utf8)
    {
        var positions = new List<(int, int)>();
        var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        var inCustomers = false;
        var topLevelArray = false;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.StartArray when reader.CurrentDepth == 0:
                    topLevelArray = true;
                    break;
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    inCustomers = reader.ValueTextEquals("customers"u8);
                    break;
                case JsonTokenType.StartObject when (topLevelArray && reader.CurrentDepth == 1) || (inCustomers && reader.CurrentDepth == 2):
                    positions.Add(LineAndColumn(utf8, (int)reader.TokenStartIndex));
                    break;
            }
        }

        return positions;
    }

    private static (int Line, int Column) LineAndColumn(ReadOnlySpan<byte> utf8, int offset)
    {
        var before = utf8[..offset];
        var line = before.Count((byte)'\n') + 1;
        var lineStart = before.LastIndexOf((byte)'\n') + 1;
        return (line, Encoding.UTF8.GetCharCount(before[lineStart..]) + 1);
    }
}
