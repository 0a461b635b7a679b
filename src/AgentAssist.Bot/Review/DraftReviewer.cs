using System.Data.Common;
using AgentAssist.Bot.Audit;
using AgentAssist.Bot.Customers;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Review;
using AgentAssist.Core.Suggestions;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Review;

/// <summary>
/// The one owner of a draft's journey once a door has read it: look the customer up, check the draft, audit the check,
/// log it (outcome, channel, language, rule ids; never the text or the handle), and suggest a reply in the mode the
/// door asks for. Every door (the HTTP API, the Teams conversation, the approval request) calls it and only presents
/// what it returns, so the same request gets the same verdict and suggestion wherever it comes in.
/// </summary>
internal sealed partial class DraftReviewer(
    GuardrailEngine engine,
    ICustomerContextProvider customers,
    IReplySuggester suggester,
    OfflineReplySuggester offline,
    CheckAuditor auditor,
    IOptions<CustomerContextOptions> customerOptions,
    ILogger<DraftReviewer> logger)
{
    /// <summary>Longest customer handle or id looked up; longer is malformed.</summary>
    public const int MaxHandleLength = 100;

    public async Task<DraftReview> ReviewAsync(DraftReviewRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var lookup = await LookUpAsync(request.Draft.Customer, cancellationToken).ConfigureAwait(false);
        var draft = lookup.Profile is { } profile
            ? request.Draft with { Customer = profile.Context with { SharedIdentifiers = request.Draft.Customer!.SharedIdentifiers } }
            : request.Draft;
        var chosen = request.Mode switch
        {
            SuggestionMode.None => null,
            SuggestionMode.Offline => offline,
            _ => suggester,
        };
        var (verdict, suggestion) = await ReviewSteps.CheckAndSuggestAsync(engine, draft, lookup.Profile, chosen, cancellationToken).ConfigureAwait(false);
        auditor.Record(verdict, request.Actor.Id, request.Actor.Name, request.Actor.Source);
        if (logger.IsEnabled(LogLevel.Information))
        {
            var ruleIds = string.Join(",", verdict.Findings.Select(f => f.RuleId).Distinct());
            LogReviewed(logger, request.Actor.Source, verdict.Outcome, verdict.Channel.Id, verdict.Language, verdict.Findings.Count, ruleIds, lookup.Name);
            if (suggestion?.Suggestion is { } offered)
            {
                LogSuggested(logger, offered.Source, verdict.Channel.Id, offered.Language, offered.Check.Outcome, offered.Changes.Count, lookup.Status == CustomerLookupStatus.Found);
            }
            else if (suggestion is not null)
            {
                LogWithheld(logger, suggestion.Source, verdict.Channel.Id, verdict.Language);
            }
        }

        return new DraftReview(draft, lookup, verdict, suggestion);
    }

    /// <summary>
    /// The customer's profile by handle. A malformed handle is not looked up; a source that throws or does not answer
    /// within its deadline gives no context rather than a failed review: a suggestion without context beats none.
    /// </summary>
    private async Task<CustomerLookup> LookUpAsync(CustomerContext? customer, CancellationToken cancellationToken)
    {
        if (customer?.Handle is not { } given || string.IsNullOrWhiteSpace(given))
        {
            return CustomerLookup.NotRequested;
        }

        var handle = given.Trim();
        if (!IsWellFormed(handle))
        {
            LogLookup(logger, "malformed");
            return new CustomerLookup(CustomerLookupStatus.Malformed, null);
        }

        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(customerOptions.Value.Crm.Timeout + TimeSpan.FromSeconds(1));
        try
        {
            var profile = await customers.FindAsync(handle, deadline.Token).ConfigureAwait(false);
            if (profile is null)
            {
                LogLookup(logger, "unknown");
                return new CustomerLookup(CustomerLookupStatus.Unknown, null);
            }

            return new CustomerLookup(CustomerLookupStatus.Found, profile);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogLookup(logger, "timed out");
            return new CustomerLookup(CustomerLookupStatus.Unavailable, null);
        }
        catch (Exception e) when (e is DbException or HttpRequestException or InvalidOperationException or TimeoutException)
        {
            LogLookupFailed(logger, e.GetType().Name);
            return new CustomerLookup(CustomerLookupStatus.Unavailable, null);
        }
    }

    /// <summary>A handle or id: printable, no white space, at most <see cref="MaxHandleLength"/> characters, some letter or digit.</summary>
    internal static bool IsWellFormed(string handle) =>
        handle.Length <= MaxHandleLength
        && handle.Any(char.IsLetterOrDigit)
        && !handle.Any(static c => char.IsWhiteSpace(c) || char.IsControl(c) || char.IsSurrogate(c) || c is '/' or '\\' or '?' or '#' or '%');

    [LoggerMessage(EventId = 2100, Level = LogLevel.Information, Message = "Checked a draft ({Source}): {Outcome} on {Channel} in {Language}, {FindingCount} findings ({RuleIds}); customer {CustomerLookup}")]
    private static partial void LogReviewed(ILogger logger, string source, Outcome outcome, string channel, string language, int findingCount, string ruleIds, string customerLookup);

    [LoggerMessage(EventId = 2101, Level = LogLevel.Information, Message = "Suggested a reply ({Source}) on {Channel} in {Language}: re-check {Outcome}, {ChangeCount} changes, customer context {HasCustomer}")]
    private static partial void LogSuggested(ILogger logger, string source, string channel, string language, Outcome outcome, int changeCount, bool hasCustomer);

    [LoggerMessage(EventId = 2102, Level = LogLevel.Information, Message = "Withheld a suggestion ({Source}) on {Channel} in {Language}")]
    private static partial void LogWithheld(ILogger logger, string source, string channel, string language);

    [LoggerMessage(EventId = 2103, Level = LogLevel.Information, Message = "No customer context for a draft: the handle is {Reason}")]
    private static partial void LogLookup(ILogger logger, string reason);

    [LoggerMessage(EventId = 2104, Level = LogLevel.Warning, Message = "No customer context for a draft: the customer source failed ({ExceptionType})")]
    private static partial void LogLookupFailed(ILogger logger, string exceptionType);
}
