using Microsoft.IdentityModel.Protocols;

namespace AgentAssist.BotFramework.Authentication;

/// <summary>
/// Fetches OpenID metadata and key sets through <see cref="IHttpClientFactory"/>; https only,
/// except plain http on loopback so tests can run a local channel.
/// </summary>
internal sealed class HttpClientDocumentRetriever(IHttpClientFactory httpClientFactory) : IDocumentRetriever
{
    public const string HttpClientName = "AgentAssist.BotFramework.OpenIdMetadata";

    public async Task<string> GetDocumentAsync(string address, CancellationToken cancel)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || !BotFrameworkOptionsValidator.IsHttpsOrLoopbackHttp(uri))
        {
            throw new InvalidOperationException($"Refusing to load signing keys from '{address}': it must be an absolute https URL.");
        }

        var client = httpClientFactory.CreateClient(HttpClientName);
        using var response = await client.GetAsync(uri, cancel).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        return await response.Content.ReadAsStringAsync(cancel).ConfigureAwait(false);
    }
}
