using AgentAssist.Core.Customers;

namespace AgentAssist.Bot.Review;

/// <summary>The outcome of looking up a draft's customer: the profile when found, else why there is none.</summary>
/// <param name="Status">What came of the lookup.</param>
/// <param name="Profile">The customer's profile; set only when <paramref name="Status"/> is <see cref="CustomerLookupStatus.Found"/>.</param>
public sealed record CustomerLookup(CustomerLookupStatus Status, CustomerProfile? Profile)
{
    public static CustomerLookup NotRequested { get; } = new(CustomerLookupStatus.NotRequested, null);

    /// <summary>
    /// Whether a handle was given but no context came of it: the suggestion is then written without context, and the
    /// answer says so.
    /// </summary>
    public bool IsMissing => Status is CustomerLookupStatus.Unknown or CustomerLookupStatus.Malformed or CustomerLookupStatus.Unavailable;

    /// <summary>The status as the JSON answers name it: <c>notRequested</c>, <c>found</c>, <c>unknown</c>, <c>malformed</c>, <c>unavailable</c>.</summary>
    public string Name => Status switch
    {
        CustomerLookupStatus.NotRequested => "notRequested",
        CustomerLookupStatus.Found => "found",
        CustomerLookupStatus.Unknown => "unknown",
        CustomerLookupStatus.Malformed => "malformed",
        _ => "unavailable",
    };

    /// <summary>Plain English for API clients, without the handle; <see langword="null"/> when nothing is missing.</summary>
    public string? Note => Status switch
    {
        CustomerLookupStatus.Unknown => "No customer has that handle (or the CRM gave no usable answer), so the suggestion has no customer context.",
        CustomerLookupStatus.Malformed => "The customer handle is malformed, so it was not looked up and the suggestion has no customer context.",
        CustomerLookupStatus.Unavailable => "The customer source did not answer in time, so the suggestion has no customer context.",
        _ => null,
    };
}
