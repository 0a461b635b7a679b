namespace AgentAssist.BotFramework;

/// <summary>How the Azure Bot's app registration is set up; decides the outbound token authority.</summary>
public enum BotAppType
{
    /// <summary>Tokens come from the <c>botframework.com</c> tenant.</summary>
    MultiTenant,

    /// <summary>Tokens come from the bot's own tenant (<see cref="BotFrameworkOptions.MicrosoftAppTenantId"/>).</summary>
    SingleTenant,
}
