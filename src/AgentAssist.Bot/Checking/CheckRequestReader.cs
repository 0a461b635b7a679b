using System.Text.Json;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentAssist.Bot.Checking;

/// <summary>
/// Reads and validates the body every check endpoint takes (<see cref="CheckRequest"/>), so they all answer bad input
/// alike: malformed JSON, no text, an unknown channel or language is a 400 problem; too much text or body a 413.
/// </summary>
internal static class CheckRequestReader
{
    /// <summary>Longest draft accepted, in UTF-16 code units; longer is a 413.</summary>
    public const int MaxTextLength = 20_000;

    /// <summary>Largest request body accepted, in bytes; larger is a 413.</summary>
    public const long MaxBodyBytes = 256 * 1024;

    public static async Task<CheckRequestReadResult> ReadAsync(HttpRequest request, GuardrailEngine engine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(engine);
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
        return new CheckRequestReadResult(new Draft(text, channel, string.IsNullOrEmpty(language) ? null : language, customer), Problem: null);
    }

    private static CheckRequestReadResult TooLarge() =>
        Problem(StatusCodes.Status413PayloadTooLarge, "The draft is too large.", $"Send at most {MaxTextLength} characters of text in a body of at most {MaxBodyBytes / 1024} KiB.");

    private static CheckRequestReadResult Problem(int status, string title, string detail) =>
        new(Draft: null, TypedResults.Problem(statusCode: status, title: title, detail: detail));
}
