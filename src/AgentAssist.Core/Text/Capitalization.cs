namespace AgentAssist.Core.Text;

/// <summary>Carries the capitalisation of replaced text over to its replacement.</summary>
public static class Capitalization
{
    /// <summary>Returns <paramref name="replacement"/> capitalised like <paramref name="original"/>.</summary>
    /// <param name="original">The text the agent wrote.</param>
    /// <param name="replacement">The text that replaces it.</param>
    /// <param name="term">
    /// The term as the pack writes it. A term written in capitals (an acronym such as <c>ASAP</c>) is not shouting,
    /// so its replacement is not put in capitals.
    /// </param>
    public static string Match(string original, string replacement, string? term = null)
    {
        ArgumentNullException.ThrowIfNull(original);
        ArgumentNullException.ThrowIfNull(replacement);
        if (replacement.Length == 0 || original.Length == 0)
        {
            return replacement;
        }

        if (term is not null && IsAllCapitals(term))
        {
            return replacement;
        }

        if (IsAllCapitals(original))
        {
            return replacement.ToUpperInvariant();
        }

        if (char.IsUpper(original[0]) && char.IsLower(replacement[0]))
        {
            return char.ToUpperInvariant(replacement[0]) + replacement[1..];
        }

        return replacement;
    }

    private static bool IsAllCapitals(string text)
    {
        var letters = 0;
        foreach (var c in text)
        {
            if (char.IsLetter(c))
            {
                if (!char.IsUpper(c))
                {
                    return false;
                }

                letters++;
            }
        }

        return letters > 1;
    }
}
