using Microsoft.Extensions.Http.Logging;

namespace AgentAssist.Bot.Security;

/// <summary>
/// Logs every outgoing HTTP call by method, scheme, host, status and time only. HttpClient's default logging writes
/// the full URL, and the CRM's carries the customer's handle (often an email address); a path or query is never logged.
/// </summary>
internal sealed partial class HostOnlyHttpClientLogger(ILogger<HostOnlyHttpClientLogger> logger) : IHttpClientLogger
{
    public object? LogRequestStart(HttpRequestMessage request) => null;

    public void LogRequestStop(object? context, HttpRequestMessage request, HttpResponseMessage response, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(response);
        var origin = Origin(request);
        LogCall(logger, request.Method, origin, (int)response.StatusCode, elapsed.TotalMilliseconds);
    }

    public void LogRequestFailed(object? context, HttpRequestMessage request, HttpResponseMessage? response, Exception exception, TimeSpan elapsed)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(exception);
        var origin = Origin(request);
        var error = exception.GetType().Name;
        LogFailed(logger, request.Method, origin, error, elapsed.TotalMilliseconds);
    }

    private static string Origin(HttpRequestMessage request) =>
        request.RequestUri is { IsAbsoluteUri: true } uri ? uri.GetLeftPart(UriPartial.Authority) : "(relative)";

    [LoggerMessage(EventId = 2400, Level = LogLevel.Debug, Message = "HTTP {Method} to {Origin} answered {StatusCode} in {ElapsedMs} ms")]
    private static partial void LogCall(ILogger logger, HttpMethod method, string origin, int statusCode, double elapsedMs);

    [LoggerMessage(EventId = 2401, Level = LogLevel.Warning, Message = "HTTP {Method} to {Origin} failed ({Error}) after {ElapsedMs} ms")]
    private static partial void LogFailed(ILogger logger, HttpMethod method, string origin, string error, double elapsedMs);
}
