namespace AgentAssist.Bot.Slack;

/// <summary>The few strings only Slack shows; <see cref="SlackText"/> holds each in English and Spanish. The rest are the Teams bot's <see cref="Teams.BotText"/>.</summary>
internal enum SlackTextKey
{
    ModalCancel,
    ActionEditAndCheck,
    SentToDirectMessage,
    Working,
    CustomerHint,
    ApprovalsNotEnabledInSlack,
}
