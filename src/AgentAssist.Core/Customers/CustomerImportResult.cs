namespace AgentAssist.Core.Customers;

/// <summary>
/// The customers read from a file, or the problems that stopped it. A file with any problem yields no customers, so an
/// import never stores half a file.
/// </summary>
/// <param name="Customers">The customers, in file order; empty when there are problems.</param>
/// <param name="Diagnostics">Every problem found.</param>
/// <param name="AsOf">The day the file says its data describes, when it says so.</param>
public sealed record CustomerImportResult(IReadOnlyList<CustomerProfile> Customers, IReadOnlyList<CustomerImportDiagnostic> Diagnostics, DateOnly? AsOf = null)
{
    public bool Succeeded => Diagnostics.Count == 0;
}
