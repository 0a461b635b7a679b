using AgentAssist.Core.Customers;

namespace AgentAssist.Bot.Customers;

/// <summary><c>GET /api/v1/customers</c>: the stored customers a person may pick on the try-it page.</summary>
internal static class CustomerEndpoints
{
    public const int MaxListed = 50;

    public static IEndpointRouteBuilder MapCustomerEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGet("/api/v1/customers", ListAsync)
            .WithName("ListCustomers")
            .WithSummary("The first 50 customers of the service's own store, by id, for pickers.")
            .WithDescription("Each with id, handle, preferred name, language and tier; the full profile is used by /api/v1/suggest.");
        return app;
    }

    private static async Task<CustomerListItem[]> ListAsync(ICustomerStore store, CancellationToken cancellationToken) =>
        [.. (await store.ListAsync(MaxListed, cancellationToken)).Select(c => new CustomerListItem(c.Id, c.Context.Handle, c.Context.PreferredName, c.Context.Language, c.Tier))];
}
