namespace AgentAssist.Core.Text;

/// <summary>Carries the capitalisation of replaced text over to its replacement.</summary>
public static class Capitalization
{
    public static string Match(string original, string replacement)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(replacement);
        if (replacement.Length == 0 || original.Length == 0)
        {
            return replacement;
        }

        var letters = original.Where(char.IsLetter).ToArray();
        if (letters.Length > 1 && letters.All(char.IsUpper))
        {
            return replacement.ToUpperInvariant();
        }

        if (char.IsUpper(original[0]) && char.IsLower(replacement[0]))
        {
            return char.ToUpperInvariant(replacement[0]) + replacement[1..];
        }

        return replacement;
    }
}
