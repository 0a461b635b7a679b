namespace AgentAssist.Core.Privacy;

/// <summary>Which region a text's local formats (phone numbers without a country code) are read in.</summary>
public static class Regions
{
    /// <summary>
    /// The customer's region when known (<c>ES</c>, <c>MX</c>), otherwise the one the language implies:
    /// Spanish → ES, English → US, anything else → <c>ZZ</c> (only international numbers).
    /// </summary>
    public static string Resolve(string? customerRegion, string? language)
    {
        if (customerRegion is { Length: 2 } region && char.IsAsciiLetter(region[0]) && char.IsAsciiLetter(region[1]))
        {
            return region.ToUpperInvariant();
        }

        return language switch
        {
            "es" => "ES",
            "en" => "US",
            _ => "ZZ",
        };
    }
}
