namespace AgentAssist.BotFramework;

/// <summary>
/// Settings of the Bot Framework channel (section <c>BotFramework</c>). Without
/// <see cref="MicrosoftAppId"/> the endpoint accepts no activity, except in the Development environment, where it
/// runs unauthenticated for loopback callers naming a loopback <c>serviceUrl</c>.
/// </summary>
public sealed class BotFrameworkOptions
{
    public const string SectionName = "BotFramework";

    /// <summary>Application (client) id of the Azure Bot's app registration; the audience of channel tokens.</summary>
    public string? MicrosoftAppId { get; set; }

    /// <summary>Client secret of that app registration; used to get outbound tokens.</summary>
    public string? MicrosoftAppPassword { get; set; }

    /// <summary>Directory (tenant) id; required when <see cref="MicrosoftAppType"/> is <see cref="BotAppType.SingleTenant"/>.</summary>
    public string? MicrosoftAppTenantId { get; set; }

    public BotAppType MicrosoftAppType { get; set; } = BotAppType.MultiTenant;

    /// <summary>OpenID metadata of the Bot Framework channel token issuer.</summary>
    public Uri OpenIdMetadataUrl { get; set; } = new("https://login.botframework.com/v1/.well-known/openidconfiguration");

    /// <summary>Base of the token endpoint: <c>{base}/{botframework.com|tenantId}/oauth2/v2.0/token</c>.</summary>
    public Uri TokenEndpointBase { get; set; } = new("https://login.microsoftonline.com/");

    /// <summary>Attempts per connector call, the first included, when the connector answers 429, 412, 502 or 504.</summary>
    public int ConnectorMaxAttempts { get; set; } = 4;

    /// <summary>First backoff delay when the connector gives no <c>Retry-After</c>; doubles on each retry.</summary>
    public TimeSpan ConnectorRetryBaseDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest wait between two attempts, whatever <c>Retry-After</c> asks for.</summary>
    public TimeSpan ConnectorMaxRetryDelay { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Microsoft Entra tenant ids whose users may use the bot; every activity must come from one of them. Empty lets
    /// any tenant in (a warning at start says so).
    /// </summary>
    public IList<string> AllowedTenants { get; } = [];

    /// <summary>
    /// Hosts, besides the Bot Framework's own (<see cref="BuiltInServiceHosts"/>) and loopback, the bot may call as a
    /// connector: an exact host name, or <c>*.example.com</c> for its subdomains.
    /// </summary>
    public IList<string> TrustedServiceHosts { get; } = [];

    /// <summary>The connector hosts of the Bot Framework's public and government clouds.</summary>
    public static IReadOnlyList<string> BuiltInServiceHosts { get; } =
    [
        "smba.trafficmanager.net",
        "*.botframework.com",
        "*.botframework.us",
        "*.botframework.azure.us",
        "*.teams.microsoft.com",
        "*.teams.microsoft.us",
    ];

    internal bool HasCredentials => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The tenant segment of the token endpoint.</summary>
    internal string TokenAuthority =>
        MicrosoftAppType == BotAppType.SingleTenant ? MicrosoftAppTenantId!.Trim() : "botframework.com";
}
