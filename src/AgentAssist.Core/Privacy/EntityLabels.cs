using System.Collections.Frozen;

namespace AgentAssist.Core.Privacy;

/// <summary>What an entity type is called in a message to the agent, in English and Spanish.</summary>
public static class EntityLabels
{
    private static readonly FrozenDictionary<string, (string En, string Es)> Labels = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        [EntityTypes.EmailAddress] = ("email address", "dirección de correo electrónico"),
        [EntityTypes.PhoneNumber] = ("phone number", "número de teléfono"),
        [EntityTypes.CreditCard] = ("card number", "número de tarjeta"),
        [EntityTypes.IbanCode] = ("bank account number (IBAN)", "número de cuenta bancaria (IBAN)"),
        [EntityTypes.EsNif] = ("Spanish ID number (DNI)", "número de DNI"),
        [EntityTypes.EsNie] = ("Spanish foreigner ID number (NIE)", "número de NIE"),
        [EntityTypes.UsSsn] = ("Social Security number", "número de la Seguridad Social de EE. UU."),
        [EntityTypes.IpAddress] = ("IP address", "dirección IP"),
        [EntityTypes.Url] = ("link", "enlace"),
        [EntityTypes.DateOfBirth] = ("date of birth", "fecha de nacimiento"),
        [EntityTypes.StreetAddress] = ("postal address", "dirección postal"),
        [EntityTypes.Password] = ("password", "contraseña"),
        [EntityTypes.Person] = ("customer's full name", "nombre completo del cliente"),
        [EntityTypes.UserHandle] = ("customer's handle", "usuario del cliente"),
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// The label of <paramref name="entityType"/> in <paramref name="language"/>: one of <paramref name="custom"/>
    /// (a brand's own types), a built-in one, or the type in lower case words (<c>ORDER_NUMBER</c> → "order number").
    /// </summary>
    public static string For(string entityType, string language, IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? custom = null)
    {
        ArgumentNullException.ThrowIfNull(entityType);
        if (custom is not null && custom.TryGetValue(entityType, out var byLanguage)
            && (byLanguage.TryGetValue(language, out var label) || byLanguage.TryGetValue("en", out label)))
        {
            return label;
        }

        if (Labels.TryGetValue(entityType, out var builtIn))
        {
            return language == "es" ? builtIn.Es : builtIn.En;
        }

        return entityType.Replace('_', ' ').ToLowerInvariant();
    }
}
