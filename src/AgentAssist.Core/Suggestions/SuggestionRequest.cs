using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;

namespace AgentAssist.Core.Suggestions;

/// <summary>What a suggester works from.</summary>
/// <param name="Draft">The agent's draft, with its channel and language.</param>
/// <param name="Verdict">The guardrail engine's verdict on <paramref name="Draft"/>.</param>
/// <param name="Customer">What is known about the customer; <see langword="null"/> when nothing is.</param>
public sealed record SuggestionRequest(Draft Draft, Verdict Verdict, CustomerProfile? Customer);
