namespace AgentAssist.Bot.Insights;

/// <summary>The body of <c>POST /api/v1/sentiment</c>: a customer's message and, optionally, its language (detected when absent).</summary>
internal sealed record SentimentRequest(string? Text, string? Language);
