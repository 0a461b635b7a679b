using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Suggestions;

namespace AgentAssist.Core.Review;

/// <summary>
/// The steps of a draft's review that need no host: check the draft, then (when a suggester is given) suggest a reply
/// from the draft, its verdict and the customer's profile. The service's <c>DraftReviewer</c> adds the customer lookup,
/// the audit and the log around them; the CLI calls them directly with the offline suggester, so both give the same
/// verdict and suggestion for the same draft.
/// </summary>
public static class ReviewSteps
{
    public static async ValueTask<(Verdict Verdict, SuggestionResult? Suggestion)> CheckAndSuggestAsync(
        GuardrailEngine engine, Draft draft, CustomerProfile? profile, IReplySuggester? suggester, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(draft);
        var verdict = engine.Check(draft);
        if (suggester is null)
        {
            return (verdict, null);
        }

        var suggestion = await suggester.SuggestAsync(new SuggestionRequest(draft, verdict, profile), cancellationToken).ConfigureAwait(false);
        return (verdict, suggestion);
    }
}
