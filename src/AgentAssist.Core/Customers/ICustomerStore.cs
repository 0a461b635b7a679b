namespace AgentAssist.Core.Customers;

/// <summary>The service's own customer store (SQLite or PostgreSQL): a customer context provider that can be filled.</summary>
public interface ICustomerStore : ICustomerContextProvider
{
    /// <summary>
    /// Adds the customers, replacing any with the same id, in one transaction: all are stored or none.
    /// Returns how many were stored.
    /// </summary>
    /// <exception cref="ArgumentException">Two customers share a handle, or one has the handle of a stored customer with another id.</exception>
    Task<int> UpsertAsync(IReadOnlyList<CustomerProfile> customers, CancellationToken cancellationToken = default);

    /// <summary>How many customers are stored.</summary>
    Task<int> CountAsync(CancellationToken cancellationToken = default);

    /// <summary>Up to <paramref name="limit"/> customers ordered by id, for pickers (the try-it page).</summary>
    Task<IReadOnlyList<CustomerProfile>> ListAsync(int limit, CancellationToken cancellationToken = default);
}
