using AgentAssist.Slack.Security;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;

namespace AgentAssist.Slack.Hosting;

/// <summary>
/// Reads a request from Slack as the raw bytes it was signed over and checks the signature, before anything parses it.
/// A body over <see cref="MaxBodyBytes"/> is refused unread (Slack's payloads are a few KB; a modal with a long draft well under this).
/// </summary>
public sealed class SlackRequestReader(IOptions<SlackOptions> options, TimeProvider time)
{
    public const int MaxBodyBytes = 256 * 1024;

    public async Task<SlackRequestReadResult> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return SlackRequestReadResult.Refused(SlackSignatureStatus.Missing);
        }

        if (request.ContentLength > MaxBodyBytes)
        {
            return SlackRequestReadResult.TooLarge();
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes)
            {
                return SlackRequestReadResult.TooLarge();
            }

            buffer.Write(chunk, 0, read);
        }

        var body = buffer.ToArray();
        var status = SlackSignature.Verify(
            settings.SigningSecret!,
            request.Headers[SlackSignature.TimestampHeader].ToString(),
            request.Headers[SlackSignature.SignatureHeader].ToString(),
            body,
            time.GetUtcNow(),
            settings.SignatureWindow);
        return new SlackRequestReadResult(status, body, false);
    }
}
