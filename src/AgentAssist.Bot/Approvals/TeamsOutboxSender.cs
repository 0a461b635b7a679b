using System.Globalization;
using AgentAssist.Bot.Outbox;
using AgentAssist.BotFramework.Cards;
using AgentAssist.BotFramework.Connector;
using AgentAssist.BotFramework.Schema;
using AgentAssist.Core.Approvals;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Approvals;

/// <summary>
/// Sends the outbox's Teams messages through the connector: posts approval cards (the dispatcher records where they
/// are with the delivery), updates them in place after a decision, tells the agent. Service URLs come from the
/// configuration or from card references stored from authenticated activities, so they are trusted on every instance,
/// also after a restart and on an instance the agent never wrote to.
/// </summary>
internal sealed partial class TeamsOutboxSender(
    IApprovalStore store,
    ApprovalCards cards,
    BotConnectorClient connector,
    TrustedServiceUrlRegistry trustedServiceUrls,
    IOptions<TeamsApprovalOptions> options,
    ILogger<TeamsOutboxSender> logger) : IOutboxSender
{
    private static readonly string[] SentKinds = [TeamsOutboxKinds.PostCard, TeamsOutboxKinds.UpdateCards, TeamsOutboxKinds.NotifyAgent];

    public IReadOnlyCollection<string> Kinds => SentKinds;

    public bool Enabled => options.Value.Enabled;

    public async Task<OutboxSendResult> SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (TeamsOutboxPayload.Read(message.Payload) is not { } payload
            || await store.GetAsync(payload.RequestId, cancellationToken).ConfigureAwait(false) is not { } request)
        {
            LogUnreadable(logger, message.Kind, message.Id);
            return OutboxSendResult.Done;
        }

        try
        {
            return message.Kind switch
            {
                TeamsOutboxKinds.PostCard => await PostCardAsync(request, payload, cancellationToken).ConfigureAwait(false),
                TeamsOutboxKinds.UpdateCards => await UpdateCardsAsync(request, cancellationToken).ConfigureAwait(false),
                TeamsOutboxKinds.NotifyAgent => await NotifyAgentAsync(request, cancellationToken).ConfigureAwait(false),
                _ => OutboxSendResult.Failed("unknown Teams message kind"),
            };
        }
        catch (BotConnectorException e)
        {
            var failure = e.StatusCode is { } status
                ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status} {e.ErrorCode}").Trim()
                : "connector error";
            return OutboxSendResult.Failed(failure, e.RetryAfter);
        }
        catch (HttpRequestException e)
        {
            return OutboxSendResult.Failed("unreachable: " + e.HttpRequestError);
        }
        catch (UntrustedServiceUrlException)
        {
            return OutboxSendResult.Failed("service URL not trusted");
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return OutboxSendResult.Failed("timed out");
        }
    }

    private async Task<OutboxSendResult> PostCardAsync(ApprovalRequest request, TeamsOutboxPayload payload, CancellationToken cancellationToken)
    {
        if (payload.Notice != ApprovalNotice.None && !request.IsPending)
        {
            // Decided before the reminder or escalation went out: nobody needs it any more.
            return OutboxSendResult.Done;
        }

        if (cards.Conversation(request.TeamId, payload.Role) is not { ServiceUrl: { } serviceUrl, ConversationId: { Length: > 0 } conversationId } conversation)
        {
            LogNoConversation(logger, request.TeamId);
            return OutboxSendResult.Done;
        }

        // The bot posts to the configured conversations on its own, before anyone there wrote to it: their service URLs
        // are trusted with the bot's token because an administrator configured them.
        trustedServiceUrls.Trust(serviceUrl);
        var card = cards.ForConversation(request, payload.Role, payload.Notice);
        var posted = await connector.SendToConversationAsync(serviceUrl, conversationId, Activity(conversationId, conversation.TenantId, card), cancellationToken).ConfigureAwait(false);
        return posted.Id is { Length: > 0 } activityId
            ? OutboxSendResult.Posted(new ApprovalCardReference(payload.Role, conversationId, activityId, serviceUrl.ToString()))
            : OutboxSendResult.Done;
    }

    private async Task<OutboxSendResult> UpdateCardsAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        foreach (var reference in await store.ListCardReferencesAsync(request.Id, cancellationToken).ConfigureAwait(false))
        {
            if (StoredServiceUrl(reference) is not { } serviceUrl)
            {
                continue;
            }

            AdaptiveCard card;
            string? tenant;
            if (reference.Role == ApprovalCardRole.Agent)
            {
                card = cards.ForAgent(request);
                tenant = null;
            }
            else
            {
                card = cards.ForConversation(request, reference.Role, ApprovalNotice.None);
                tenant = cards.Conversation(request.TeamId, reference.Role)?.TenantId;
            }

            var update = Activity(reference.ConversationId, tenant, card) with { Id = reference.ActivityId };
            await connector.UpdateActivityAsync(serviceUrl, reference.ConversationId, reference.ActivityId, update, cancellationToken).ConfigureAwait(false);
        }

        return OutboxSendResult.Done;
    }

    private async Task<OutboxSendResult> NotifyAgentAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        var references = await store.ListCardReferencesAsync(request.Id, cancellationToken).ConfigureAwait(false);
        if (references.FirstOrDefault(r => r.Role == ApprovalCardRole.Agent) is not { } agentCard
            || StoredServiceUrl(agentCard) is not { } serviceUrl)
        {
            LogNoAgentConversation(logger, request.Id);
            return OutboxSendResult.Done;
        }

        // A new message rather than only the update of the agent's card, so that Teams notifies the agent.
        var activity = Activity(agentCard.ConversationId, null, cards.ForAgent(request));
        await connector.SendToConversationAsync(serviceUrl, agentCard.ConversationId, activity, cancellationToken).ConfigureAwait(false);
        return OutboxSendResult.Done;
    }

    /// <summary>
    /// The service URL of a stored card, trusted: card references are stored only from an authenticated activity (the
    /// agent's invoke, whose token named its service URL) or from the configured conversations, so the stored URL is as
    /// trustworthy as when it was seen, whichever instance sends and however long ago it was stored.
    /// </summary>
    private Uri? StoredServiceUrl(ApprovalCardReference reference)
    {
        if (!Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            return null;
        }

        trustedServiceUrls.Trust(serviceUrl);
        return serviceUrl;
    }

    private static Activity Activity(string conversationId, string? tenantId, AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversationId, TenantId = tenantId },
        Locale = card.Lang,
        Attachments = [card.ToAttachment()],
    };

    [LoggerMessage(EventId = 2203, Level = LogLevel.Warning, Message = "Dropped outbox message {Kind} {MessageId}: its payload or request cannot be read")]
    private static partial void LogUnreadable(ILogger logger, string kind, string messageId);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning, Message = "Team {TeamId} has no conversation configured; its approval card was not posted")]
    private static partial void LogNoConversation(ILogger logger, string teamId);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Information, Message = "Approval {RequestId} has no agent card to answer under; the agent was not messaged")]
    private static partial void LogNoAgentConversation(ILogger logger, string requestId);
}
