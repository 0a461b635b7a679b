namespace AgentAssist.Core.Privacy;

/// <summary>What the privacy rule does with personal data in one kind of channel.</summary>
public enum PrivacyAction
{
    /// <summary>Let it through.</summary>
    Allow,

    /// <summary>Mention it; the reply may go out.</summary>
    Info,

    /// <summary>Warn the agent; the reply may go out.</summary>
    Warn,

    /// <summary>Only with a supervisor's approval.</summary>
    Approval,

    /// <summary>The reply must not go out with it.</summary>
    Block,
}
