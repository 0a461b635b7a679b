namespace AgentAssist.Bot.Customers;

/// <summary>A customer in <c>GET /api/v1/customers</c>.</summary>
public sealed record CustomerListItem(string Id, string? Handle, string? PreferredName, string? Language, string? Tier);
