using System.Buffers;
using System.Text.Json;
using AgentAssist.Bot.Review;
using AgentAssist.Bot.Teams;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentAssist.Bot.Checking;

/// <summary>
/// A check answered with the verdict and the Teams result card for it, so the try-it page (or any client) can show
/// what an agent would see in Teams. Takes the same body, and refuses bad input the same way, as <c>/api/v1/check</c>.
/// </summary>
internal static class CheckCardEndpoints
{
    public static IEndpointRouteBuilder MapCheckCardEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/check/card", CheckWithCardAsync)
            .WithName("CheckDraftWithCard")
            .WithSummary("Check a drafted reply and get the Teams result card for it.")
            .WithDescription(
                "Returns { verdict, card }: the verdict as /api/v1/check returns it, and the Adaptive Card (1.5) the Teams bot "
                + $"sends for the draft, in the request's language or else the detected one. Over {AgentConversationHandler.MaxDraftLength} "
                + "characters the card is the bot's notice that the draft is too long for Teams.")
            .Accepts<CheckRequest>("application/json")
            .Produces<CheckCardResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CheckWithCardAsync(
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
        var draft = review.Draft;
        var text = BotText.For(review.Verdict.Language);
        var card = draft.Text.Length > AgentConversationHandler.MaxDraftLength
            ? NoticeCardBuilder.Build(text, BotTextKey.TooLongTitle, text.Format(BotTextKey.TooLongBody, AgentConversationHandler.MaxDraftLength, draft.Text.Length))
            : ResultCardBuilder.ForReview(review, new DraftRequest(draft.Text, draft.Channel, read.Draft.Language, read.Draft.Customer?.Handle), text);
        return TypedResults.Bytes(Write(new CheckCardResponse(VerdictDocument.From(review.Verdict, draft.Text), card.ToJsonElement())), "application/json; charset=utf-8");
    }

    /// <summary>
    /// Each half with its own contract's serializer: the verdict exactly as <c>/api/v1/check</c> writes it, the card
    /// exactly as the bot sends it.
    /// </summary>
    private static byte[] Write(CheckCardResponse response)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WritePropertyName("verdict");
            JsonSerializer.Serialize(writer, response.Verdict, VerdictJsonContext.Default.VerdictDocument);
            writer.WritePropertyName("card");
            response.Card.WriteTo(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
