namespace AgentAssist.Core.Privacy;

/// <summary>
/// The control letter of Spanish identity numbers: the DNI (NIF of a person, eight digits and a letter) and the NIE
/// (foreigners: X, Y or Z, seven digits and a letter). The letter is <c>TRWAGMYFPDXBNJZSQVHLCKE</c>[number mod 23],
/// with X, Y, Z read as 0, 1, 2.
/// </summary>
public static class SpanishIdChecksum
{
    private const string Letters = "TRWAGMYFPDXBNJZSQVHLCKE";

    /// <summary>Whether <paramref name="value"/> is a DNI with the right letter; dots, spaces and dashes are ignored.</summary>
    public static bool IsValidDni(ReadOnlySpan<char> value) => Check(value, nie: false);

    /// <summary>Whether <paramref name="value"/> is an NIE with the right letter; spaces and dashes are ignored.</summary>
    public static bool IsValidNie(ReadOnlySpan<char> value) => Check(value, nie: true);

    /// <summary>The control letter of an eight-digit number (a DNI) or of an NIE's digits with X/Y/Z already read as 0/1/2.</summary>
    public static char ControlLetter(int number) => Letters[number % 23];

    private static bool Check(ReadOnlySpan<char> value, bool nie)
    {
        var number = 0;
        var digits = 0;
        var letter = '\0';
        var first = true;
        foreach (var raw in value)
        {
            if (raw is '.' or ' ' or '-')
            {
                continue;
            }

            var c = char.ToUpperInvariant(raw);
            if (first && nie)
            {
                first = false;
                var lead = "XYZ".IndexOf(c, StringComparison.Ordinal);
                if (lead < 0)
                {
                    return false;
                }

                number = lead;
                continue;
            }

            first = false;
            if (letter != '\0')
            {
                return false;
            }

            if (char.IsAsciiDigit(c))
            {
                number = (number * 10) + (c - '0');
                digits++;
            }
            else if (char.IsAsciiLetterUpper(c))
            {
                letter = c;
            }
            else
            {
                return false;
            }
        }

        return digits == (nie ? 7 : 8) && letter != '\0' && Letters[number % 23] == letter;
    }
}
