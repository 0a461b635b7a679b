using System.Net;
using AgentAssist.Core.Customers;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Customers;

/// <summary>
/// Asks the brand's CRM for a customer: GET on the configured URL template, with the configured headers and API key,
/// expecting one customer in the JSON shape of docs/customers.md. 404 is "no such customer". Errors, time-outs and
/// unusable answers are logged (status and kind only, never the handle or the answer) and also give
/// <see langword="null"/>: a suggestion without context is better than none.
/// </summary>
public sealed partial class HttpCustomerContextProvider : ICustomerContextProvider
{
    /// <summary>Largest answer read, in bytes.</summary>
    public const int MaxAnswerBytes = 1024 * 1024;

    private readonly HttpClient _http;
    private readonly CrmOptions _options;
    private readonly ILogger<HttpCustomerContextProvider> _logger;

    public HttpCustomerContextProvider(HttpClient http, IOptions<CustomerContextOptions> options, ILogger<HttpCustomerContextProvider> logger)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(logger);
        _http = http;
        _options = options.Value.Crm;
        _logger = logger;
    }

    public async ValueTask<CustomerProfile?> FindAsync(string handleOrId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(handleOrId);
        var key = handleOrId.Trim().TrimStart('@');
        if (key.Length == 0)
        {
            return null;
        }

        using var request = new HttpRequestMessage(HttpMethod.Get, _options.UrlTemplate!.Replace("{handle}", Uri.EscapeDataString(key), StringComparison.Ordinal));
        request.Headers.Accept.ParseAdd("application/json");
        foreach (var (name, value) in _options.Headers)
        {
            request.Headers.TryAddWithoutValidation(name, value);
        }

        if (!string.IsNullOrEmpty(_options.ApiKey))
        {
            request.Headers.TryAddWithoutValidation(_options.ApiKeyHeader, _options.ApiKey);
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(_options.Timeout);
        try
        {
            using var response = await _http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, timeout.Token).ConfigureAwait(false);
            if (response.StatusCode == HttpStatusCode.NotFound)
            {
                return null;
            }

            if (!response.IsSuccessStatusCode)
            {
                LogCrmStatus(_logger, (int)response.StatusCode);
                return null;
            }

            if (response.Content.Headers.ContentLength > MaxAnswerBytes)
            {
                LogCrmUnusable(_logger, "the answer is larger than 1 MiB");
                return null;
            }

            var body = await response.Content.ReadAsByteArrayAsync(timeout.Token).ConfigureAwait(false);
            if (body.Length > MaxAnswerBytes)
            {
                LogCrmUnusable(_logger, "the answer is larger than 1 MiB");
                return null;
            }

            var customer = CustomerJson.ReadCustomer(body, out _);
            if (customer is null)
            {
                // The problem text can quote ids and handles from the answer, so only its kind is logged.
                LogCrmUnusable(_logger, "the answer is not a customer in the documented JSON shape");
            }

            return customer;
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            LogCrmTimeout(_logger, _options.Timeout.TotalMilliseconds);
            return null;
        }
        catch (HttpRequestException e)
        {
            LogCrmUnreachable(_logger, e.HttpRequestError);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "The CRM answered {StatusCode}; suggesting without customer context")]
    private static partial void LogCrmStatus(ILogger logger, int statusCode);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The CRM's answer was not used: {Problem}")]
    private static partial void LogCrmUnusable(ILogger logger, string problem);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The CRM did not answer within {TimeoutMs} ms; suggesting without customer context")]
    private static partial void LogCrmTimeout(ILogger logger, double timeoutMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The CRM could not be reached ({Error}); suggesting without customer context")]
    private static partial void LogCrmUnreachable(ILogger logger, HttpRequestError error);
}
