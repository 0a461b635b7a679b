using System.Buffers;
using System.Text.Json;
using AgentAssist.Bot.Checking;
using AgentAssist.Bot.Review;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentAssist.Bot.Suggestions;

/// <summary>
/// <c>POST /api/v1/suggest</c>: the verdict on a draft and a suggested reply, for the try-it page and other clients.
/// Takes the same body as <c>/api/v1/check</c>; when <c>customer.handle</c> names a known customer, their profile is
/// used (docs/suggestions.md).
/// </summary>
internal static class SuggestEndpoints
{
    public static IEndpointRouteBuilder MapSuggestEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/suggest", SuggestAsync)
            .WithName("SuggestReply")
            .WithSummary("Check a drafted reply and suggest a better one.")
            .WithDescription(
                "Returns { verdict, customer, customerContext, suggestion, withheld }: the verdict as /api/v1/check returns it; the customer "
                + "profile found for customer.handle (id, handle, preferredName, language, tier) or null; customerContext: status "
                + "(notRequested, found, unknown, malformed, unavailable) and a note when a handle gave no context; the suggestion (text, "
                + "source, language, check: the verdict on the suggested text, changes) or null; and why it was withheld, or null. "
                + "A suggestion the guardrails block is never returned. See docs/verdict-json.md.")
            .Accepts<CheckRequest>("application/json")
            .Produces<SuggestResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> SuggestAsync(
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

        var review = await reviewer.ReviewAsync(new DraftReviewRequest(read.Draft, ReviewActor.Api, SuggestionMode.Best), cancellationToken);
        return TypedResults.Bytes(Write(review), "application/json; charset=utf-8");
    }

    private static byte[] Write(DraftReview review)
    {
        var (draft, lookup, verdict, result) = review;
        var text = draft.Text;
        var profile = lookup.Profile;
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("verdict");
            JsonSerializer.Serialize(writer, VerdictDocument.From(verdict, text), VerdictJsonContext.Default.VerdictDocument);
            writer.WritePropertyName("customer");
            if (profile is null)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteString("id", profile.Id);
                writer.WriteString("handle", profile.Context.Handle);
                writer.WriteString("preferredName", profile.Context.PreferredName);
                writer.WriteString("language", profile.Context.Language);
                writer.WriteString("tier", profile.Tier);
                writer.WriteEndObject();
            }

            writer.WriteStartObject("customerContext");
            writer.WriteString("status", lookup.Name);
            writer.WriteString("note", lookup.Note);
            writer.WriteEndObject();
            writer.WritePropertyName("suggestion");
            if (result?.Suggestion is not { } suggestion)
            {
                writer.WriteNullValue();
            }
            else
            {
                writer.WriteStartObject();
                writer.WriteString("text", suggestion.Text);
                writer.WriteString("source", suggestion.Source);
                writer.WriteString("language", suggestion.Language);
                writer.WritePropertyName("check");
                JsonSerializer.Serialize(writer, VerdictDocument.From(suggestion.Check, suggestion.Text), VerdictJsonContext.Default.VerdictDocument);
                writer.WriteStartArray("changes");
                foreach (var change in suggestion.Changes)
                {
                    writer.WriteStartObject();
                    writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(change.Kind.ToString()));
                    writer.WriteString("description", change.Description);
                    if (change.RuleId is not null)
                    {
                        writer.WriteString("ruleId", change.RuleId);
                    }

                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
                writer.WriteEndObject();
            }

            writer.WriteString("withheld", result?.WithheldReason);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
