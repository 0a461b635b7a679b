namespace AgentAssist.Core.Sentiment;

/// <summary>What a customer's message signals beyond its tone, for handling it proactively.</summary>
[Flags]
public enum SentimentSignals
{
    None = 0,

    /// <summary>A customer-service complaint: a delay, a cancellation, lost luggage, waiting on hold, no answer.</summary>
    Complaint = 1,

    /// <summary>The customer is leaving or taking it further: cancelling, a lawyer, the press, a regulator.</summary>
    Risk = 2,
}
