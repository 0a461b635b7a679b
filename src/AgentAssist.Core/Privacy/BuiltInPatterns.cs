using System.Buffers;
using System.Text.RegularExpressions;

namespace AgentAssist.Core.Privacy;

/// <summary>The regular expressions of the built-in recognizers, generated at build time.</summary>
internal static partial class BuiltInPatterns
{
    private const RegexOptions Options = RegexOptions.CultureInvariant | RegexOptions.ExplicitCapture;

    /// <summary>Street types an English address needs; searched for first, in one vectorised pass, before the pattern runs.</summary>
    public static readonly SearchValues<string> EnglishStreetTypes = SearchValues.Create(
        ["Street", "St", "Avenue", "Ave", "Road", "Rd", "Boulevard", "Blvd", "Lane", "Ln", "Drive", "Dr", "Court", "Ct", "Way", "Place", "Pl",
            "Terrace", "Parkway", "Pkwy", "Circle", "Cir", "Highway", "Hwy", "Square", "Sq", "Trail", "Crescent", "Close", "Alley", "Plaza"],
        StringComparison.Ordinal);

    /// <summary>Words a post office box, military address or flat number needs.</summary>
    public static readonly SearchValues<string> PostalBoxWords = SearchValues.Create(["box", "apt", "apartment", "suite"], StringComparison.OrdinalIgnoreCase);

    /// <summary>Street types a Spanish address needs.</summary>
    public static readonly SearchValues<string> SpanishStreetTypes = SearchValues.Create(
        ["calle", "c/", "c./", "avda", "avenida", "av.", "av/", "plaza", "pza.", "plaça", "placa", "praza", "paseo", "passeig", "pº", "p/", "pg",
            "camino", "carretera", "ctra", "ronda", "travesía", "travesia", "glorieta", "pasaje", "bulevar", "urbanizaci", "urb.", "carrer",
            "avinguda", "rua", "rúa", "paraje", "gran v", "apartado"],
        StringComparison.OrdinalIgnoreCase);

    // Local part as RFC 5322 allows it without quotes; the domain a host name with a TLD of letters, or an IP literal.
    // Not glued to a preceding address character, so ".abc@x.com" and "a..bc@x.com" are not read as "abc@x.com" and "bc@x.com".
    [GeneratedRegex(@"(?<![A-Za-z0-9._%+\-@])[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*@(?:(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63}(?![A-Za-z0-9-]|\.[A-Za-z0-9])|\[(?:\d{1,3}\.){3}\d{1,3}\])", Options)]
    public static partial Regex Email();

    // A URL with a scheme, up to white space or a quote (straight, typographic or «guillemet»), not ending in sentence punctuation.
    [GeneratedRegex(@"(?<![A-Za-z0-9])(?:https?|ftp)://[^\s<>""'`«»“”‘’„‹›]*[^\s<>""'`«»“”‘’„‹›.,;:!?)\]}]", Options | RegexOptions.IgnoreCase)]
    public static partial Regex SchemeUrl();

    // www.example.com and bare host names (example.com, bit.ly/x); the validator checks the top-level domain.
    [GeneratedRegex(@"(?<![A-Za-z0-9@./:_-])(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}(?![A-Za-z0-9@_-]|\.[A-Za-z0-9])(?:[/?#](?:[^\s<>""'`«»“”‘’„‹›]*[^\s<>""'`«»“”‘’„‹›.,;:!?)\]}])?)?", Options)]
    public static partial Regex BareUrl();

    [GeneratedRegex(@"(?<![\w.])(?:\d{1,3}\.){3}\d{1,3}(?![\w]|\.\d)", Options)]
    public static partial Regex IPv4();

    [GeneratedRegex(@"(?<![\w:])(?:[0-9A-Fa-f]{0,4}:){2,7}[0-9A-Fa-f]{0,4}(?![\w:])", Options)]
    public static partial Regex IPv6();

    // 12 to 19 digits, in groups separated by single spaces or dashes.
    [GeneratedRegex(@"(?<![\d-])\d(?:[ -]?\d){11,18}(?![\d])", Options)]
    public static partial Regex CardNumber();

    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Za-z]{2}[0-9]{2}[A-Za-z0-9]{11,30}(?![A-Za-z0-9])", Options)]
    public static partial Regex IbanCompact();

    // Printed form: groups of four, the last group shorter and holding a digit (so a following word is never taken in).
    [GeneratedRegex(@"(?<![A-Za-z0-9])[A-Z]{2}[0-9]{2}(?: [A-Z0-9]{4}){2,7}(?: (?=[A-Z]{0,2}[0-9])[A-Z0-9]{1,3})?(?![A-Za-z0-9])", Options)]
    public static partial Regex IbanPrinted();

    [GeneratedRegex(@"(?<![\w.-])(?:\d{8}|\d{2}\.\d{3}\.\d{3})[ -]?[A-Za-z](?![\w])", Options)]
    public static partial Regex Dni();

    [GeneratedRegex(@"(?<![\w.-])[XYZxyz][ -]?\d{7}[ -]?[A-Za-z](?![\w])", Options)]
    public static partial Regex Nie();

    [GeneratedRegex(@"(?<![\d-])\d{3}-\d{2}-\d{4}(?![\d-])", Options)]
    public static partial Regex SsnDashed();

    [GeneratedRegex(@"(?<![\d ])\d{3} \d{2} \d{4}(?![\d])", Options)]
    public static partial Regex SsnSpaced();

    [GeneratedRegex(@"(?<![\w.-])\d{9}(?![\w]|[.,]\d)", Options)]
    public static partial Regex SsnCompact();

    // 16/02/1970, 2/16/1942, 16.02.70, 1970-02-16.
    [GeneratedRegex(@"(?<![\d/.-])(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)?\d{2}|(?:19|20)\d{2}-\d{1,2}-\d{1,2})(?![\d/.-]\d|\d)", Options)]
    public static partial Regex NumericDate();

    [GeneratedRegex(@"\b(?:(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+(?:19|20)\d{2}|\d{1,2}(?:st|nd|rd|th)?\s+(?:of\s+)?(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?,?\s+(?:19|20)\d{2})\b", Options | RegexOptions.IgnoreCase)]
    public static partial Regex EnglishDate();

    [GeneratedRegex(@"\b\d{1,2}\s+de\s+(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|sep?tiembre|octubre|noviembre|diciembre)\s+(?:de(?:l)?\s+)?(?:19|20)\d{2}\b", Options | RegexOptions.IgnoreCase)]
    public static partial Regex SpanishDate();

    // 1600 Pennsylvania Avenue NW, 221B Baker St, Apt 4: a number, capitalised name words and a street type.
    [GeneratedRegex(@"\b\d{1,6}[A-Za-z]?\s+(?:[NSEW]\.?\s+)?(?:[A-Z][A-Za-z'’-]*\.?\s+){1,4}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Lane|Ln|Drive|Dr|Court|Ct|Way|Place|Pl|Terrace|Parkway|Pkwy|Circle|Cir|Highway|Hwy|Square|Sq|Trail|Crescent|Close|Alley|Plaza)\b\.?(?:\s+(?:NW|NE|SW|SE|N|S|E|W)\b)?(?:,?\s+(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl)\.?\s*#?\s*[A-Za-z0-9-]{1,6}\b)?", Options)]
    public static partial Regex EnglishStreet();

    // PO Box 149; US military mail (PSC 6293, Box 8158; Unit 4526 Box 0671); an apartment or suite on its own line.
    [GeneratedRegex(@"\b(?:P\.?\s?O\.?\s+Box\s+\d{1,6}|(?:PSC|CMR|Unit)\s+\d{3,5},?\s+Box\s+\d{3,5}|(?:Apt|Apartment|Suite)\.?\s+#?\d{1,5}[A-Z]?)\b", Options | RegexOptions.IgnoreCase)]
    public static partial Regex PostOfficeBox();

    // Calle Mayor, 5, 3º B; Avda. de la Estación 2; C/ Pinto, 5; Pº de la Castellana, 261; Carrer de Jaume II, 17;
    // Calle Tajo, s/n; Av. Oriental #4B-45; Ctra. de Toledo, km 12,5: a street type, up to six words, a number.
    [GeneratedRegex(@"(?<![\p{L}])(?i:calle|c\.?/|avda\.?|avenida|av\.|av/|plaza|pza\.|pla[cç]a|praza|paseo|passeig|pº|p/|pg\.?|camino|carretera|ctra\.?|ronda|traves[ií]a|glorieta|pasaje|bulevar|urbanizaci[oó]n|urb\.|carrer|avinguda|r[uú]a|paraje|gran\s+v[ií]a|apartado\s+de\s+correos)\s*,?\s*(?:[\p{L}'’´.-]+\s+){0,5}?[\p{L}'’´.-]*\p{L}\.?\s*,?\s*(?:(?i:n[º°o]\.?)\s*\d{1,4}|\d{1,5}(?:-\d{1,4})?|(?i:s/n)|#\s?\d{1,4}[A-Za-z]?(?:\s?-\s?\d{1,4})?|(?i:km\.?)\s*\d{1,3}(?:[.,]\d{1,3})?)(?![\d.,/]\d)(?:\s*[,-]?\s*(?:\d{1,2}\s?[ºª°o]\s?-?\s?[A-Za-z]?|\d{1,2}\s?-?\s?[A-Ha-h]|[A-H])(?![\p{L}\d]))?", Options)]
    public static partial Regex SpanishStreet();

    // "password: Xy7!abcd", "tu contraseña temporal es Lumora2024": the label, then the value.
    [GeneratedRegex(@"\b(?i:password|passcode|passwd|pwd|contraseña|contrasena|clave)\b(?:[ \t]+(?i:is|es|será|sera|would be|will be|temporal|temporary|provisional|nueva|new|de acceso|actual|current|now|ahora)\b)*[ \t]*(?:[:=][ \t]*)?[""'“«]?(?<value>[^\s""'”»,;]{3,63}[^\s""'”»,;.!?:])", RegexOptions.CultureInvariant)]
    public static partial Regex Password();

    // "your new PIN is 4821", "tu PIN: 0937": a card or phone PIN given in writing.
    [GeneratedRegex(@"\b(?:PIN|(?i:pin code|código pin|codigo pin))\b(?:[ \t]+(?i:is|es|será|sera|number|nuevo|new|temporal|temporary|provisional)\b)*[ \t]*(?:[:=][ \t]*)?(?<value>\d{4,6})\b", RegexOptions.CultureInvariant)]
    public static partial Regex Pin();
}
