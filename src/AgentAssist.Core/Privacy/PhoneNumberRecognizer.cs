using System.Globalization;
using System.Text.RegularExpressions;
using AgentAssist.Core.Text;
using PhoneNumbers;

namespace AgentAssist.Core.Privacy;

/// <summary>
/// Phone numbers, Spanish, English and international. Candidates are digit groups with the separators people write
/// (<c>+34 612 34 56 78</c>, <c>(541) 754-3010</c>, <c>0049 176/12345678</c>); libphonenumber decides whether a
/// candidate is a real number of the customer's region (or, with <c>+</c> or <c>00</c>, of its country).
/// A number libphonenumber does not know is reported when its digits are grouped the way phone numbers are written
/// (<see cref="PhoneNumberLayout"/>: "0680 298 70 63", a number of a country nobody named) or when a word such as "call"
/// or "teléfono" introduces it, and never when a label of another identifier does ("order 12345678", "tarjeta …"). Dates, times, decimals,
/// SSN-shaped groups and digits glued to letters are not phone numbers.
/// </summary>
public sealed partial class PhoneNumberRecognizer : IEntityRecognizer
{
    /// <summary>Score of a number libphonenumber validates for the region or its country code.</summary>
    public const double ValidScore = 0.7;

    /// <summary>Score of a phone-shaped candidate libphonenumber does not validate; context has to raise it.</summary>
    public const double ShapeScore = 0.3;

    /// <summary>
    /// Score of a number written with a country code ("+44 …") that libphonenumber finds possible but cannot validate
    /// (a new or test range): the plus sign is how people write phone numbers.
    /// </summary>
    public const double InternationalScore = 0.55;

    /// <summary>
    /// Score of a number no region validates but whose digits are grouped the way phone numbers are written
    /// (<c>0680 298 70 63</c>, <c>71-33-52-22</c>): enough on its own, though a label of another identifier still rules it out.
    /// </summary>
    public const double LayoutScore = 0.5;

    private const int MinDigits = 7;
    private const int MaxDigits = 15;
    private const int MaxDigitsInternational = 17;

    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();

    private readonly PatternRecognizerOptions _context;

    public PhoneNumberRecognizer(ContextWords? context = null, ContextWords? negativeContext = null)
    {
        _context = new PatternRecognizerOptions
        {
            Context = context ?? DefaultContext,
            NegativeContext = negativeContext ?? DefaultNegativeContext,
            WordsBefore = 5,
            WordsAfter = 2,
        };
    }

    /// <summary>Words that introduce a phone number, English and Spanish.</summary>
    public static ContextWords DefaultContext { get; } = new([
        "phone*", "telephone*", "tel", "tels", "tlf", "tlfn", "tfno", "telf", "telefono*", "telefónico*", "mobile*", "movil*", "cell*",
        "celular*", "fax*", "call*", "llam*", "whatsapp*", "sms", "text", "contact*", "office", "oficina", "landline", "fijo",
    ]);

    /// <summary>Labels of other identifiers: a number they introduce is that identifier, not a phone number.</summary>
    public static ContextWords DefaultNegativeContext { get; } = new([
        "order*", "pedido*", "account*", "cuenta*", "card*", "tarjeta*", "visa", "mastercard", "amex", "credit", "debit", "credito", "debito",
        "invoice*", "factura*", "ticket*", "case", "caso", "ref", "reference*", "referencia*", "tracking", "seguimiento",
        "ssn", "social", "dni", "nie", "nif", "nass", "nhc", "cipa", "iban", "serial", "serie", "code", "codigo*", "id", "policy", "poliza",
        "contract*", "contrato*", "expediente", "episodio", "historia", "isbn", "zip", "cp", "postal", "localizador", "booking", "reserva*",
        "col", "colegiado*", "pin", "cvv", "imei", "sku", "modelo", "model", "nº*", "num", "núm", "version*", "build",
    ]);

    public IReadOnlyList<string> EntityTypes { get; } = [Privacy.EntityTypes.PhoneNumber];

    public void Recognize(RecognitionInput input, ICollection<EntityMatch> results)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(results);
        if (input.Profile.Digits < MinDigits)
        {
            return;
        }

        var text = input.Text;
        for (var match = Candidate().Match(text); match.Success; match = match.NextMatch())
        {
            if (Evaluate(text, match.Index, match.Length, input.Region) is { } found)
            {
                results.Add(found);
            }
        }
    }

    private EntityMatch? Evaluate(string text, int start, int length, string region)
    {
        var span = TrimParentheses(text, new TextSpan(start, length));
        if (span.IsEmpty || !HasCleanStart(text, span))
        {
            return null;
        }

        // The longest prefix (cut at a space) that libphonenumber validates wins; failing that, the whole candidate
        // if it is phone-shaped: likelier with a country code, otherwise only if something introduces it as a phone number.
        var whole = span;
        for (var candidate = span; !candidate.IsEmpty; candidate = CutLastGroup(text, candidate))
        {
            if (HasCleanEnd(text, candidate) && IsPlausible(text, candidate, out var international) && Check(text, candidate, region, international) == Validity.Valid)
            {
                return Scored(text, candidate, ValidScore);
            }
        }

        if (!HasCleanEnd(text, whole) || !IsPlausible(text, whole, out var plus))
        {
            return null;
        }

        var withPlus = text.AsSpan(whole.Start, whole.Length).TrimStart("( ").StartsWith('+');
        var score = withPlus && Check(text, whole, region, plus) == Validity.Possible ? InternationalScore
            : !plus && IsPhoneLayout(text, whole) ? LayoutScore
            : ShapeScore;
        return Scored(text, whole, score);
    }

    /// <summary>
    /// Digits grouped as phone numbers are written (see <see cref="PhoneNumberLayout"/>): a number of a country nobody
    /// named. Not beside a currency or percent sign (an amount), and not before a capitalised word, which makes the
    /// digits the house number of an address ("636 1812 Rue De La Gare").
    /// </summary>
    private static bool IsPhoneLayout(string text, TextSpan span)
    {
        var raw = text.AsSpan(span.Start, span.Length);
        var extension = ExtensionStart(raw);
        var number = (extension >= 0 ? raw[..extension] : raw).TrimEnd(" \t.");
        return !IsAmountSign(Neighbour(text, span.Start - 1, -1)) && !IsAmountSign(Neighbour(text, span.End, 1))
            && !StartsName(text, span.End) && PhoneNumberLayout.IsPhoneLayout(number);

        static bool StartsName(string text, int end) =>
            end + 2 < text.Length && text[end] == ' ' && char.IsUpper(text[end + 1]) && char.IsLetter(text[end + 2]);

        static char Neighbour(string text, int index, int step)
        {
            if (index >= 0 && index < text.Length && text[index] == ' ')
            {
                index += step;
            }

            return index >= 0 && index < text.Length ? text[index] : ' ';
        }

        static bool IsAmountSign(char c) => c == '%' || char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol;
    }

    private EntityMatch? Scored(string text, TextSpan span, double score)
    {
        var options = _context;
        var positive = options.Context.DistanceBefore(text, span.Start, options.WordsBefore);
        var negative = options.NegativeContext.DistanceBefore(text, span.Start, options.WordsBefore);
        if (negative > 0 && (positive == 0 || negative < positive))
        {
            return null;
        }

        if (positive > 0 || options.Context.AnyAfter(text, span.End, options.WordsAfter))
        {
            score = Math.Min(1.0, score + options.ContextBoost);
        }

        return new EntityMatch(Privacy.EntityTypes.PhoneNumber, span, score);
    }

    private enum Validity
    {
        Invalid,
        Possible,
        Valid,
    }

    private static Validity Check(string text, TextSpan span, string region, bool international)
    {
        var raw = text.AsSpan(span.Start, span.Length);
        var extension = ExtensionStart(raw);
        if (extension >= 0)
        {
            raw = raw[..extension];
        }

        Span<char> buffer = stackalloc char[raw.Length + 1];
        var length = 0;
        foreach (var c in raw)
        {
            if (char.IsAsciiDigit(c) || c is '+' or '(' or ')')
            {
                buffer[length++] = c;
            }
        }

        var normalized = buffer[..length];
        var leadingDigits = normalized.TrimStart("(+");
        var number = international && leadingDigits.StartsWith("00", StringComparison.Ordinal)
            ? string.Concat("+", leadingDigits[2..]) // "0049 …": the 00 prefix most of the world dials, which libphonenumber reads only for those regions.
            : normalized.ToString();
        try
        {
            var parsed = Util.Parse(number, region);
            return Util.IsValidNumber(parsed) ? Validity.Valid : Util.IsPossibleNumber(parsed) ? Validity.Possible : Validity.Invalid;
        }
        catch (NumberParseException)
        {
            return Validity.Invalid;
        }
    }

    /// <summary>Shape checks that hold for every phone number: digit count, no date, no SSN, no nested brackets.</summary>
    private static bool IsPlausible(string text, TextSpan span, out bool international)
    {
        international = false;
        var raw = text.AsSpan(span.Start, span.Length);
        var extension = ExtensionStart(raw);
        var number = extension >= 0 ? raw[..extension] : raw;
        var digits = 0;
        var depth = 0;
        var groups = 0;
        Span<int> groupLengths = stackalloc int[8];
        var inGroup = false;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
                if (!inGroup)
                {
                    groups++;
                    inGroup = true;
                }

                if (groups <= groupLengths.Length)
                {
                    groupLengths[groups - 1]++;
                }

                continue;
            }

            inGroup = false;
            if (c == '(' && ++depth > 1)
            {
                return false;
            }

            if (c == ')' && --depth < 0)
            {
                return false;
            }
        }

        var trimmed = number.TrimStart("( ");
        international = trimmed.StartsWith('+') || trimmed.StartsWith("00", StringComparison.Ordinal);
        if (digits < MinDigits || digits > (international ? MaxDigitsInternational : MaxDigits) || depth != 0)
        {
            return false;
        }

        if (groups == 3 && IsSsnShaped(number, groupLengths))
        {
            return false;
        }

        return !(groups is 2 or 3 && IsDateShaped(number, groupLengths[..groups]));
    }

    /// <summary><c>123-45-6789</c>: how SSNs are written; phone numbers are not grouped this way.</summary>
    private static bool IsSsnShaped(ReadOnlySpan<char> number, ReadOnlySpan<int> groups) =>
        groups[0] == 3 && groups[1] == 2 && groups[2] == 4 && number.Count('-') == 2;

    /// <summary>Day, month and year in either order (<c>16/04/2010</c>, <c>2000-04-16</c>), or a span of years (<c>2009/2010</c>).</summary>
    private static bool IsDateShaped(ReadOnlySpan<char> number, ReadOnlySpan<int> groups)
    {
        Span<int> values = stackalloc int[3];
        var index = -1;
        var inGroup = false;
        foreach (var c in number)
        {
            if (char.IsAsciiDigit(c))
            {
                if (!inGroup)
                {
                    index++;
                    inGroup = true;
                }

                values[index] = (values[index] * 10) + (c - '0');
            }
            else if (c is ' ' or '(' or ')' or '+')
            {
                return false;
            }
            else
            {
                inGroup = false;
            }
        }

        if (groups.Length == 2)
        {
            return groups[0] == 4 && groups[1] == 4 && IsYear(values[0]) && IsYear(values[1]);
        }

        static bool IsYear(int value) => value is >= 1900 and <= 2099;
        static bool IsDayMonth(int day, int month) => day is >= 1 and <= 31 && month is >= 1 and <= 12;
        var yearLast = groups[2] is 2 or 4 && groups[0] <= 2 && groups[1] <= 2
            && (IsDayMonth(values[0], values[1]) || IsDayMonth(values[1], values[0]));
        var yearFirst = groups[0] == 4 && IsYear(values[0]) && groups[1] <= 2 && groups[2] <= 2 && IsDayMonth(values[2], values[1]);
        return yearLast || yearFirst;
    }

    /// <summary>Drops a bracket the candidate does not close or open: "19) 35831647" is 35831647.</summary>
    private static TextSpan TrimParentheses(string text, TextSpan span)
    {
        var start = span.Start;
        var end = span.End;
        var depth = 0;
        for (var i = start; i < end; i++)
        {
            if (text[i] == '(')
            {
                depth++;
            }
            else if (text[i] == ')' && --depth < 0)
            {
                start = i + 1;
                depth = 0;
            }
        }

        while (start < end && (text[start] is ' ' or '\t' || (text[start] == '(' && depth > 0 && !Closes(text, start, end))))
        {
            if (text[start] == '(')
            {
                depth--;
            }

            start++;
        }

        while (end > start && text[end - 1] is ' ' or '\t' or '-' or '.' or '/' or '(')
        {
            end--;
        }

        return TextSpan.FromBounds(start, end);

        static bool Closes(string text, int open, int end) => text.AsSpan(open, end - open).Contains(')');
    }

    /// <summary>No letter, digit or sign right before: "s666666666", "-2208960000", "#2002…", ".../87057367204" are not numbers to call.</summary>
    private static bool HasCleanStart(string text, TextSpan span)
    {
        if (span.Start == 0)
        {
            return true;
        }

        var before = text[span.Start - 1];
        var first = text[span.Start];
        if (char.IsLetterOrDigit(before))
        {
            // "is(+45)…" is fine; "s666…" is not.
            return first is '(' or '+';
        }

        if (before is '-' or '#' or '/' or '\\' or '*' or '=' or '+' or '_' or '@' or '&' or '$' or '€' or '£' or '%' or '^')
        {
            return false;
        }

        // "200.38294427", "+1,032.923": a decimal or a thousands group, not a number in its own right.
        return !(before is '.' or ',' && span.Start >= 2 && char.IsAsciiDigit(text[span.Start - 2]));
    }

    /// <summary>Nothing glued after: "…86221d", "1234456%", a time ("1 14377:00"), a decimal, a date, a formula.</summary>
    private static bool HasCleanEnd(string text, TextSpan span)
    {
        if (span.End >= text.Length)
        {
            return true;
        }

        var after = text[span.End];
        if (char.IsLetterOrDigit(after))
        {
            return false;
        }

        if (after is '%' or '=' or '*' or '+' or '_' or '@' or '€' or '$' or '£' or '°' or 'º')
        {
            return false;
        }

        var next = span.End + 1 < text.Length ? text[span.End + 1] : ' ';
        return !(after is ':' or '.' or ',' or '/' or '-' && char.IsAsciiDigit(next));
    }

    /// <summary>The candidate without its last space-separated group, or empty when too few digits would be left.</summary>
    private static TextSpan CutLastGroup(string text, TextSpan span)
    {
        for (var i = span.End - 1; i > span.Start; i--)
        {
            if (text[i] is ' ' or '\t')
            {
                var end = i;
                while (end > span.Start && text[end - 1] is ' ' or '\t' or '-' or '.' or '/')
                {
                    end--;
                }

                return TextSpan.FromBounds(span.Start, end);
            }
        }

        return default;
    }

    /// <summary>Where an extension ("x123", "ext. 123") starts: the first letter, since the rest is digits and separators.</summary>
    private static int ExtensionStart(ReadOnlySpan<char> raw)
    {
        for (var i = 1; i < raw.Length; i++)
        {
            if (char.IsAsciiLetter(raw[i]))
            {
                return i;
            }
        }

        return -1;
    }

    // Digits with up to three separators between them (" - ", ") ", "/ "), an optional "+" or bracketed prefix,
    // and an optional extension ("x123", " ext. 123"). Line breaks never join two numbers.
    [GeneratedRegex(@"(?<![\p{N}_])(?:\(\s?\+?|\+\s?)?\d(?:[ \t().\/-]{0,3}\d)+(?:[ \t]?(?:ext\.?|extension|x)[ \t]?\d{1,6}(?![\p{L}\p{N}]))?", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex Candidate();
}
