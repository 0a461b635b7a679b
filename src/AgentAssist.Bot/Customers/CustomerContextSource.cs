namespace AgentAssist.Bot.Customers;

/// <summary>Where customer context comes from.</summary>
public enum CustomerContextSource
{
    /// <summary>The service's own customer store (the Storage settings), filled with <c>agentassist customers import</c>.</summary>
    Store = 0,

    /// <summary>The brand's CRM, over HTTP (<see cref="CrmOptions"/>).</summary>
    Crm = 1,
}
