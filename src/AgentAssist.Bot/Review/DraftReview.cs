using AgentAssist.Core.Checking;
using AgentAssist.Core.Suggestions;

namespace AgentAssist.Bot.Review;

/// <summary>A reviewed draft: what every door presents, in its own form (verdict JSON, a card, a suggestion).</summary>
/// <param name="Draft">The draft as checked: with the customer's stored context when they were found.</param>
/// <param name="Customer">What came of looking the customer up.</param>
/// <param name="Verdict">The guardrails' verdict on <paramref name="Draft"/>.</param>
/// <param name="Suggestion">The suggestion or why it was withheld; <see langword="null"/> when none was asked for.</param>
public sealed record DraftReview(Draft Draft, CustomerLookup Customer, Verdict Verdict, SuggestionResult? Suggestion)
{
    /// <summary>The suggestion when one is offered and it differs from the draft; what a card offers to use.</summary>
    public Suggestion? SuggestionToOffer => Suggestion?.ChangeTo(Draft.Text);
}
