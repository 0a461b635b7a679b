using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Review;
using AgentAssist.BotFramework;
using AgentAssist.BotFramework.Cards;
using AgentAssist.BotFramework.Connector;
using AgentAssist.BotFramework.Schema;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Languages;

namespace AgentAssist.Bot.Teams;

/// <summary>
/// The agent's conversation with the bot in Teams. A message is a draft to check (or a command: see
/// <see cref="AgentCommandParser"/>) and is answered with a card through the connector; a click on a card's
/// <c>Action.Execute</c> is answered in the HTTP response with a card that replaces it; an install gets a welcome.
/// The bot answers in Spanish when the agent writes Spanish or Teams runs in Spanish, in English otherwise.
/// </summary>
internal sealed partial class AgentConversationHandler(
    GuardrailEngine engine,
    LanguageDetector languages,
    BotConnectorClient connector,
    RecentWelcomes welcomes,
    ApprovalInvokeHandler approvals,
    DraftReviewer reviewer,
    ILogger<AgentConversationHandler> logger) : IActivityHandler
{
    /// <summary>
    /// Longest draft the bot checks, in UTF-16 code units. A result card holds the draft twice (highlighted, and
    /// corrected in the field to edit), and Teams refuses messages over about 28 KB.
    /// </summary>
    public const int MaxDraftLength = 4000;

    public async Task<InvokeResponse?> OnActivityAsync(Activity activity, TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(activity);
        if (!TeamsViewer.IsTeamsUser(activity) && (Is(activity.Type, ActivityTypes.Message) || Is(activity.Type, ActivityTypes.Invoke)))
        {
            return await RefuseOutsideTeamsAsync(activity, cancellationToken).ConfigureAwait(false);
        }

        if (Is(activity.Type, ActivityTypes.Message))
        {
            await OnMessageAsync(activity, cancellationToken).ConfigureAwait(false);
            return null;
        }

        if (Is(activity.Type, ActivityTypes.Invoke) && Is(activity.Name, AdaptiveCardInvokeResponse.InvokeName))
        {
            return await OnCardActionAsync(activity, cancellationToken).ConfigureAwait(false);
        }

        if ((Is(activity.Type, ActivityTypes.ConversationUpdate) && BotWasAdded(activity))
            || (Is(activity.Type, ActivityTypes.InstallationUpdate) && activity.Action?.StartsWith("add", StringComparison.OrdinalIgnoreCase) == true))
        {
            await WelcomeAsync(activity, cancellationToken).ConfigureAwait(false);
            return null;
        }

        LogIgnored(logger, activity.Type, activity.Name);
        return null;
    }

    private async Task OnMessageAsync(Activity activity, CancellationToken cancellationToken)
    {
        var typed = MentionText.Read(activity);
        var command = AgentCommandParser.Parse(typed, IsKnownChannel);
        if (command is AgentCommand.Status status)
        {
            var statusText = UiText(null, status.CommandLanguage, activity.Locale);
            var statusCard = approvals.Enabled
                ? await approvals.StatusAsync(activity, statusText, cancellationToken).ConfigureAwait(false)
                : ApprovalNotEnabled(statusText, null);
            await SendAsync(activity, statusCard, activity.Id, cancellationToken).ConfigureAwait(false);
            return;
        }

        var card = command switch
        {
            AgentCommand.Check check => await CheckDraftAsync(check.Draft, UiText(check.Draft.Text, check.CommandLanguage, activity.Locale), "message", activity, cancellationToken).ConfigureAwait(false),
            AgentCommand.Help help => Answer("help", HelpCardBuilder.Build(UiText(typed, help.CommandLanguage, activity.Locale), engine.Rules.Channels, help.UnknownCommand)),
            AgentCommand.Form form => Answer("form", DraftFormCardBuilder.Build(UiText(typed, form.CommandLanguage, activity.Locale), engine.Rules.Channels)),
            AgentCommand.InvalidOptions invalid => InvalidOptions(UiText(null, invalid.CommandLanguage, activity.Locale)),
            AgentCommand.Empty empty => Empty(UiText(null, empty.CommandLanguage, activity.Locale), "message"),
            _ => throw new InvalidOperationException($"Unhandled command {command.GetType().Name}."),
        };
        await SendAsync(activity, card, activity.Id, cancellationToken).ConfigureAwait(false);
    }

    private async Task<InvokeResponse> OnCardActionAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (ApprovalActionRequest.FromInvokeValue(activity.Value) is { } approvalAction && ApprovalVerbs.IsApprovalVerb(approvalAction.Verb))
        {
            return approvals.Enabled
                ? await approvals.HandleAsync(activity, approvalAction, cancellationToken).ConfigureAwait(false)
                : AdaptiveCardInvokeResponse.Card(UnknownVerb(UiText(null, approvalAction.Data.Ui, activity.Locale)));
        }

        if (CardActionRequest.FromInvokeValue(activity.Value) is not { } request)
        {
            LogMalformedAction(logger);
            return AdaptiveCardInvokeResponse.BadRequest("BadRequest", "The invoke value has no action with a verb and data of strings.");
        }

        var hint = request.Data.Ui;
        var draft = DraftFromData(request.Data);
        var card = request.Verb switch
        {
            CardVerbs.Check or CardVerbs.Recheck when draft is not null =>
                await CheckDraftAsync(draft, UiText(draft.Text, hint, activity.Locale), request.Verb, activity, cancellationToken).ConfigureAwait(false),
            CardVerbs.Check or CardVerbs.Recheck => Empty(UiText(null, hint, activity.Locale), request.Verb),
            CardVerbs.RequestApproval when approvals.Enabled && draft is not null =>
                await approvals.RequestAsync(activity, draft, UiText(null, hint, activity.Locale), cancellationToken).ConfigureAwait(false),
            CardVerbs.RequestApproval when approvals.Enabled => Empty(UiText(null, hint, activity.Locale), request.Verb),
            CardVerbs.RequestApproval => ApprovalNotEnabled(UiText(null, hint, activity.Locale), draft),
            CardVerbs.Form => Answer(CardVerbs.Form, DraftFormCardBuilder.Build(UiText(null, hint, activity.Locale), engine.Rules.Channels)),
            _ => UnknownVerb(UiText(null, hint, activity.Locale)),
        };
        return AdaptiveCardInvokeResponse.Card(card);
    }

    /// <summary>
    /// Commands and decisions come only from Teams users with a Microsoft Entra object id: on Web Chat, Direct Line or
    /// the emulator the caller picks their own id, so the bot refuses politely and does nothing else.
    /// </summary>
    private async Task<InvokeResponse?> RefuseOutsideTeamsAsync(Activity activity, CancellationToken cancellationToken)
    {
        LogOutsideTeams(logger, activity.Type, activity.ChannelId);
        var text = BotText.For(activity.Locale);
        if (Is(activity.Type, ActivityTypes.Invoke))
        {
            return AdaptiveCardInvokeResponse.Message(text[BotTextKey.TeamsOnlyTitle] + ". " + text[BotTextKey.TeamsOnlyBody]);
        }

        await SendAsync(activity, NoticeCardBuilder.Build(text, BotTextKey.TeamsOnlyTitle, text[BotTextKey.TeamsOnlyBody]), activity.Id, cancellationToken).ConfigureAwait(false);
        return null;
    }

    private async Task WelcomeAsync(Activity activity, CancellationToken cancellationToken)
    {
        if (activity.Conversation?.Id is not { Length: > 0 } conversationId || !welcomes.TryClaim(conversationId))
        {
            LogWelcomeSkipped(logger, activity.Type);
            return;
        }

        var text = BotText.For(activity.Locale);
        LogWelcome(logger, activity.Type, activity.Conversation.ConversationType, text.Language);
        await SendAsync(activity, WelcomeCardBuilder.Build(text, engine.Rules.Channels), replyToId: null, cancellationToken).ConfigureAwait(false);
    }

    private async Task<AdaptiveCard> CheckDraftAsync(DraftRequest draft, BotText text, string source, Activity activity, CancellationToken cancellationToken)
    {
        if (draft.Text.Length > MaxDraftLength)
        {
            LogNotChecked(logger, source, "too long");
            return NoticeCardBuilder.Build(text, BotTextKey.TooLongTitle, text.Format(BotTextKey.TooLongBody, MaxDraftLength, draft.Text.Length));
        }

        if (!IsKnownChannel(draft.Channel))
        {
            LogNotChecked(logger, source, "unknown channel");
            var known = string.Join(", ", HelpCardBuilder.ChannelOrder(engine.Rules.Channels).Select(c => c.Id));
            return NoticeCardBuilder.Build(text, BotTextKey.UnknownChannelTitle, text.Format(BotTextKey.UnknownChannelBody, known));
        }

        // A known customer's context (name, language, region, history) personalises the suggestion and tells the privacy
        // rules whose data the draft may repeat; an unknown handle is checked as given, and the card says so.
        var customer = draft.CustomerHandle is { } handle ? new CustomerContext(Handle: handle) : null;
        var actor = new ReviewActor(activity.From?.AadObjectId ?? activity.From?.Id ?? "unknown", activity.From?.Name, "teams");
        var review = await reviewer.ReviewAsync(
            new DraftReviewRequest(new Draft(draft.Text, draft.Channel, draft.Language, customer), actor, SuggestionMode.Best), cancellationToken).ConfigureAwait(false);
        LogAnswered(logger, "result", text.Language);
        return ResultCardBuilder.ForReview(review, draft, text, approvals.Enabled);
    }

    private AdaptiveCard ApprovalNotEnabled(BotText text, DraftRequest? draft)
    {
        LogApprovalNotEnabled(logger);
        return ApprovalNotEnabledCardBuilder.Build(text, draft);
    }

    private AdaptiveCard Empty(BotText text, string source)
    {
        LogNotChecked(logger, source, "no draft");
        return NoticeCardBuilder.Build(text, BotTextKey.EmptyTitle, text[BotTextKey.EmptyBody]);
    }

    private AdaptiveCard InvalidOptions(BotText text)
    {
        LogNotChecked(logger, "message", "invalid options");
        return NoticeCardBuilder.Build(text, BotTextKey.InvalidOptionsTitle, text.Format(BotTextKey.InvalidOptionsBody, text[BotTextKey.HelpExample]));
    }

    private AdaptiveCard UnknownVerb(BotText text)
    {
        LogUnknownVerb(logger);
        return NoticeCardBuilder.Build(text, BotTextKey.ExpiredCardTitle, text[BotTextKey.ExpiredCardBody]);
    }

    private AdaptiveCard Answer(string what, AdaptiveCard card)
    {
        LogAnswered(logger, what, card.Lang);
        return card;
    }

    /// <summary>
    /// The language to answer in: that of the agent's own words when they show it, else the one their command
    /// or the card was in, else Teams' locale.
    /// </summary>
    private BotText UiText(string? agentWords, string? hint, string? locale)
    {
        if (!string.IsNullOrWhiteSpace(agentWords) && languages.Detect(agentWords) is (var detected, true))
        {
            return BotText.For(detected);
        }

        return BotText.For(hint ?? locale);
    }

    private bool IsKnownChannel(string id) => engine.Rules.TryGetChannel(id, out _);

    /// <summary>The draft in a card action's data; null when there is no text. A language other than en or es is detected instead.</summary>
    private static DraftRequest? DraftFromData(CardActionData data)
    {
        if (data.Text?.Trim() is not { Length: > 0 } text)
        {
            return null;
        }

        var channel = string.IsNullOrWhiteSpace(data.Channel) ? ChannelProfile.GenericPublic.Id : data.Channel.Trim().ToLowerInvariant();
        var language = data.Language?.Trim().ToLowerInvariant() is "en" or "es" ? data.Language.Trim().ToLowerInvariant() : null;
        var customer = data.Customer?.Trim() is { Length: > 0 and <= 100 } handle ? handle : null;
        return new DraftRequest(text, channel, language, customer);
    }

    private static bool BotWasAdded(Activity activity) =>
        activity.Recipient?.Id is { Length: > 0 } botId
        && activity.MembersAdded?.Any(m => string.Equals(m.Id, botId, StringComparison.OrdinalIgnoreCase)) == true;

    private static bool Is(string? value, string expected) => string.Equals(value, expected, StringComparison.OrdinalIgnoreCase);

    private async Task SendAsync(Activity inbound, AdaptiveCard card, string? replyToId, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(inbound.ServiceUrl, UriKind.Absolute, out var serviceUrl) || inbound.Conversation?.Id is not { Length: > 0 } conversationId)
        {
            LogCannotReply(logger, inbound.ChannelId, "the activity has no serviceUrl or conversation id", exception: null);
            return;
        }

        var reply = new Activity
        {
            Type = ActivityTypes.Message,
            ChannelId = inbound.ChannelId,
            From = inbound.Recipient,
            Recipient = inbound.From,
            Conversation = inbound.Conversation,
            Locale = card.Lang,
            Attachments = [card.ToAttachment()],
        };

        try
        {
            if (replyToId is { Length: > 0 })
            {
                await connector.ReplyToActivityAsync(serviceUrl, conversationId, replyToId, reply, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                await connector.SendToConversationAsync(serviceUrl, conversationId, reply, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (BotConnectorException e)
        {
            LogCannotReply(logger, inbound.ChannelId, "the connector refused the reply", e);
        }
        catch (UntrustedServiceUrlException e)
        {
            LogCannotReply(logger, inbound.ChannelId, "the service URL is not trusted", e);
        }
        catch (HttpRequestException e)
        {
            LogCannotReply(logger, inbound.ChannelId, "the connector could not be reached", e);
        }
    }

    [LoggerMessage(EventId = 2010, Level = LogLevel.Warning, Message = "Refused a {ActivityType} activity from channel {ChannelId}: commands and decisions come only from Teams users with a Microsoft Entra object id")]
    private static partial void LogOutsideTeams(ILogger logger, string? activityType, string? channelId);

    [LoggerMessage(EventId = 2001, Level = LogLevel.Information, Message = "Did not check a draft from Teams ({Source}): {Reason}")]
    private static partial void LogNotChecked(ILogger logger, string source, string reason);

    [LoggerMessage(EventId = 2002, Level = LogLevel.Information, Message = "Answered with the {Card} card in {UiLanguage}")]
    private static partial void LogAnswered(ILogger logger, string card, string? uiLanguage);

    [LoggerMessage(EventId = 2003, Level = LogLevel.Information, Message = "Sent the welcome card on {ActivityType} to a {ConversationType} conversation in {UiLanguage}")]
    private static partial void LogWelcome(ILogger logger, string? activityType, string? conversationType, string uiLanguage);

    [LoggerMessage(EventId = 2004, Level = LogLevel.Debug, Message = "No welcome card on {ActivityType}: the conversation was welcomed lately or has no id")]
    private static partial void LogWelcomeSkipped(ILogger logger, string? activityType);

    [LoggerMessage(EventId = 2005, Level = LogLevel.Information, Message = "An agent asked for approval; approvals are not enabled, and the card says so")]
    private static partial void LogApprovalNotEnabled(ILogger logger);

    [LoggerMessage(EventId = 2006, Level = LogLevel.Warning, Message = "A card action had a verb this bot never sends; answered that the card is out of date")]
    private static partial void LogUnknownVerb(ILogger logger);

    [LoggerMessage(EventId = 2007, Level = LogLevel.Warning, Message = "An adaptiveCard/action invoke had no readable action; answered 400")]
    private static partial void LogMalformedAction(ILogger logger);

    [LoggerMessage(EventId = 2008, Level = LogLevel.Debug, Message = "Ignored a {ActivityType} activity (name {Name})")]
    private static partial void LogIgnored(ILogger logger, string? activityType, string? name);

    [LoggerMessage(EventId = 2009, Level = LogLevel.Warning, Message = "Could not answer on channel {ChannelId}: {Reason}")]
    private static partial void LogCannotReply(ILogger logger, string? channelId, string reason, Exception? exception);
}
