namespace AgentAssist.Core.Customers;

/// <summary>A customer import file: <c>{ "asOf": "2026-12-01", "customers": [ ... ] }</c>.</summary>
internal sealed record CustomerFile
{
    /// <summary>The day the data describes; the sample data is moved to today with it. Optional.</summary>
    public DateOnly? AsOf { get; init; }

    public required IReadOnlyList<CustomerRecord> Customers { get; init; }
}
