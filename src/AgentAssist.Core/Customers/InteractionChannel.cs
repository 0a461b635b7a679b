namespace AgentAssist.Core.Customers;

/// <summary>The kind of channel an earlier contact happened on. Suggestion templates acknowledge each one.</summary>
public enum InteractionChannel
{
    /// <summary>A phone call.</summary>
    Phone = 0,

    /// <summary>An email.</summary>
    Email = 1,

    /// <summary>Web or in-app chat.</summary>
    Chat = 2,

    /// <summary>A public post or a direct message on a social network.</summary>
    Social = 3,

    /// <summary>A visit to a shop.</summary>
    Store = 4,
}
