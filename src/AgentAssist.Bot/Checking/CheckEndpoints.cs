using System.Text.Json;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentAssist.Bot.Checking;

/// <summary>The HTTP API for clients other than the chat channels: a CRM side panel, a browser extension, the try-it page.</summary>
internal static partial class CheckEndpoints
{
    /// <summary>Longest draft accepted, in UTF-16 code units; longer is a 413.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Largest request body accepted, in bytes; larger is a 413.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public static IEndpointRouteBuilder MapCheckEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapPost("/check", CheckAsync)
            .WithName("CheckDraft")
            .WithSummary("Check a drafted reply against the guardrails.")
            .WithDescription("Returns the verdict: outcome, findings with spans, and the draft with automatic fixes applied. See docs/verdict-json.md.")
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
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(CheckEndpoints));
        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        CheckRequest? body;
        try
        {
            using var limited = new LimitedReadStream(request.Body, MaxBodyBytes);
            body = await JsonSerializer.DeserializeAsync(limited, CheckJsonContext.Default.CheckRequest, cancellationToken);
        }
        catch (LimitedReadStream.TooLargeException)
        {
            return TooLarge();
        }
        catch (JsonException e)
        {
            // The exception's message names the JSON path and position, never the body's content.
            return Problem(StatusCodes.Status400BadRequest, "The body is not valid JSON.", $"Send a JSON object like {{\"text\": \"…\", \"channel\": \"x\"}}. {e.Message}");
        }

        if (body?.Text is not { } text || string.IsNullOrWhiteSpace(text))
        {
            return Problem(StatusCodes.Status400BadRequest, "'text' is required.", "Send the drafted reply in 'text'.");
        }

        if (text.Length > MaxTextLength)
        {
            return TooLarge();
        }

        var channel = string.IsNullOrWhiteSpace(body.Channel) ? "public" : body.Channel.Trim().ToLowerInvariant();
        if (!engine.Rules.TryGetChannel(channel, out _))
        {
            var known = string.Join(", ", engine.Rules.Channels.Select(c => c.Id).Order(StringComparer.Ordinal));
            return Problem(StatusCodes.Status400BadRequest, $"Unknown channel '{channel}'.", $"Use one of: {known}.");
        }

        var language = body.Language?.Trim().ToLowerInvariant();
        if (language is not (null or "" or "en" or "es"))
        {
            return Problem(StatusCodes.Status400BadRequest, $"Unsupported language '{language}'.", "Use 'en' or 'es', or leave it out to detect it.");
        }

        var customer = body.Customer is { } c
            ? new CustomerContext(c.Handle, c.FullName, c.PreferredName, c.Language, c.Region) { SharedIdentifiers = c.SharedIdentifiers ?? [] }
            : null;
        var verdict = engine.Check(new Draft(text, channel, string.IsNullOrEmpty(language) ? null : language, customer));
        if (logger.IsEnabled(LogLevel.Information))
        {
            var ruleIds = string.Join(",", verdict.Findings.Select(f => f.RuleId).Distinct());
            LogChecked(logger, verdict.Outcome, verdict.Channel.Id, verdict.Language, verdict.Findings.Count, ruleIds);
        }

        var json = JsonSerializer.Serialize(VerdictDocument.From(verdict, text), VerdictJsonContext.Default.VerdictDocument);
        return TypedResults.Content(json, "application/json; charset=utf-8");
    }

    private static ChannelListItem[] ListChannels(GuardrailEngine engine) =>
        engine.Rules.Channels
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new ChannelListItem(c.Id, c.DisplayName, c.Kind == ChannelKind.Public ? "public" : "private", c.MaxLength))
            .ToArray();

    private static ProblemHttpResult TooLarge() =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The draft is too large.", $"Send at most {MaxTextLength} characters of text in a body of at most {MaxBodyBytes / 1024} KiB.");

    private static ProblemHttpResult Problem(int status, string title, string detail) =>
        TypedResults.Problem(statusCode: status, title: title, detail: detail);

    [LoggerMessage(Level = LogLevel.Information, Message = "Checked a draft: {Outcome} on {Channel} in {Language}, {FindingCount} findings ({RuleIds})")]
    private static partial void LogChecked(ILogger logger, Outcome outcome, string channel, string language, int findingCount, string ruleIds);
}
