using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace AgentAssist.Slack.Security;

/// <summary>
/// Slack's request signature (version <c>v0</c>): <c>v0=</c> + hex HMAC-SHA256 of <c>v0:{timestamp}:{raw body}</c> keyed with
/// the app's signing secret, sent in <c>X-Slack-Signature</c> with the timestamp in <c>X-Slack-Request-Timestamp</c>.
/// </summary>
public static class SlackSignature
{
    public const string SignatureHeader = "X-Slack-Signature";

    public const string TimestampHeader = "X-Slack-Request-Timestamp";

    private const string Version = "v0";

    private const int HashHexLength = 64;

    /// <summary>
    /// Checks a request. The timestamp must be within <paramref name="window"/> of <paramref name="now"/> either way (Slack's
    /// rule is 5 minutes; a timestamp from the future is refused too, so a signature cannot be made to last longer), and the
    /// signature is compared in constant time.
    /// </summary>
    public static SlackSignatureStatus Verify(
        string signingSecret, string? timestamp, string? signature, ReadOnlySpan<byte> body, DateTimeOffset now, TimeSpan window)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        if (string.IsNullOrEmpty(timestamp) || string.IsNullOrEmpty(signature))
        {
            return SlackSignatureStatus.Missing;
        }

        if (timestamp.Length > 12 || !long.TryParse(timestamp, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
        {
            return SlackSignatureStatus.MalformedTimestamp;
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > (long)window.TotalSeconds)
        {
            return SlackSignatureStatus.Stale;
        }

        if (signature.Length != Version.Length + 1 + HashHexLength || !signature.StartsWith(Version + "=", StringComparison.Ordinal))
        {
            return SlackSignatureStatus.MalformedSignature;
        }

        Span<byte> given = stackalloc byte[HashHexLength / 2];
        if (!TryParseLowerHex(signature.AsSpan(Version.Length + 1), given))
        {
            return SlackSignatureStatus.MalformedSignature;
        }

        Span<byte> expected = stackalloc byte[HashHexLength / 2];
        Compute(signingSecret, timestamp, body, expected);
        return CryptographicOperations.FixedTimeEquals(given, expected) ? SlackSignatureStatus.Valid : SlackSignatureStatus.Mismatch;
    }

    /// <summary>The <c>X-Slack-Signature</c> value for a body sent at <paramref name="timestamp"/> (Unix seconds).</summary>
    public static string Sign(string signingSecret, string timestamp, ReadOnlySpan<byte> body)
    {
        ArgumentException.ThrowIfNullOrEmpty(signingSecret);
        ArgumentNullException.ThrowIfNull(timestamp);
        Span<byte> hash = stackalloc byte[HashHexLength / 2];
        Compute(signingSecret, timestamp, body, hash);
        return Version + "=" + Convert.ToHexStringLower(hash);
    }

    private static void Compute(string signingSecret, string timestamp, ReadOnlySpan<byte> body, Span<byte> hash)
    {
        var prefix = Encoding.UTF8.GetBytes(Version + ":" + timestamp + ":");
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, Encoding.UTF8.GetBytes(signingSecret));
        hmac.AppendData(prefix);
        hmac.AppendData(body);
        hmac.GetHashAndReset(hash);
    }

    /// <summary>Slack sends lower-case hex; anything else is not a signature Slack made.</summary>
    private static bool TryParseLowerHex(ReadOnlySpan<char> hex, Span<byte> bytes)
    {
        for (var i = 0; i < bytes.Length; i++)
        {
            var high = Nibble(hex[2 * i]);
            var low = Nibble(hex[(2 * i) + 1]);
            if (high < 0 || low < 0)
            {
                return false;
            }

            bytes[i] = (byte)((high << 4) | low);
        }

        return true;
    }

    private static int Nibble(char c) => c switch
    {
        >= '0' and <= '9' => c - '0',
        >= 'a' and <= 'f' => c - 'a' + 10,
        _ => -1,
    };
}
