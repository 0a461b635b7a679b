using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Audit;

/// <summary>
/// Lets a request to an admin endpoint through only with the configured key in <see cref="AdminOptions.KeyHeader"/>;
/// without a configured key the endpoints do not exist (404, with how to enable them).
/// </summary>
internal sealed partial class AdminKeyFilter(IOptions<AdminOptions> options, ILogger<AdminKeyFilter> logger) : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        if (options.Value.ApiKey is not { Length: > 0 } expected)
        {
            return TypedResults.Problem(
                statusCode: StatusCodes.Status404NotFound,
                title: "The admin endpoints are not enabled",
                detail: $"Set Admin:ApiKey (environment variable Admin__ApiKey, at least {AdminOptions.MinKeyLength} characters) and send it in the {AdminOptions.KeyHeader} header.");
        }

        var sent = context.HttpContext.Request.Headers[AdminOptions.KeyHeader].ToString();
        if (!KeysMatch(sent, expected))
        {
            LogRefused(logger, context.HttpContext.Request.Path, sent.Length == 0 ? "no key" : "wrong key");
            context.HttpContext.Response.Headers.WWWAuthenticate = AdminOptions.KeyHeader;
            return TypedResults.Problem(
                statusCode: StatusCodes.Status401Unauthorized,
                title: "Admin key missing or wrong",
                detail: $"Send the key configured in Admin:ApiKey in the {AdminOptions.KeyHeader} header.");
        }

        return await next(context).ConfigureAwait(false);
    }

    /// <summary>Compares hashes in constant time, so neither the content nor the length of the key leaks through timing.</summary>
    internal static bool KeysMatch(string sent, string expected)
    {
        Span<byte> a = stackalloc byte[SHA256.HashSizeInBytes];
        Span<byte> b = stackalloc byte[SHA256.HashSizeInBytes];
        SHA256.HashData(Encoding.UTF8.GetBytes(sent), a);
        SHA256.HashData(Encoding.UTF8.GetBytes(expected), b);
        return CryptographicOperations.FixedTimeEquals(a, b) && sent.Length > 0;
    }

    [LoggerMessage(EventId = 2300, Level = LogLevel.Warning, Message = "Refused an admin request to {Path}: {Reason}")]
    private static partial void LogRefused(ILogger logger, PathString path, string reason);
}
