namespace AgentAssist.Core.Customers;

/// <summary>
/// Finds what is known about a customer. Implementations: the service's own customer store (SQLite, PostgreSQL) and
/// an HTTP provider that asks the brand's CRM.
/// </summary>
public interface ICustomerContextProvider
{
    /// <summary>
    /// The profile of the customer with this channel handle (<c>@maria_g</c>, matched without the <c>@</c> and
    /// ignoring case) or customer id (<c>C-1001</c>); <see langword="null"/> when there is none.
    /// </summary>
    ValueTask<CustomerProfile?> FindAsync(string handleOrId, CancellationToken cancellationToken = default);
}
