namespace AgentAssist.Core.Customers;

/// <summary>Where an open order is. Suggestion templates have one acknowledgement per status.</summary>
public enum OrderStatus
{
    /// <summary>Placed, not shipped yet.</summary>
    Processing = 0,

    /// <summary>On its way.</summary>
    Shipped = 1,

    /// <summary>Later than promised.</summary>
    Delayed = 2,

    /// <summary>Delivered, with something still to settle (a return, a missing part).</summary>
    Delivered = 3,

    /// <summary>Being returned or refunded.</summary>
    Returning = 4,
}
