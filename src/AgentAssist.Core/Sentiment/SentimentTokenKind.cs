namespace AgentAssist.Core.Sentiment;

internal enum SentimentTokenKind
{
    Word,
    Number,
    Symbol,
}
