using System.Globalization;
using AgentAssist.BotFramework.Cards;
using AgentAssist.BotFramework.Connector;
using AgentAssist.BotFramework.Schema;
using AgentAssist.Core.Approvals;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Approvals;

/// <summary>
/// Sends the outbox's Teams messages through the connector: posts approval cards and remembers where they are, updates
/// them in place after a decision, tells the agent. A message is leased while it is sent; a 429, a 5xx or an unreachable
/// channel puts it back with backoff (the store's policy, at least the channel's Retry-After), and one that never gets
/// through is dead-lettered. Messages left by a crashed instance are sent when their lease runs out.
/// </summary>
internal sealed partial class TeamsOutboxDispatcher(
    IOutbox outbox,
    IApprovalStore store,
    ApprovalCards cards,
    BotConnectorClient connector,
    OutboxSignal signal,
    TrustedServiceUrlRegistry trustedServiceUrls,
    IOptions<TeamsApprovalOptions> options,
    TimeProvider time,
    ILogger<TeamsOutboxDispatcher> logger) : BackgroundService
{
    private const int BatchSize = 16;

    private readonly string _owner = string.Create(CultureInfo.InvariantCulture, $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.Enabled)
        {
            return;
        }

        // The bot posts to the configured conversations on its own, before anyone there wrote to it: their service URLs
        // are trusted with the bot's token because an administrator configured them.
        foreach (var team in options.Value.Teams.Values)
        {
            foreach (var conversation in new[] { team.Conversation, team.EscalationConversation })
            {
                if (conversation.ServiceUrl is { } url)
                {
                    trustedServiceUrls.Trust(url);
                }
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            int sent;
            try
            {
                sent = await DispatchOnceAsync(stoppingToken).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                // The store is unreachable (database restarting): try again at the next poll.
                LogStoreFailed(logger, e);
                sent = 0;
            }

            if (sent == 0)
            {
                try
                {
                    await signal.WaitAsync(options.Value.OutboxPollInterval, time, stoppingToken).ConfigureAwait(false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>Claims the due messages and sends each; returns how many were claimed.</summary>
    internal async Task<int> DispatchOnceAsync(CancellationToken cancellationToken)
    {
        var claimed = await outbox.ClaimAsync(_owner, BatchSize, options.Value.OutboxLease, cancellationToken).ConfigureAwait(false);
        foreach (var message in claimed)
        {
            await DeliverOneAsync(message, cancellationToken).ConfigureAwait(false);
        }

        return claimed.Count;
    }

    private async Task DeliverOneAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        string? failure = null;
        try
        {
            await SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        catch (BotConnectorException e)
        {
            failure = e.StatusCode is { } status
                ? string.Create(CultureInfo.InvariantCulture, $"HTTP {(int)status} {e.ErrorCode}").Trim()
                : "connector error";
        }
        catch (HttpRequestException e)
        {
            failure = "unreachable: " + (e.HttpRequestError.ToString());
        }
        catch (UntrustedServiceUrlException)
        {
            failure = "service URL not trusted";
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            failure = "timed out";
        }

        if (failure is null)
        {
            if (await outbox.MarkDeliveredAsync(message.Id, _owner, CancellationToken.None).ConfigureAwait(false))
            {
                LogDelivered(logger, message.Kind, message.CorrelationId, message.Attempts);
            }

            return;
        }

        var result = await outbox.MarkFailedAsync(message.Id, _owner, failure, retryAfter: null, CancellationToken.None).ConfigureAwait(false);
        if (result.State == OutboxMessageState.DeadLettered)
        {
            LogDeadLettered(logger, message.Kind, message.CorrelationId, message.Attempts, failure);
        }
        else
        {
            LogWillRetry(logger, message.Kind, message.CorrelationId, message.Attempts, failure, result.NextAttemptAt);
        }
    }

    private async Task SendAsync(OutboxMessage message, CancellationToken cancellationToken)
    {
        if (TeamsOutboxPayload.Read(message.Payload) is not { } payload)
        {
            LogUnreadable(logger, message.Kind, message.Id);
            return;
        }

        var request = await store.GetAsync(payload.RequestId, cancellationToken).ConfigureAwait(false);
        if (request is null)
        {
            LogUnreadable(logger, message.Kind, message.Id);
            return;
        }

        switch (message.Kind)
        {
            case TeamsOutboxKinds.PostCard:
                await PostCardAsync(request, payload, cancellationToken).ConfigureAwait(false);
                break;
            case TeamsOutboxKinds.UpdateCards:
                await UpdateCardsAsync(request, cancellationToken).ConfigureAwait(false);
                break;
            case TeamsOutboxKinds.NotifyAgent:
                await NotifyAgentAsync(request, cancellationToken).ConfigureAwait(false);
                break;
            default:
                LogUnreadable(logger, message.Kind, message.Id);
                break;
        }
    }

    private async Task PostCardAsync(ApprovalRequest request, TeamsOutboxPayload payload, CancellationToken cancellationToken)
    {
        if (payload.Notice != ApprovalNotice.None && !request.IsPending)
        {
            // Decided before the reminder or escalation went out: nobody needs it any more.
            return;
        }

        if (cards.Conversation(request.TeamId, payload.Role) is not { ServiceUrl: { } serviceUrl, ConversationId: { Length: > 0 } conversationId } conversation)
        {
            LogNoConversation(logger, request.TeamId);
            return;
        }

        var card = cards.ForConversation(request, payload.Role, payload.Notice);
        var posted = await connector.SendToConversationAsync(serviceUrl, conversationId, Activity(conversationId, conversation.TenantId, card), cancellationToken).ConfigureAwait(false);
        if (posted.Id is { Length: > 0 } activityId)
        {
            await store.AddCardReferenceAsync(request.Id, new ApprovalCardReference(payload.Role, conversationId, activityId, serviceUrl.ToString()), cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task UpdateCardsAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        foreach (var reference in await store.ListCardReferencesAsync(request.Id, cancellationToken).ConfigureAwait(false))
        {
            if (!Uri.TryCreate(reference.ServiceUrl, UriKind.Absolute, out var serviceUrl))
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
    }

    private async Task NotifyAgentAsync(ApprovalRequest request, CancellationToken cancellationToken)
    {
        var references = await store.ListCardReferencesAsync(request.Id, cancellationToken).ConfigureAwait(false);
        if (references.FirstOrDefault(r => r.Role == ApprovalCardRole.Agent) is not { } agentCard
            || !Uri.TryCreate(agentCard.ServiceUrl, UriKind.Absolute, out var serviceUrl))
        {
            LogNoAgentConversation(logger, request.Id);
            return;
        }

        // A new message rather than only the update of the agent's card, so that Teams notifies the agent.
        var activity = Activity(agentCard.ConversationId, null, cards.ForAgent(request));
        await connector.SendToConversationAsync(serviceUrl, agentCard.ConversationId, activity, cancellationToken).ConfigureAwait(false);
    }

    private static Activity Activity(string conversationId, string? tenantId, AdaptiveCard card) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = "msteams",
        Conversation = new ConversationAccount { Id = conversationId, TenantId = tenantId },
        Locale = card.Lang,
        Attachments = [card.ToAttachment()],
    };

    [LoggerMessage(EventId = 2200, Level = LogLevel.Information, Message = "Sent outbox message {Kind} for approval {RequestId} (attempt {Attempt})")]
    private static partial void LogDelivered(ILogger logger, string kind, string? requestId, int attempt);

    [LoggerMessage(EventId = 2201, Level = LogLevel.Warning, Message = "Outbox message {Kind} for approval {RequestId} failed on attempt {Attempt} ({Error}); next attempt at {NextAttemptAt}")]
    private static partial void LogWillRetry(ILogger logger, string kind, string? requestId, int attempt, string error, DateTimeOffset? nextAttemptAt);

    [LoggerMessage(EventId = 2202, Level = LogLevel.Error, Message = "Outbox message {Kind} for approval {RequestId} failed on attempt {Attempt} ({Error}) and was dead-lettered")]
    private static partial void LogDeadLettered(ILogger logger, string kind, string? requestId, int attempt, string error);

    [LoggerMessage(EventId = 2203, Level = LogLevel.Warning, Message = "Dropped outbox message {Kind} {MessageId}: its payload or request cannot be read")]
    private static partial void LogUnreadable(ILogger logger, string kind, string messageId);

    [LoggerMessage(EventId = 2204, Level = LogLevel.Warning, Message = "Team {TeamId} has no conversation configured; its approval card was not posted")]
    private static partial void LogNoConversation(ILogger logger, string teamId);

    [LoggerMessage(EventId = 2205, Level = LogLevel.Information, Message = "Approval {RequestId} has no agent card to answer under; the agent was not messaged")]
    private static partial void LogNoAgentConversation(ILogger logger, string requestId);

    [LoggerMessage(EventId = 2206, Level = LogLevel.Error, Message = "The outbox could not be read; retrying at the next poll")]
    private static partial void LogStoreFailed(ILogger logger, Exception exception);
}
