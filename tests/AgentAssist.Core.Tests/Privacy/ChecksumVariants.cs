namespace AgentAssist.Core.Tests.Privacy;

/// <summary>Numbers that differ from a valid one in exactly one character: what a typo or a made-up number looks like.</summary>
internal static class ChecksumVariants
{
    /// <summary>Every variant of <paramref name="value"/> with one digit (or, where allowed, letter) replaced by another.</summary>
    public static IEnumerable<string> SingleSubstitutions(string value, bool letters = false)
    {
        const string Digits = "0123456789";
        const string Letters = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
        for (var i = 0; i < value.Length; i++)
        {
            var alphabet = char.IsAsciiDigit(value[i]) ? Digits : letters && char.IsAsciiLetterUpper(value[i]) ? Letters : null;
            if (alphabet is null)
            {
                continue;
            }

            foreach (var replacement in alphabet)
            {
                if (replacement != value[i])
                {
                    yield return string.Concat(value.AsSpan(0, i), [replacement], value.AsSpan(i + 1));
                }
            }
        }
    }
}
