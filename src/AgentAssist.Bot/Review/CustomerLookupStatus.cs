namespace AgentAssist.Bot.Review;

/// <summary>What came of looking up the customer a draft is for.</summary>
public enum CustomerLookupStatus
{
    /// <summary>The request named no customer handle.</summary>
    NotRequested = 0,

    /// <summary>The customer was found: the review used their context.</summary>
    Found = 1,

    /// <summary>No customer has that handle (or the CRM gave no usable answer in time).</summary>
    Unknown = 2,

    /// <summary>The handle is not one a customer can have (white space, control characters, too long); it was not looked up.</summary>
    Malformed = 3,

    /// <summary>The customer source failed or did not answer within the review's deadline.</summary>
    Unavailable = 4,
}
