namespace AgentAssist.Core.Customers;

/// <summary>An order the customer placed that is not finished yet.</summary>
/// <param name="Number">Order number as the customer sees it (<c>LUM-48213</c>).</param>
/// <param name="Status">Where the order is.</param>
/// <param name="PlacedOn">When it was placed.</param>
/// <param name="Summary">Short description for agents (<c>Aurora desk lamp</c>); never personal data.</param>
public sealed record CustomerOrder(string Number, OrderStatus Status, DateOnly PlacedOn, string? Summary = null);
