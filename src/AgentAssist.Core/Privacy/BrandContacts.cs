namespace AgentAssist.Core.Privacy;

/// <summary>
/// The brand's own contact points, named in its privacy rule (<c>brandPhones</c>, <c>brandHandles</c>,
/// <c>brandAddresses</c>; domains are <see cref="DomainAllowList"/>): a reply that gives the customer the brand's
/// helpline, handle or store address shares no one's personal data. Phone numbers compare by their last nine digits,
/// so <c>0800 123 4567</c> and <c>+44 800 123 4567</c> are one number; addresses by their letters and digits.
/// </summary>
public sealed class BrandContacts
{
    private const int PhoneDigits = 9;

    private readonly string[] _phones;
    private readonly string[] _handles;
    private readonly string[] _addresses;

    public BrandContacts(IEnumerable<string> phones, IEnumerable<string> handles, IEnumerable<string> addresses)
    {
        ArgumentNullException.ThrowIfNull(phones);
        ArgumentNullException.ThrowIfNull(handles);
        ArgumentNullException.ThrowIfNull(addresses);
        _phones = [.. phones.Select(PhoneKey).Where(k => k.Length > 0)];
        _handles = [.. handles.Select(h => h.Trim().TrimStart('@'))];
        _addresses = [.. addresses.Select(AddressKey).Where(k => k.Length > 0)];
    }

    public static BrandContacts Empty { get; } = new([], [], []);

    /// <summary>Whether a phone number needs at least this many digits to be compared (shorter ones are codes, not numbers).</summary>
    public static bool IsPhoneNumber(string value) => PhoneKey(value).Length > 0;

    /// <summary>Whether <paramref name="value"/>, found as <paramref name="entityType"/>, is one of the brand's own contact points.</summary>
    public bool Owns(string entityType, ReadOnlySpan<char> value) => entityType switch
    {
        EntityTypes.PhoneNumber => _phones.Length > 0 && Array.IndexOf(_phones, PhoneKey(value.ToString())) >= 0,
        EntityTypes.UserHandle => OwnsHandle(value.TrimStart('@').ToString()),
        EntityTypes.StreetAddress => _addresses.Length > 0 && OwnsAddress(AddressKey(value.ToString())),
        _ => false,
    };

    private bool OwnsHandle(string handle) => Array.Exists(_handles, h => handle.Equals(h, StringComparison.OrdinalIgnoreCase));

    private bool OwnsAddress(string key) =>
        key.Length >= 6 && Array.Exists(_addresses, a => a.Contains(key, StringComparison.Ordinal));

    private static string PhoneKey(string value)
    {
        var digits = new string([.. value.Where(char.IsAsciiDigit)]);
        return digits.Length < 7 ? string.Empty : digits[^Math.Min(PhoneDigits, digits.Length)..];
    }

    private static string AddressKey(string value) =>
        new([.. value.Normalize(System.Text.NormalizationForm.FormD).Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
}
