namespace AgentAssist.Core.Sentiment;

/// <summary>How a customer's message reads: the three classes people label customer messages with.</summary>
public enum SentimentLabel
{
    Negative,
    Neutral,
    Positive,
}
