namespace AgentAssist.Core.Privacy;

/// <summary>Whether a digit string is shaped like a payment card number a network issues (prefix and length).</summary>
public static class CardNumberRules
{
    /// <summary>
    /// Whether <paramref name="digits"/> starts with the issuer prefix of a card network and has a length that network
    /// uses: Visa, Mastercard, American Express, Discover, Diners Club, JCB, UnionPay, Maestro. Twelve-digit Maestro
    /// numbers are left out: too many other references have twelve digits.
    /// </summary>
    public static bool HasIssuerPrefix(ReadOnlySpan<char> digits)
    {
        if (digits.Length < 13 || digits.Length > 19)
        {
            return false;
        }

        var length = digits.Length;
        var two = Prefix(digits, 2);
        var three = Prefix(digits, 3);
        var four = Prefix(digits, 4);
        return digits[0] switch
        {
            '4' => length is 13 or 16 or 19,
            '5' => two is >= 51 and <= 55 ? length == 16 : length >= 13, // Mastercard; 50 and 56-59 are Maestro
            '2' => (four is >= 2221 and <= 2720 && length == 16) || (four == 2131 && length == 15),
            '3' => (two is 34 or 37 && length == 15)
                || (three is >= 300 and <= 305 or 309 && length >= 14)
                || (two is 36 or 38 or 39 && length >= 14)
                || (four is >= 3528 and <= 3589 && length >= 16),
            '6' => length >= 13, // Discover (6011, 644-649, 65), UnionPay (62), Maestro (6x)
            '1' => four == 1800 && length == 15,
            _ => false,
        };
    }

    /// <summary>
    /// Whether the digits are written as cards print them: all together, in groups of four (the last may be shorter),
    /// or 4-6-5 / 4-6-4 (American Express, Diners Club). "64 54724118 93" is some other number.
    /// </summary>
    public static bool IsCardGrouping(ReadOnlySpan<char> value)
    {
        Span<int> groups = stackalloc int[8];
        var count = 0;
        var length = 0;
        foreach (var c in value)
        {
            if (char.IsAsciiDigit(c))
            {
                length++;
                continue;
            }

            if (length == 0 || count == groups.Length - 1)
            {
                return false;
            }

            groups[count++] = length;
            length = 0;
        }

        groups[count++] = length;
        if (count == 1)
        {
            return true;
        }

        if (count == 3 && groups[0] == 4 && groups[1] == 6 && groups[2] is 4 or 5)
        {
            return true;
        }

        for (var i = 0; i < count - 1; i++)
        {
            if (groups[i] != 4)
            {
                return false;
            }
        }

        return groups[count - 1] is >= 1 and <= 4;
    }

    private static int Prefix(ReadOnlySpan<char> digits, int length)
    {
        var value = 0;
        for (var i = 0; i < length; i++)
        {
            value = (value * 10) + (digits[i] - '0');
        }

        return value;
    }
}
