namespace AgentAssist.Core.Privacy;

/// <summary>
/// US Social Security numbers the Social Security Administration can issue: area 001-899 but not 666, group 01-99,
/// serial 0001-9999; numbers famous from advertising and samples (078-05-1120, 123-45-6789) and one repeated digit are not real.
/// </summary>
public static class UsSsnRules
{
    /// <summary>Whether the nine digits of <paramref name="value"/> (spaces and dashes ignored) can be a real SSN.</summary>
    public static bool IsValid(ReadOnlySpan<char> value)
    {
        Span<int> digits = stackalloc int[9];
        var count = 0;
        foreach (var c in value)
        {
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c) || count == 9)
            {
                return false;
            }

            digits[count++] = c - '0';
        }

        if (count != 9)
        {
            return false;
        }

        var area = (digits[0] * 100) + (digits[1] * 10) + digits[2];
        var group = (digits[3] * 10) + digits[4];
        var serial = (digits[5] * 1000) + (digits[6] * 100) + (digits[7] * 10) + digits[8];
        if (area is 0 or 666 or >= 900 || group == 0 || serial == 0)
        {
            return false;
        }

        var number = (area * 1_000_000) + (group * 10_000) + serial;
        if (number is 078_05_1120 or 219_09_9999 or 123_45_6789)
        {
            return false;
        }

        foreach (var digit in digits)
        {
            if (digit != digits[0])
            {
                return true;
            }
        }

        return false;
    }
}
