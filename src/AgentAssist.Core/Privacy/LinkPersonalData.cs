namespace AgentAssist.Core.Privacy;

/// <summary>
/// Whether a link carries personal data: an email address, or a token, session or account id in its path or query.
/// A link to a public page (a regulator, a carrier's status page) is not personal data, however it is written.
/// </summary>
public static class LinkPersonalData
{
    private static readonly string[] PersonalKeys =
    [
        "u", "token", "access_token", "auth", "key", "apikey", "api_key", "sig", "signature", "session", "sessionid", "sid",
        "email", "mail", "e-mail", "user", "userid", "user_id", "uid", "account", "accountid", "account_id", "acct",
        "customer", "customerid", "customer_id", "phone", "tel", "msisdn", "iban", "dni", "nif", "pwd", "password", "code", "otp",
    ];

    public static bool Carries(ReadOnlySpan<char> link)
    {
        var scheme = link.IndexOf("://", StringComparison.Ordinal);
        var rest = scheme >= 0 ? link[(scheme + 3)..] : link;
        var slash = rest.IndexOfAny('/', '?', '#');
        var host = slash >= 0 ? rest[..slash] : rest;
        if (host.Contains('@'))
        {
            return true;
        }

        var tail = slash >= 0 ? rest[slash..] : [];
        if (tail.Contains('@') || tail.Contains("%40", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }

        var query = tail.IndexOf('?');
        if (query >= 0)
        {
            foreach (var range in tail[(query + 1)..].SplitAny('&', ';', '#'))
            {
                var pair = tail[(query + 1)..][range];
                var equals = pair.IndexOf('=');
                var key = equals >= 0 ? pair[..equals] : pair;
                foreach (var personal in PersonalKeys)
                {
                    if (key.Equals(personal, StringComparison.OrdinalIgnoreCase))
                    {
                        return true;
                    }
                }
            }
        }

        foreach (var range in (query >= 0 ? tail[..query] : tail).SplitAny('/', '?', '#', '&', '=', '.', '_', '-'))
        {
            if (IsOpaqueId(tail[range]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A segment of at least eight digits (an account number) or twenty letters and digits mixed (a token).</summary>
    private static bool IsOpaqueId(ReadOnlySpan<char> segment)
    {
        var digits = 0;
        var letters = 0;
        foreach (var c in segment)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (char.IsAsciiLetter(c))
            {
                letters++;
            }
            else
            {
                return false;
            }
        }

        return (letters == 0 && digits >= 8) || (digits >= 2 && letters >= 2 && segment.Length >= 20);
    }
}
