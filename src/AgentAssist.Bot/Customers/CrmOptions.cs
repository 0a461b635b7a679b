namespace AgentAssist.Bot.Customers;

/// <summary>How to ask the brand's CRM for a customer (section <c>Customers:Crm</c>).</summary>
public sealed class CrmOptions
{
    /// <summary>
    /// The URL to GET, with <c>{handle}</c> where the customer's handle or id goes (without <c>@</c>, URL-encoded), for
    /// example <c>https://crm.example/api/customers/{handle}</c>. The CRM answers 200 with one customer in the JSON
    /// shape of docs/customers.md, or 404.
    /// </summary>
    public string? UrlTemplate { get; set; }

    /// <summary>The header that carries <see cref="ApiKey"/>; default <c>Authorization</c> (send <c>Bearer …</c> as the key then).</summary>
    public string ApiKeyHeader { get; set; } = "Authorization";

    /// <summary>The API key or token; keep it in an environment variable (<c>Customers__Crm__ApiKey</c>), not in appsettings.</summary>
    public string? ApiKey { get; set; }

    /// <summary>Other headers to send on every request.</summary>
    public Dictionary<string, string> Headers { get; set; } = [];

    /// <summary>How long to wait for the CRM before suggesting without context. Default 2 seconds.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(2);
}
