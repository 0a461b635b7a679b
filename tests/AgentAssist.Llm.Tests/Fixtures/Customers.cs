using AgentAssist.Core.Customers;

namespace AgentAssist.Llm.Tests.Fixtures;

/// <summary>Customers with personal data the tests make sure never reaches the model.</summary>
internal static class Customers
{
    public const string Email = "maria.garcia@example.com";
    public const string Phone = "+34 612 345 678";
    public const string Order = "LUM-48213";

    public static CustomerProfile Maria { get; } = new("C-1001", new CustomerContext("@maria_g", "María García", "María", "es", "ES")
    {
        SharedIdentifiers = [Email, Order],
    })
    {
        Tier = "premium",
        OpenOrders = [new CustomerOrder(Order, OrderStatus.Delayed, new DateOnly(2026, 11, 20), "Aurora desk lamp")],
        OpenCases = [new CustomerCase("CS-2207", "Lamp flickers", new DateOnly(2026, 11, 25))],
        RecentInteractions = [new CustomerInteraction(InteractionChannel.Phone, new DateTimeOffset(2026, 11, 28, 10, 0, 0, TimeSpan.Zero), "Asked about the delivery date", InteractionOutcome.Pending)],
    };

    public static CustomerProfile Sam { get; } = new("C-2002", new CustomerContext("@samwise", "Sam Carter", "Sam", "en", "US")
    {
        SharedIdentifiers = [Order],
    })
    {
        OpenOrders = [new CustomerOrder(Order, OrderStatus.Shipped, new DateOnly(2026, 11, 20), "Aurora desk lamp")],
    };
}
