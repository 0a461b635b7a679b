using System.Text.Json;
using System.Text.Json.Nodes;
using AgentAssist.Bot.Teams;
using AgentAssist.Core.Checking;
using AgentAssist.Slack;
using AgentAssist.Slack.Commands;
using AgentAssist.Slack.Events;
using AgentAssist.Slack.Hosting;
using AgentAssist.Slack.Interactions;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Slack;

/// <summary>
/// Slack's three request URLs. Every request is read raw and its signature checked before anything is parsed (401
/// otherwise); the work is queued and the request acknowledged at once, well within Slack's 3 seconds; a retried event
/// (same <c>event_id</c>, with <c>X-Slack-Retry-Num</c>) is acknowledged without doing the work again. Refusals are
/// logged by reason, never with the body.
/// </summary>
internal static partial class SlackEndpoints
{
    private static readonly JsonSerializerOptions ReadOptions = new() { MaxDepth = 32 };

    public static IEndpointRouteBuilder MapSlackEndpoints(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        // Slack authenticates each request by its signature (SlackRequestReader), not by the API's bearer tokens.
        var slack = endpoints.MapGroup("/api/slack").ExcludeFromDescription().AllowAnonymous();
        slack.MapPost("/events", EventsAsync);
        slack.MapPost("/commands", CommandsAsync);
        slack.MapPost("/interactions", InteractionsAsync);
        return endpoints;
    }

    private static async Task<IResult> EventsAsync(HttpContext context, SlackRequestReader reader, SlackRetryDeduplicator seen, SlackWorkQueue queue, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SlackEndpoints));
        if (await VerifyAsync(context, reader, "events", logger).ConfigureAwait(false) is not { } body)
        {
            return Refused(context);
        }

        SlackEventEnvelope? envelope;
        try
        {
            envelope = JsonSerializer.Deserialize<SlackEventEnvelope>(body, ReadOptions);
        }
        catch (JsonException)
        {
            envelope = null;
        }

        if (envelope is null)
        {
            LogMalformed(logger, "events");
            return BadRequest("The body is not a Slack event.");
        }

        if (envelope.Type == SlackEventEnvelope.UrlVerification)
        {
            return envelope.Challenge is { Length: > 0 and <= 200 } challenge
                ? TypedResults.Ok(new JsonObject { ["challenge"] = challenge })
                : BadRequest("A url_verification without a challenge.");
        }

        if (envelope.Type != SlackEventEnvelope.EventCallback || envelope.Event is not { } message || envelope.EventId is not { Length: > 0 and <= 100 } eventId)
        {
            LogIgnored(logger, envelope.Type is { Length: <= 40 } t ? t : "other", envelope.Event?.Type is { Length: <= 40 } e ? e : "none");
            return TypedResults.Ok();
        }

        var retry = context.Request.Headers["X-Slack-Retry-Num"].ToString();
        if (!seen.TryClaim("event:" + eventId))
        {
            LogDuplicate(logger, retry is { Length: > 0 and <= 3 } ? retry : "none");
            return TypedResults.Ok();
        }

        var wanted = message.Type == SlackEvent.AppMention || message.IsDirectMessage;
        if (!wanted || !message.IsFromPerson || message.Channel is not { Length: > 0 })
        {
            // The bot's own messages in its DM arrive as message.im too: never answer them.
            LogIgnored(logger, "event_callback", message.Type is { Length: <= 40 } t ? t : "other");
            return TypedResults.Ok();
        }

        return Enqueue(queue, (handler, cancellationToken) => handler.OnMessageAsync(message, cancellationToken), logger);
    }

    private static async Task<IResult> CommandsAsync(HttpContext context, SlackRequestReader reader, SlackWorkQueue queue, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SlackEndpoints));
        var read = await reader.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false);
        if (read.Body is { } sent && SlackSlashCommand.IsSslCheck(sent))
        {
            return TypedResults.Ok();
        }

        if (Verified(context, read, "commands", logger) is not { } body)
        {
            return Refused(context);
        }

        if (SlackSlashCommand.Read(body) is not { } command)
        {
            LogMalformed(logger, "commands");
            return BadRequest("The body is not a Slack slash command.");
        }

        return Enqueue(queue, (handler, cancellationToken) => handler.OnCommandAsync(command, cancellationToken), logger);
    }

    private static async Task<IResult> InteractionsAsync(
        HttpContext context, SlackRequestReader reader, SlackRetryDeduplicator seen, SlackWorkQueue queue, GuardrailEngine engine, ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(SlackEndpoints));
        if (await VerifyAsync(context, reader, "interactions", logger).ConfigureAwait(false) is not { } body)
        {
            return Refused(context);
        }

        if (SlackInteraction.Read(body) is not { } interaction)
        {
            LogMalformed(logger, "interactions");
            return BadRequest("The body is not a Slack interaction payload.");
        }

        switch (interaction.Type)
        {
            case SlackInteraction.BlockActions when interaction.Actions is { Count: > 0 } actions:
                // A double click arrives twice with the same action_ts: one answer.
                var click = $"action:{interaction.User!.Id}:{actions[0].ActionId}:{actions[0].ActionTs}";
                if (actions[0].ActionTs is { Length: > 0 } && !seen.TryClaim(click))
                {
                    LogDuplicate(logger, "click");
                    return TypedResults.Ok();
                }

                return Enqueue(queue, (handler, cancellationToken) => handler.OnBlockActionAsync(interaction, cancellationToken), logger);
            case SlackInteraction.ViewSubmission when interaction.View is { CallbackId: SlackActionIds.CheckView } view:
                return SubmitDraft(interaction.User!.Id!, view, engine, queue, logger);
            default:
                LogIgnored(logger, "interaction", interaction.Type is { Length: <= 40 } t ? t : "other");
                return TypedResults.Ok();
        }
    }

    /// <summary>
    /// A submitted draft modal. A missing or too long draft is answered in the modal itself (<c>response_action: errors</c>);
    /// otherwise the modal closes and the result follows as a message.
    /// </summary>
    private static IResult SubmitDraft(string user, SlackView view, GuardrailEngine engine, SlackWorkQueue queue, ILogger logger)
    {
        var metadata = SlackDraftOptions.Read(view.PrivateMetadata);
        var text = BotText.For(metadata.Ui);
        var draftText = view.Value(SlackActionIds.TextInput, SlackActionIds.TextInput)?.Trim();
        if (string.IsNullOrEmpty(draftText) || draftText.Length > AgentConversationHandler.MaxDraftLength)
        {
            var error = string.IsNullOrEmpty(draftText)
                ? text[BotTextKey.DraftRequired]
                : text.Format(BotTextKey.TooLongBody, AgentConversationHandler.MaxDraftLength, draftText.Length);
            return TypedResults.Ok(new JsonObject
            {
                ["response_action"] = "errors",
                ["errors"] = new JsonObject { [SlackActionIds.TextInput] = error },
            });
        }

        var options = new SlackDraftOptions(
            view.Value(SlackActionIds.ChannelInput, SlackActionIds.ChannelInput),
            view.Value(SlackActionIds.LanguageInput, SlackActionIds.LanguageInput),
            view.Value(SlackActionIds.CustomerInput, SlackActionIds.CustomerInput),
            metadata.Ui);
        var draft = options.Draft(draftText, id => engine.Rules.TryGetChannel(id, out _));
        return Enqueue(queue, (handler, cancellationToken) => handler.OnDraftSubmittedAsync(user, draft, metadata, cancellationToken), logger);
    }

    private static async Task<byte[]?> VerifyAsync(HttpContext context, SlackRequestReader reader, string endpoint, ILogger logger) =>
        Verified(context, await reader.ReadAsync(context.Request, context.RequestAborted).ConfigureAwait(false), endpoint, logger);

    private static byte[]? Verified(HttpContext context, SlackRequestReadResult read, string endpoint, ILogger logger)
    {
        if (read.IsVerified)
        {
            return read.Body;
        }

        context.Items[RefusalKey] = read;
        LogRefused(logger, endpoint, read.IsTooLarge ? "body too large" : read.Status.ToString());
        return null;
    }

    private const string RefusalKey = "AgentAssist.Slack.Refusal";

    private static ProblemHttpResult Refused(HttpContext context)
    {
        var refusal = context.Items[RefusalKey] as SlackRequestReadResult;
        if (refusal?.IsTooLarge == true)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "Payload too large", detail: $"Slack requests are at most {SlackRequestReader.MaxBodyBytes} bytes.");
        }

        if (!context.RequestServices.GetRequiredService<IOptions<SlackOptions>>().Value.Enabled)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Slack is not configured", detail: "Set Slack:SigningSecret and Slack:BotToken to enable the Slack app.");
        }

        return TypedResults.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Unauthorized", detail: "The request is not signed with this app's Slack signing secret, or its timestamp is more than 5 minutes from now.");
    }

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad request", detail: detail);

    private static IResult Enqueue(SlackWorkQueue queue, Func<SlackAgentHandler, CancellationToken, Task> work, ILogger logger)
    {
        if (queue.TryEnqueue(work))
        {
            return TypedResults.Ok();
        }

        LogQueueFull(logger);
        return TypedResults.Problem(statusCode: StatusCodes.Status503ServiceUnavailable, title: "Busy", detail: "Too many Slack requests are waiting; Slack will retry.");
    }

    [LoggerMessage(EventId = 4120, Level = LogLevel.Warning, Message = "Refused a Slack {Endpoint} request: {Reason}")]
    private static partial void LogRefused(ILogger logger, string endpoint, string reason);

    [LoggerMessage(EventId = 4121, Level = LogLevel.Warning, Message = "A signed Slack {Endpoint} request could not be read; answered 400")]
    private static partial void LogMalformed(ILogger logger, string endpoint);

    [LoggerMessage(EventId = 4122, Level = LogLevel.Information, Message = "Slack sent again what was already taken in (retry {RetryNum}); acknowledged without doing it twice")]
    private static partial void LogDuplicate(ILogger logger, string retryNum);

    [LoggerMessage(EventId = 4123, Level = LogLevel.Debug, Message = "Ignored a Slack {Kind} ({Type})")]
    private static partial void LogIgnored(ILogger logger, string kind, string type);

    [LoggerMessage(EventId = 4124, Level = LogLevel.Error, Message = "The Slack work queue is full; answered 503 so that Slack retries")]
    private static partial void LogQueueFull(ILogger logger);
}
