using AgentAssist.Bot.Audit;
using AgentAssist.Bot.Customers;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Suggestions;

namespace AgentAssist.Bot.Suggestions;

/// <summary>
/// What the HTTP endpoints that suggest replies do with a draft: complete its customer from the customer context, check
/// it, audit the check (as actor <c>api</c>, without the text), and ask the suggester for a reply.
/// </summary>
/// <param name="Draft">The draft as checked, with the customer's context when the customer is known.</param>
/// <param name="Profile">The customer's profile, or <see langword="null"/> when none was found.</param>
/// <param name="Verdict">The verdict on <paramref name="Draft"/>.</param>
/// <param name="Suggestion">The suggestion, or why it was withheld.</param>
internal sealed record SuggestedCheck(Draft Draft, CustomerProfile? Profile, Verdict Verdict, SuggestionResult Suggestion)
{
    public static async Task<SuggestedCheck> RunAsync(
        Draft draft,
        GuardrailEngine engine,
        ICustomerContextProvider customers,
        IReplySuggester suggester,
        CheckAuditor auditor,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(suggester);
        ArgumentNullException.ThrowIfNull(auditor);
        var (completed, profile) = await DraftCustomers.CompleteAsync(draft, customers, cancellationToken).ConfigureAwait(false);
        var verdict = engine.Check(completed);
        auditor.Record(verdict, "api", null, "api");
        var result = await suggester.SuggestAsync(new SuggestionRequest(completed, verdict, profile), cancellationToken).ConfigureAwait(false);
        return new SuggestedCheck(completed, profile, verdict, result);
    }
}
