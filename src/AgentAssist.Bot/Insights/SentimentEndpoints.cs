using System.Text.Json;
using AgentAssist.Core.Sentiment;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentAssist.Bot.Insights;

/// <summary><c>POST /api/v1/sentiment</c>: how a customer's message reads, on its own.</summary>
internal static partial class SentimentEndpoints
{
    public const int MaxTextLength = 20_000;

    public static IEndpointRouteBuilder MapSentimentEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapPost("/api/v1/sentiment", AnalyzeAsync)
            .WithName("AnalyzeSentiment")
            .WithSummary("How a customer's message reads: negative, neutral or positive, with a score from -1 to 1.")
            .WithDescription("Body { text, language } (language en or es, detected when absent). Also flags complaint and risk signals (cancelling, lawyer, press, regulator).")
            .Accepts<SentimentRequest>("application/json")
            .Produces<SentimentResponse>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        return app;
    }

    private static async Task<Results<Ok<SentimentResponse>, ProblemHttpResult>> AnalyzeAsync(
        HttpRequest request,
        SentimentAnalyzer analyzer,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        SentimentRequest? body;
        try
        {
            body = await JsonSerializer.DeserializeAsync(request.Body, InsightsJsonContext.Default.SentimentRequest, cancellationToken);
        }
        catch (JsonException)
        {
            return Problem(StatusCodes.Status400BadRequest, "The body is not valid JSON", "Send { \"text\": \"…\", \"language\": \"en\" }.");
        }

        if (string.IsNullOrWhiteSpace(body?.Text))
        {
            return Problem(StatusCodes.Status400BadRequest, "'text' is required", "Send the customer's message as 'text'.");
        }

        if (body.Text.Length > MaxTextLength)
        {
            return Problem(StatusCodes.Status413PayloadTooLarge, "The text is too long", $"Send at most {MaxTextLength} characters.");
        }

        if (body.Language is { } language && !analyzer.Supports(language))
        {
            return Problem(StatusCodes.Status400BadRequest, "Unsupported language", $"Use one of {string.Join(", ", analyzer.Languages)}, or leave 'language' out to detect it.");
        }

        var result = analyzer.Analyze(body.Text, body.Language);
        var logger = loggers.CreateLogger(typeof(SentimentEndpoints));
        if (logger.IsEnabled(LogLevel.Information))
        {
            LogAnalyzed(logger, result.Label, result.Language, result.Signals);
        }

        return TypedResults.Ok(SentimentResponse.From(result));
    }

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(title: title, detail: detail, statusCode: status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Read a customer message's sentiment: {Label} in {Language} ({Signals})")]
    private static partial void LogAnalyzed(ILogger logger, SentimentLabel label, string language, SentimentSignals signals);
}
