namespace AgentAssist.BotFramework;

/// <summary>
/// Settings of the Bot Framework channel (section <c>BotFramework</c>). Without
/// <see cref="MicrosoftAppId"/> the endpoint runs unauthenticated and accepts only loopback traffic.
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

    internal bool HasCredentials => !string.IsNullOrWhiteSpace(MicrosoftAppId);

    /// <summary>The tenant segment of the token endpoint.</summary>
    internal string TokenAuthority =>
        MicrosoftAppType == BotAppType.SingleTenant ? MicrosoftAppTenantId!.Trim() : "botframework.com";
}
