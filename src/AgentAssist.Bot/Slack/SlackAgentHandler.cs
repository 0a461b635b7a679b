using System.Text.Json.Nodes;
using AgentAssist.Bot.Review;
using AgentAssist.Bot.Teams;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Languages;
using AgentAssist.Slack.Commands;
using AgentAssist.Slack.Events;
using AgentAssist.Slack.Interactions;
using AgentAssist.Slack.WebApi;

namespace AgentAssist.Bot.Slack;

/// <summary>
/// The agent's side of the bot in Slack, the twin of the Teams <see cref="AgentConversationHandler"/>: a direct message,
/// a mention or <c>/assist</c> is read with the Teams grammar (<see cref="AgentCommandParser"/>); a draft is checked
/// by the <see cref="DraftReviewer"/> every door uses and answered with a Block Kit result; buttons open the modal,
/// check the suggestion or ask for approval. It answers in Spanish when the agent writes Spanish, used a Spanish command,
/// or has Slack set to Spanish. Runs after the HTTP answer (<see cref="SlackWorker"/>).
/// </summary>
internal sealed partial class SlackAgentHandler(
    GuardrailEngine engine,
    LanguageDetector languages,
    DraftReviewer reviewer,
    SlackWebApiClient slack,
    SlackUserDirectory users,
    ILogger<SlackAgentHandler> logger)
{
    /// <summary>A direct message or a mention: answered in the DM, or in the mention's thread.</summary>
    public async Task OnMessageAsync(SlackEvent message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        var mention = message.Type == SlackEvent.AppMention;
        var typed = SlackMessageText.ToPlainText(message.Text, dropLeadingMention: mention);
        var where = new SlackAnswer(message.Channel!, mention ? message.ThreadTs ?? message.Ts : message.ThreadTs);
        await OnTextAsync(message.User!, typed, where, privateResult: null, triggerId: null, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// <c>/assist</c>: notices go back through the response URL, to the agent only; a result goes to the agent's direct
    /// messages with the bot (where its buttons keep working), and the response URL says so when the command came from elsewhere.
    /// </summary>
    public async Task OnCommandAsync(SlackSlashCommand command, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(command);
        var typed = SlackMessageText.ToPlainText(command.Text);
        var where = command.ResponseUrl is { } url ? new SlackAnswer(command.UserId, ResponseUrl: url) : new SlackAnswer(command.UserId);
        var inDirectMessage = command.ChannelId?.StartsWith('D') == true;
        await OnTextAsync(command.UserId, typed, where, inDirectMessage ? null : command.UserId, command.TriggerId, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>A click on one of the bot's buttons.</summary>
    public async Task OnBlockActionAsync(SlackInteraction interaction, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(interaction);
        var action = interaction.Actions is { Count: > 0 } clicked ? clicked[0] : null;
        var user = interaction.User!.Id!;
        var options = SlackDraftOptions.Read(action?.Value);
        var channel = interaction.Container?.ChannelId ?? interaction.Channel?.Id ?? user;
        var where = new SlackAnswer(channel);
        var blocks = interaction.Message?["blocks"] as JsonArray;
        var text = await UiTextAsync(null, options.Ui, user, cancellationToken).ConfigureAwait(false);
        switch (action?.ActionId)
        {
            case SlackActionIds.OpenForm:
                await OpenFormAsync(interaction.TriggerId, text, null, channel, cancellationToken).ConfigureAwait(false);
                break;
            case SlackActionIds.EditAndCheck:
                var corrected = SlackResultMessageBuilder.ReadBlockText(blocks, SlackActionIds.CorrectedBlock) ?? string.Empty;
                await OpenFormAsync(interaction.TriggerId, text, options.Draft(corrected, IsKnownChannel), channel, cancellationToken).ConfigureAwait(false);
                break;
            case SlackActionIds.UseSuggestion when SlackResultMessageBuilder.ReadBlockText(blocks, SlackActionIds.SuggestionBlock) is { Length: > 0 } suggestion:
                await DeliverAsync(where, await CheckAsync(options.Draft(suggestion, IsKnownChannel), text, user, "use suggestion", cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
                break;
            case SlackActionIds.RequestApproval:
                LogApprovalNotEnabled(logger);
                await DeliverAsync(where, ApprovalsNotEnabled(text), cancellationToken).ConfigureAwait(false);
                break;
            default:
                LogNotHandled(logger, "block action", action?.ActionId is { Length: <= 40 } id ? id : "other");
                await DeliverAsync(where, SlackNoticeBuilder.Notice(text, text[BotTextKey.ExpiredCardTitle], text[BotTextKey.ExpiredCardBody]), cancellationToken).ConfigureAwait(false);
                break;
        }
    }

    /// <summary>A submitted draft modal, already checked to hold a draft of an acceptable length.</summary>
    public async Task OnDraftSubmittedAsync(string user, DraftRequest draft, SlackDraftOptions metadata, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(draft);
        ArgumentNullException.ThrowIfNull(metadata);
        var text = await UiTextAsync(draft.Text, metadata.Ui, user, cancellationToken).ConfigureAwait(false);
        var where = new SlackAnswer(metadata.AnswerIn is { Length: > 0 } to ? to : user);
        await DeliverAsync(where, await CheckAsync(draft, text, user, "modal", cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);
    }

    private async Task OnTextAsync(string user, string typed, SlackAnswer where, string? privateResult, string? triggerId, CancellationToken cancellationToken)
    {
        var command = AgentCommandParser.Parse(typed, IsKnownChannel);
        switch (command)
        {
            case AgentCommand.Check check:
                var checkText = await UiTextAsync(check.Draft.Text, check.CommandLanguage, user, cancellationToken).ConfigureAwait(false);
                var result = await CheckAsync(check.Draft, checkText, user, "message", cancellationToken).ConfigureAwait(false);
                if (privateResult is null)
                {
                    await DeliverAsync(where, result, cancellationToken).ConfigureAwait(false);
                }
                else
                {
                    await DeliverAsync(new SlackAnswer(privateResult), result, cancellationToken).ConfigureAwait(false);
                    await DeliverAsync(where, SlackNoticeBuilder.Plain(SlackText.Get(checkText, SlackTextKey.SentToDirectMessage)), cancellationToken).ConfigureAwait(false);
                }

                break;
            case AgentCommand.Form or AgentCommand.Empty { CommandLanguage: null } when triggerId is not null:
                // "/assist" alone, or "/assist form": the modal.
                var formText = await UiTextAsync(null, (command as AgentCommand.Form)?.CommandLanguage, user, cancellationToken).ConfigureAwait(false);
                if (!await OpenFormAsync(triggerId, formText, null, privateResult ?? where.Channel, cancellationToken).ConfigureAwait(false))
                {
                    await DeliverAsync(where, SlackNoticeBuilder.Help(formText, engine.Rules.Channels, unknownCommand: false), cancellationToken).ConfigureAwait(false);
                }

                break;
            case AgentCommand.Form form:
                var helpForForm = await UiTextAsync(null, form.CommandLanguage, user, cancellationToken).ConfigureAwait(false);
                await DeliverAsync(where, SlackNoticeBuilder.Help(helpForForm, engine.Rules.Channels, unknownCommand: false), cancellationToken).ConfigureAwait(false);
                break;
            case AgentCommand.Help help:
                var helpText = await UiTextAsync(help.UnknownCommand ? null : typed, help.CommandLanguage, user, cancellationToken).ConfigureAwait(false);
                await DeliverAsync(where, SlackNoticeBuilder.Help(helpText, engine.Rules.Channels, help.UnknownCommand), cancellationToken).ConfigureAwait(false);
                break;
            case AgentCommand.Status status:
                var statusText = await UiTextAsync(null, status.CommandLanguage, user, cancellationToken).ConfigureAwait(false);
                await DeliverAsync(where, ApprovalsNotEnabled(statusText), cancellationToken).ConfigureAwait(false);
                break;
            case AgentCommand.InvalidOptions invalid:
                var invalidText = await UiTextAsync(null, invalid.CommandLanguage, user, cancellationToken).ConfigureAwait(false);
                LogNotChecked(logger, "message", "invalid options");
                await DeliverAsync(where, SlackNoticeBuilder.Notice(invalidText, invalidText[BotTextKey.InvalidOptionsTitle], invalidText.Format(BotTextKey.InvalidOptionsBody, invalidText[BotTextKey.HelpExample])), cancellationToken).ConfigureAwait(false);
                break;
            case AgentCommand.Empty empty:
                var emptyText = await UiTextAsync(null, empty.CommandLanguage, user, cancellationToken).ConfigureAwait(false);
                LogNotChecked(logger, "message", "no draft");
                await DeliverAsync(where, SlackNoticeBuilder.Notice(emptyText, emptyText[BotTextKey.EmptyTitle], emptyText[BotTextKey.EmptyBody]), cancellationToken).ConfigureAwait(false);
                break;
            default:
                throw new InvalidOperationException($"Unhandled command {command.GetType().Name}.");
        }
    }

    /// <summary>Checks a draft through the shared path and builds the result; too long or an unknown channel gets a notice.</summary>
    private async Task<SlackReply> CheckAsync(DraftRequest draft, BotText text, string user, string source, CancellationToken cancellationToken)
    {
        if (draft.Text.Length > AgentConversationHandler.MaxDraftLength)
        {
            LogNotChecked(logger, source, "too long");
            return SlackNoticeBuilder.Notice(text, text[BotTextKey.TooLongTitle], text.Format(BotTextKey.TooLongBody, AgentConversationHandler.MaxDraftLength, draft.Text.Length));
        }

        if (!IsKnownChannel(draft.Channel))
        {
            LogNotChecked(logger, source, "unknown channel");
            var known = string.Join(", ", HelpCardBuilder.ChannelOrder(engine.Rules.Channels).Select(c => c.Id));
            return SlackNoticeBuilder.Notice(text, text[BotTextKey.UnknownChannelTitle], text.Format(BotTextKey.UnknownChannelBody, known));
        }

        var customer = draft.CustomerHandle is { } handle ? new CustomerContext(Handle: handle) : null;
        var review = await reviewer.ReviewAsync(
            new DraftReviewRequest(new Draft(draft.Text, draft.Channel, draft.Language, customer), new ReviewActor(user, null, "slack"), SuggestionMode.Best),
            cancellationToken).ConfigureAwait(false);
        LogAnswered(logger, source, text.Language);
        return SlackResultMessageBuilder.Build(review.Verdict, draft, text, review.SuggestionToOffer, offerApproval: false);
    }

    private static SlackReply ApprovalsNotEnabled(BotText text) =>
        SlackNoticeBuilder.Notice(text, text[BotTextKey.ApprovalTitle], SlackText.Get(text, SlackTextKey.ApprovalsNotEnabledInSlack));

    private async Task<bool> OpenFormAsync(string? triggerId, BotText text, DraftRequest? draft, string answerIn, CancellationToken cancellationToken)
    {
        if (triggerId is not { Length: > 0 })
        {
            return false;
        }

        var result = await slack.OpenViewAsync(triggerId, SlackDraftModalBuilder.Build(text, engine.Rules.Channels, draft, answerIn), cancellationToken).ConfigureAwait(false);
        return result.Ok;
    }

    private async Task DeliverAsync(SlackAnswer where, SlackReply reply, CancellationToken cancellationToken)
    {
        if (where.ResponseUrl is { } url)
        {
            var message = new JsonObject { ["response_type"] = "ephemeral", ["replace_original"] = false, ["text"] = reply.Text, ["blocks"] = reply.Blocks };
            if (await slack.RespondAsync(url, message, cancellationToken).ConfigureAwait(false))
            {
                return;
            }
        }

        await slack.PostMessageAsync(where.Channel, reply.Text, reply.Blocks, where.ThreadTs, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The language to answer in: that of the agent's words when they show it, else the command's, else the agent's Slack locale.</summary>
    private async Task<BotText> UiTextAsync(string? agentWords, string? hint, string user, CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(agentWords) && languages.Detect(agentWords) is (var detected, true))
        {
            return BotText.For(detected);
        }

        if (hint is { Length: > 0 })
        {
            return BotText.For(hint);
        }

        return BotText.For((await users.GetAsync(user, slack, cancellationToken).ConfigureAwait(false))?.Locale);
    }

    private bool IsKnownChannel(string id) => engine.Rules.TryGetChannel(id, out _);

    [LoggerMessage(EventId = 4110, Level = LogLevel.Information, Message = "Answered a draft from Slack ({Source}) with its result in {UiLanguage}")]
    private static partial void LogAnswered(ILogger logger, string source, string uiLanguage);

    [LoggerMessage(EventId = 4111, Level = LogLevel.Information, Message = "Did not check a draft from Slack ({Source}): {Reason}")]
    private static partial void LogNotChecked(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 4113, Level = LogLevel.Information, Message = "An agent asked for approval in Slack; approvals from Slack are not available, and the message says so")]
    private static partial void LogApprovalNotEnabled(ILogger logger);

    [LoggerMessage(EventId = 4112, Level = LogLevel.Warning, Message = "A Slack {What} ({Id}) is not one this bot sends; answered that the message is out of date")]
    private static partial void LogNotHandled(ILogger logger, string what, string id);
}
