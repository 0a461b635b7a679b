namespace AgentAssist.Core.Checking;

/// <summary>Who can read a reply once it is sent.</summary>
public enum ChannelKind
{
    /// <summary>Anyone: a post or comment on X, Facebook, Instagram.</summary>
    Public = 0,

    /// <summary>Only the customer: a direct message, WhatsApp, email.</summary>
    Private = 1,
}
