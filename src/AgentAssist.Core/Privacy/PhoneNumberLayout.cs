namespace AgentAssist.Core.Privacy;

/// <summary>
/// Whether digits are grouped the way phone numbers are written anywhere, so that a number of a country nobody named
/// still reads as one: a trunk prefix (<c>0680 298 70 63</c>, <c>0961-7596216</c>), an area code in brackets
/// (<c>(898) 666-3621</c>), or short groups (<c>71-33-52-22</c>, <c>668 5702</c>), joined by one separator used
/// throughout. libphonenumber cannot decide these: without a region nearly every string of 7–11 digits is a valid
/// number somewhere. Layouts that other numbers share are left out: amounts grouped in thousands (<c>12 345 678</c>),
/// postal codes, dates, dotted IP addresses, SSN groups, ranges (<c>100-1000</c>), rising lists
/// (<c>12 23 34 41 45</c>), and blocks of four (cards, accounts, years, times).
/// </summary>
internal static class PhoneNumberLayout
{
    private const int MaxGroups = 8;

    /// <summary>
    /// Whether <paramref name="number"/> (digits, brackets and separators only, no extension or country code) is laid
    /// out as a phone number.
    /// </summary>
    public static bool IsPhoneLayout(ReadOnlySpan<char> number)
    {
        Span<int> lengths = stackalloc int[MaxGroups];
        Span<int> values = stackalloc int[MaxGroups];
        if (!TryReadGroups(number, lengths, values, out var count, out var bracketed, out var separator))
        {
            return false;
        }

        lengths = lengths[..count];
        values = values[..count];
        var trunk = !bracketed && number[0] == '0';
        var first = lengths[0];
        var firstFits = bracketed ? first is 2 or 3 || (first is 4 or 5 && number[1] == '0')
            : trunk ? first is >= 2 and <= 4 || (first == 5 && Sum(lengths) >= 10) // fewer after five digits: a postal code (02134-1234)
            : first is 2 or 3;
        if (!firstFits || !RestFits(lengths[1..], trunk || bracketed))
        {
            return false;
        }

        // A bracketed area code is written only in phone numbers.
        return bracketed || !IsAnotherNumber(lengths, values, trunk, separator);
    }

    /// <summary>Groupings that phone numbers share with numbers of other kinds.</summary>
    private static bool IsAnotherNumber(ReadOnlySpan<int> lengths, ReadOnlySpan<int> values, bool trunk, char separator) =>
        IsThousands(lengths, trunk, separator) || IsDate(lengths, values) || IsDottedQuad(lengths, values, separator) || IsSsn(lengths)
        || IsRange(lengths, trunk, separator) || IsSortedList(lengths, values) || IsFourDigitBlocks(lengths);

    /// <summary>
    /// Splits <paramref name="number"/> into digit groups: an optional bracketed first group, then groups joined by
    /// one separator (space, dot or dash), the same one every time.
    /// </summary>
    private static bool TryReadGroups(ReadOnlySpan<char> number, Span<int> lengths, Span<int> values, out int count, out bool bracketed, out char separator)
    {
        count = 0;
        separator = '\0';
        bracketed = number.Length > 0 && number[0] == '(';
        var i = 0;
        if (bracketed)
        {
            var close = number.IndexOf(')');
            if (close < 2 || !ReadGroup(number[1..close], lengths, values, ref count, out var read) || read != close - 1)
            {
                return false;
            }

            i = close + 1;

            // "(898)666-3621", "(08) 8747 6301", "(123).456.7890": the bracket is the first separator.
            if (i < number.Length && number[i] is ' ' or '.' or '-')
            {
                i++;
            }
        }

        while (i < number.Length)
        {
            if (!ReadGroup(number[i..], lengths, values, ref count, out var read))
            {
                return false;
            }

            i += read;
            if (i == number.Length)
            {
                break;
            }

            var c = number[i];
            if (c is not (' ' or '.' or '-') || (separator != '\0' && c != separator))
            {
                return false;
            }

            separator = c;
            i++;
        }

        return count >= 2;
    }

    private static bool ReadGroup(ReadOnlySpan<char> text, Span<int> lengths, Span<int> values, ref int count, out int read)
    {
        read = 0;
        var value = 0;
        while (read < text.Length && char.IsAsciiDigit(text[read]))
        {
            value = read < 9 ? (value * 10) + (text[read] - '0') : value;
            read++;
        }

        if (read == 0 || count == lengths.Length)
        {
            return false;
        }

        lengths[count] = read;
        values[count] = value;
        count++;
        return true;
    }

    private static int Sum(ReadOnlySpan<int> lengths)
    {
        var sum = 0;
        foreach (var length in lengths)
        {
            sum += length;
        }

        return sum;
    }

    /// <summary>
    /// After the first group: groups of two to four digits, or, after a trunk prefix or bracketed area code, the
    /// subscriber number in one piece (<c>0961-7596216</c>).
    /// </summary>
    private static bool RestFits(ReadOnlySpan<int> rest, bool areaCodeFirst)
    {
        if (areaCodeFirst && rest.Length == 1 && rest[0] is >= 5 and <= 8)
        {
            return true;
        }

        foreach (var length in rest)
        {
            if (length is < 2 or > 4)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>374 780 163</c>, <c>12.345.678</c>: how amounts are written; a leading 0 or a dash is not.</summary>
    private static bool IsThousands(ReadOnlySpan<int> lengths, bool trunk, char separator)
    {
        if (trunk || separator == '-')
        {
            return false;
        }

        foreach (var length in lengths[1..])
        {
            if (length != 3)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>12 03 2024</c>, <c>12.03.2024</c>: day and month in either order, then a year.</summary>
    private static bool IsDate(ReadOnlySpan<int> lengths, ReadOnlySpan<int> values) =>
        lengths is [2, 2, 4] && values[2] is >= 1900 and <= 2099
        && (IsDayMonth(values[0], values[1]) || IsDayMonth(values[1], values[0]));

    private static bool IsDayMonth(int day, int month) => day is >= 1 and <= 31 && month is >= 1 and <= 12;

    /// <summary><c>10.120.33.45</c>: an IPv4 address.</summary>
    private static bool IsDottedQuad(ReadOnlySpan<int> lengths, ReadOnlySpan<int> values, char separator) =>
        separator == '.' && lengths.Length == 4 && values[0] <= 255 && values[1] <= 255 && values[2] <= 255 && values[3] <= 255;

    /// <summary><c>536 22 1234</c>: how SSNs are grouped, whatever the separator.</summary>
    private static bool IsSsn(ReadOnlySpan<int> lengths) => lengths is [3, 2, 4];

    /// <summary><c>100-1000</c>: two numbers joined by a dash are a range.</summary>
    private static bool IsRange(ReadOnlySpan<int> lengths, bool trunk, char separator) => !trunk && separator == '-' && lengths.Length == 2;

    /// <summary><c>12 23 34 41 45</c>: small numbers in rising order are a list (seats, draws), not a phone number.</summary>
    private static bool IsSortedList(ReadOnlySpan<int> lengths, ReadOnlySpan<int> values)
    {
        if (lengths.Length < 4)
        {
            return false;
        }

        for (var i = 0; i < lengths.Length; i++)
        {
            if (lengths[i] != 2 || (i > 0 && values[i] <= values[i - 1]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary><c>0111 2222 3333</c>: card and account numbers are printed in blocks of four.</summary>
    private static bool IsFourDigitBlocks(ReadOnlySpan<int> lengths)
    {
        foreach (var length in lengths)
        {
            if (length != 4)
            {
                return false;
            }
        }

        return true;
    }
}
