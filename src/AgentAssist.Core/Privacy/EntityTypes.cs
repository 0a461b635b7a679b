namespace AgentAssist.Core.Privacy;

/// <summary>The entity types the built-in recognizers find, named as Presidio names them where Presidio has one.</summary>
public static class EntityTypes
{
    public const string EmailAddress = "EMAIL_ADDRESS";
    public const string PhoneNumber = "PHONE_NUMBER";
    public const string CreditCard = "CREDIT_CARD";
    public const string IbanCode = "IBAN_CODE";
    public const string EsNif = "ES_NIF";
    public const string EsNie = "ES_NIE";
    public const string UsSsn = "US_SSN";
    public const string IpAddress = "IP_ADDRESS";
    public const string Url = "URL";
    public const string DateOfBirth = "DATE_OF_BIRTH";
    public const string StreetAddress = "STREET_ADDRESS";
    public const string Password = "PASSWORD";

    /// <summary>The customer's own full name, from <see cref="Customers.CustomerContext.FullName"/>.</summary>
    public const string Person = "PERSON";

    /// <summary>The customer's own handle, from <see cref="Customers.CustomerContext.Handle"/>.</summary>
    public const string UserHandle = "USER_HANDLE";

    /// <summary>Every type a built-in recognizer can report, customer identity included.</summary>
    public static IReadOnlySet<string> BuiltIn { get; } = new HashSet<string>(StringComparer.Ordinal)
    {
        EmailAddress, PhoneNumber, CreditCard, IbanCode, EsNif, EsNie, UsSsn, IpAddress, Url, DateOfBirth, StreetAddress, Password, Person, UserHandle,
    };

    /// <summary>Whether <paramref name="name"/> is a valid entity type name: <c>UPPER_SNAKE</c>.</summary>
    public static bool IsValidName(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        if (name.Length == 0 || name.Length > 64 || !char.IsAsciiLetterUpper(name[0]) || name[^1] == '_')
        {
            return false;
        }

        foreach (var c in name)
        {
            if (!char.IsAsciiLetterUpper(c) && !char.IsAsciiDigit(c) && c != '_')
            {
                return false;
            }
        }

        return true;
    }
}
