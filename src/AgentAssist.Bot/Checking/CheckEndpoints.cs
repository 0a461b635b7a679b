using System.Text.Json;
using AgentAssist.Bot.Review;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentAssist.Bot.Checking;

/// <summary>The HTTP API for clients other than the chat channels: a CRM side panel, a browser extension, the try-it page.</summary>
internal static class CheckEndpoints
{
    public static IEndpointRouteBuilder MapCheckEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapPost("/check", CheckAsync)
            .WithName("CheckDraft")
            .WithSummary("Check a drafted reply against the guardrails.")
            .WithDescription("Returns the verdict: outcome, findings with spans, and the draft with automatic fixes applied. When customer.handle names a known customer, their stored context is used, as /check/card and /suggest use it. See docs/verdict-json.md.")
            .Accepts<CheckRequest>("application/json")
            .Produces<VerdictDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/channels", ListChannels)
            .WithName("ListChannels")
            .WithSummary("The channels the rule packs in force know.");
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> CheckAsync(
        HttpRequest request,
        GuardrailEngine engine,
        DraftReviewer reviewer,
        CancellationToken cancellationToken)
    {
        var read = await CheckRequestReader.ReadAsync(request, engine, cancellationToken);
        if (!read.IsValid)
        {
            return read.Problem;
        }

        var review = await reviewer.ReviewAsync(new DraftReviewRequest(read.Draft, ReviewActor.Api, SuggestionMode.None), cancellationToken);
        var json = JsonSerializer.Serialize(VerdictDocument.From(review.Verdict, review.Draft.Text), VerdictJsonContext.Default.VerdictDocument);
        return TypedResults.Content(json, "application/json; charset=utf-8");
    }

    private static ChannelListItem[] ListChannels(GuardrailEngine engine) =>
        engine.Rules.Channels
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new ChannelListItem(c.Id, c.DisplayName, c.Kind == ChannelKind.Public ? "public" : "private", c.MaxLength))
            .ToArray();
}
