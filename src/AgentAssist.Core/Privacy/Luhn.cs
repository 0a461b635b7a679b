namespace AgentAssist.Core.Privacy;

/// <summary>The Luhn (mod 10) check digit that payment card numbers end with.</summary>
public static class Luhn
{
    /// <summary>Whether the digits of <paramref name="number"/> (spaces and dashes ignored) end with a correct check digit.</summary>
    public static bool IsValid(ReadOnlySpan<char> number)
    {
        var sum = 0;
        var count = 0;
        for (var i = number.Length - 1; i >= 0; i--)
        {
            var c = number[i];
            if (c is ' ' or '-')
            {
                continue;
            }

            if (!char.IsAsciiDigit(c))
            {
                return false;
            }

            var digit = c - '0';
            if (count % 2 == 1)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            count++;
        }

        return count >= 2 && sum % 10 == 0;
    }

    /// <summary>The check digit that makes <paramref name="payload"/> followed by it valid.</summary>
    public static char CheckDigit(ReadOnlySpan<char> payload)
    {
        var sum = 0;
        var count = 0;
        for (var i = payload.Length - 1; i >= 0; i--)
        {
            if (!char.IsAsciiDigit(payload[i]))
            {
                throw new ArgumentException("The payload must hold only digits.", nameof(payload));
            }

            var digit = payload[i] - '0';
            if (count % 2 == 0)
            {
                digit *= 2;
                if (digit > 9)
                {
                    digit -= 9;
                }
            }

            sum += digit;
            count++;
        }

        return (char)('0' + ((10 - (sum % 10)) % 10));
    }
}
