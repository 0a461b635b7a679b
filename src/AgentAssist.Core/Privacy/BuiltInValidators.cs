using System.Buffers;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Privacy;

/// <summary>The validator hooks of the built-in recognizers: checksums and rules that reject what only looks right.</summary>
internal static class BuiltInValidators
{
    private static readonly SearchValues<char> StreetNumberStart = SearchValues.Create("0123456789#");

    private static readonly SearchValues<char> AsciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");

    /// <summary>Score of a Luhn-valid number with a card network's prefix and length.</summary>
    public const double CardWithIssuer = 0.8;

    public static double? CreditCard(string text, TextSpan span, double score)
    {
        Span<char> digits = stackalloc char[19];
        var count = Digits(text.AsSpan(span.Start, span.Length), digits);
        var number = digits[..count];
        if (!Luhn.IsValid(number) || IsOneDigit(number))
        {
            return null;
        }

        var value = text.AsSpan(span.Start, span.Length);
        return CardNumberRules.HasIssuerPrefix(number) && CardNumberRules.IsCardGrouping(value) ? Math.Max(score, CardWithIssuer) : score;
    }

    public static double? Iban(string text, TextSpan span, double score) =>
        IbanChecksum.IsValid(text.AsSpan(span.Start, span.Length)) ? 1.0 : null;

    public static double? Dni(string text, TextSpan span, double score)
    {
        var value = text.AsSpan(span.Start, span.Length);
        return SpanishIdChecksum.IsValidDni(value) && !IsDetachedLowerCaseLetter(value) ? 1.0 : null;
    }

    public static double? Nie(string text, TextSpan span, double score)
    {
        var value = text.AsSpan(span.Start, span.Length);
        return SpanishIdChecksum.IsValidNie(value) && !IsDetachedLowerCaseLetter(value) ? 1.0 : null;
    }

    public static double? UsSsn(string text, TextSpan span, double score) =>
        UsSsnRules.IsValid(text.AsSpan(span.Start, span.Length)) ? score : null;

    public static double? IPv4(string text, TextSpan span, double score)
    {
        var value = text.AsSpan(span.Start, span.Length);
        foreach (var part in value.Split('.'))
        {
            if (int.Parse(value[part], CultureInfo.InvariantCulture) > 255)
            {
                return null;
            }
        }

        return score;
    }

    /// <summary>A real IPv6 address; one made only of colons ("::") is punctuation until context says otherwise.</summary>
    public static double? IPv6(string text, TextSpan span, double score)
    {
        var value = text.AsSpan(span.Start, span.Length);
        if (!IPAddress.TryParse(value, out var address) || address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return null;
        }

        return value.ContainsAnyExcept(':') ? score : 0.2;
    }

    public static double? SchemeUrl(string text, TextSpan span, double score)
    {
        var value = text.AsSpan(span.Start, span.Length);
        var host = value[(value.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var end = host.IndexOfAny("/?#");
        host = end >= 0 ? host[..end] : host;
        var at = host.LastIndexOf('@');
        host = at >= 0 ? host[(at + 1)..] : host;
        var port = host.LastIndexOf(':');
        if (port >= 0 && !host.StartsWith('['))
        {
            host = host[..port];
        }

        if (host.Equals("localhost", StringComparison.OrdinalIgnoreCase) || (IPAddress.TryParse(host, out _) && host.Count('.') == 3))
        {
            return score;
        }

        var lastDot = host.LastIndexOf('.');
        if (lastDot <= 0 || host.Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        var tld = host[(lastDot + 1)..];
        return tld.Length >= 2 && !tld.ContainsAnyExcept(AsciiLetters) ? score : null;
    }

    /// <summary>
    /// A bare host name links somewhere only if it ends in a known top-level domain written in one case ("today.It" is
    /// two sentences run together) and is not a time ("7.am").
    /// </summary>
    public static double? BareUrl(string text, TextSpan span, double score)
    {
        var value = text.AsSpan(span.Start, span.Length);
        var pathStart = value.IndexOfAny("/?#");
        var host = pathStart >= 0 ? value[..pathStart] : value;
        var tld = host[(host.LastIndexOf('.') + 1)..];
        if (!TopLevelDomains.IsKnown(tld) || (tld.ContainsAnyInRange('a', 'z') && tld.ContainsAnyInRange('A', 'Z')))
        {
            return null;
        }

        var firstDot = host.IndexOf('.');
        var isTime = firstDot == host.LastIndexOf('.') && firstDot <= 2 && !host[..firstDot].ContainsAnyExceptInRange('0', '9')
            && (tld.Equals("am", StringComparison.OrdinalIgnoreCase) || tld.Equals("pm", StringComparison.OrdinalIgnoreCase))
            && int.Parse(host[..firstDot], CultureInfo.InvariantCulture) <= 12;
        return isTime ? null : score;
    }

    public static double? DateOfBirth(string text, TextSpan span, double score)
    {
        var value = text.AsSpan(span.Start, span.Length);
        if (!char.IsAsciiDigit(value[0]) || value.ContainsAnyInRange('A', 'z'))
        {
            // Written dates ("12 de marzo de 1980") come from patterns that only take real month names.
            return score;
        }

        Span<int> parts = stackalloc int[3];
        Span<int> widths = stackalloc int[3];
        var index = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                parts[index] = (parts[index] * 10) + (c - '0');
                widths[index]++;
            }
            else if (++index > 2)
            {
                return null;
            }
        }

        int year, first, second;
        if (widths[0] == 4)
        {
            (year, first, second) = (parts[0], parts[2], parts[1]);
        }
        else
        {
            year = widths[2] == 2 ? (parts[2] > DateTime.UtcNow.Year % 100 ? 1900 : 2000) + parts[2] : parts[2];
            (first, second) = (parts[0], parts[1]);
        }

        var plausible = year >= 1900 && year <= DateTime.UtcNow.Year && (IsDate(year, second, first) || IsDate(year, first, second));
        return plausible ? score : null;

        static bool IsDate(int year, int month, int day) => month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
    }

    /// <summary>
    /// A street name reads like one: "calle", "plaza", "paseo" in lower case are also ordinary nouns ("la calle hace
    /// 30 grados"), so written so the name after them must be capitalised; and a name is not a run of ordinary words
    /// ("Gran Vía is open from 9"): at most two lower-case words besides de, la, del and the like.
    /// </summary>
    public static double? SpanishStreet(string text, TextSpan span, double score)
    {
        var value = text.AsSpan(span.Start, span.Length);
        var end = value.IndexOfAny(StreetNumberStart);
        var words = value[..(end < 0 ? value.Length : end)];
        var typeIsNoun = char.IsLower(words[0]) && words.IndexOfAny("/.") is < 0 or > 6;
        var skip = words.StartsWith("gran", StringComparison.OrdinalIgnoreCase) ? 2 : words.StartsWith("apartado", StringComparison.OrdinalIgnoreCase) ? 3 : 1;
        var lowerCase = 0;
        var first = true;
        foreach (var range in words.SplitAny(" \t\n,"))
        {
            var word = words[range].Trim(".'’´");
            if (word.IsEmpty || --skip >= 0)
            {
                continue;
            }

            var particle = word is "de" or "del" or "la" or "las" or "los" or "el" or "y" or "i" || word.StartsWith("d'", StringComparison.Ordinal) || word.StartsWith("l'", StringComparison.Ordinal);
            if (particle)
            {
                continue;
            }

            if (first && typeIsNoun && !char.IsUpper(word[0]))
            {
                return null;
            }

            first = false;
            if (char.IsLower(word[0]) && ++lowerCase > 2)
            {
                return null;
            }
        }

        return first && typeIsNoun ? null : score;
    }

    /// <summary>
    /// A password is a token with a digit, a symbol or a capital inside, not a word such as "reset" or "incorrect",
    /// nor words joined by hyphens ("case-sensitive"), which describe the password rather than give it.
    /// </summary>
    public static double? Password(string text, TextSpan span, double score)
    {
        var value = text.AsSpan(span.Start, span.Length);
        if (value.Length < 6 || IsHyphenatedWords(value))
        {
            return null;
        }

        var hasLetterOrDigit = false;
        var hasMark = false;
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            hasLetterOrDigit |= char.IsLetterOrDigit(c);
            hasMark |= char.IsDigit(c) || char.IsPunctuation(c) || char.IsSymbol(c) || (i > 0 && char.IsUpper(c));
        }

        return hasLetterOrDigit && hasMark ? score : null;
    }

    private static bool IsHyphenatedWords(ReadOnlySpan<char> value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (!(char.IsLower(c) || (c is '-' or '\'' or '’' && i > 0 && i < value.Length - 1 && char.IsLetter(value[i - 1]) && char.IsLetter(value[i + 1]))))
            {
                return false;
            }
        }

        return true;
    }

    private static int Digits(ReadOnlySpan<char> value, Span<char> digits)
    {
        var count = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                if (count == digits.Length)
                {
                    return 0;
                }

                digits[count++] = c;
            }
        }

        return count;
    }

    private static bool IsOneDigit(ReadOnlySpan<char> digits) => digits.Length > 0 && !digits.ContainsAnyExcept(digits[0]);

    /// <summary>"12345678 z": a lower-case word after a number is a word, not a control letter; "12345678z" and "12345678 Z" are ids.</summary>
    private static bool IsDetachedLowerCaseLetter(ReadOnlySpan<char> value) =>
        char.IsAsciiLetterLower(value[^1]) && value.Length >= 2 && value[^2] is ' ' or '-';
}
