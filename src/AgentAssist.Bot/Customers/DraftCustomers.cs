using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;

namespace AgentAssist.Bot.Customers;

/// <summary>Completes a draft's customer from the customer context provider, for the endpoints that suggest replies.</summary>
internal static class DraftCustomers
{
    /// <summary>
    /// Looks up the draft's customer handle; when the customer is known, the draft carries their full context (name,
    /// language, region) and keeps the identifiers the request said they shared. An unknown or absent handle leaves the
    /// draft as it is.
    /// </summary>
    public static async Task<(Draft Draft, CustomerProfile? Profile)> CompleteAsync(
        Draft draft, ICustomerContextProvider customers, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(customers);
        if (draft.Customer is not { Handle: { Length: > 0 } handle } given)
        {
            return (draft, null);
        }

        var profile = await customers.FindAsync(handle, cancellationToken).ConfigureAwait(false);
        return profile is null
            ? (draft, null)
            : (draft with { Customer = profile.Context with { SharedIdentifiers = given.SharedIdentifiers } }, profile);
    }
}
