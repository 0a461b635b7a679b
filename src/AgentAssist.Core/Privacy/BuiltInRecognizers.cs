namespace AgentAssist.Core.Privacy;

/// <summary>
/// The recognizers AgentAssist ships, English and Spanish together (a Spanish reply may carry a US number and an
/// English one a DNI). Each is built on its own so tests and other hosts can pick; <see cref="Create"/> builds them all.
/// </summary>
public static class BuiltInRecognizers
{
    public static IReadOnlyList<IEntityRecognizer> Create() =>
    [
        Email(), Phone(), CreditCard(), Iban(), Dni(), Nie(), UsSsn(), IpAddress(), Url(), DateOfBirth(), StreetAddress(), Password(),
    ];

    public static IEntityRecognizer Email() => new PatternRecognizer(
        EntityTypes.EmailAddress,
        [new("email", BuiltInPatterns.Email(), 0.9)],
        new PatternRecognizerOptions { Prefilter = static p => p.HasAt });

    public static IEntityRecognizer Phone() => new PhoneNumberRecognizer();

    public static IEntityRecognizer CreditCard() => new PatternRecognizer(
        EntityTypes.CreditCard,
        [new("digits", BuiltInPatterns.CardNumber(), 0.3)],
        new PatternRecognizerOptions
        {
            Context = new(["card*", "tarjeta*", "visa", "mastercard", "amex", "american", "credit", "debit", "credito", "debito", "cc", "pan"]),
            Validator = BuiltInValidators.CreditCard,
            Prefilter = static p => p.Digits >= 12,
        });

    public static IEntityRecognizer Iban() => new PatternRecognizer(
        EntityTypes.IbanCode,
        [new("compact", BuiltInPatterns.IbanCompact(), 0.5), new("printed", BuiltInPatterns.IbanPrinted(), 0.5)],
        new PatternRecognizerOptions { Validator = BuiltInValidators.Iban, Prefilter = static p => p.Digits >= 8 });

    public static IEntityRecognizer Dni() => new PatternRecognizer(
        EntityTypes.EsNif,
        [new("dni", BuiltInPatterns.Dni(), 0.5)],
        new PatternRecognizerOptions { Validator = BuiltInValidators.Dni, Prefilter = static p => p.Digits >= 8 });

    public static IEntityRecognizer Nie() => new PatternRecognizer(
        EntityTypes.EsNie,
        [new("nie", BuiltInPatterns.Nie(), 0.5)],
        new PatternRecognizerOptions { Validator = BuiltInValidators.Nie, Prefilter = static p => p.Digits >= 7 });

    public static IEntityRecognizer UsSsn() => new PatternRecognizer(
        EntityTypes.UsSsn,
        [new("dashed", BuiltInPatterns.SsnDashed(), 0.6), new("spaced", BuiltInPatterns.SsnSpaced(), 0.3), new("compact", BuiltInPatterns.SsnCompact(), 0.1)],
        new PatternRecognizerOptions
        {
            Context = new(["ssn", "ssns", "social", "security", "seguro", "ssa"]),
            ContextBoost = 0.45,
            Validator = BuiltInValidators.UsSsn,
            Prefilter = static p => p.Digits >= 9,
        });

    public static IEntityRecognizer IpAddress() => new PatternRecognizer(
        EntityTypes.IpAddress,
        [
            new("ipv4", BuiltInPatterns.IPv4(), 0.6) { Validator = BuiltInValidators.IPv4 },
            new("ipv6", BuiltInPatterns.IPv6(), 0.6) { Validator = BuiltInValidators.IPv6 },
        ],
        new PatternRecognizerOptions
        {
            Context = new(["ip", "ips", "ipv4", "ipv6", "address", "direccion", "host", "server", "servidor"]),
            NegativeContext = new(["version*", "v", "firmware", "build", "release", "actualizacion", "update"]),
            Prefilter = static p => p.HasColon || (p.HasDot && p.Digits >= 4),
        });

    public static IEntityRecognizer Url() => new PatternRecognizer(
        EntityTypes.Url,
        [
            new("scheme", BuiltInPatterns.SchemeUrl(), 0.6) { Validator = BuiltInValidators.SchemeUrl, Prefilter = static i => i.Text.Contains("://", StringComparison.Ordinal) },
            new("host", BuiltInPatterns.BareUrl(), 0.5) { Validator = BuiltInValidators.BareUrl, Prefilter = static i => i.Profile.HasDottedWord },
        ],
        new PatternRecognizerOptions
        {
            Context = new(["visit*", "link*", "website*", "site", "web", "url", "enlace*", "pagina*", "sitio", "entra", "visita*"]),
            Prefilter = static p => p.HasDottedWord || p.HasColon,
        });

    public static IEntityRecognizer DateOfBirth() => new PatternRecognizer(
        EntityTypes.DateOfBirth,
        [
            new("numeric", BuiltInPatterns.NumericDate(), 0.15),
            new("english", BuiltInPatterns.EnglishDate(), 0.15),
            new("spanish", BuiltInPatterns.SpanishDate(), 0.15),
        ],
        new PatternRecognizerOptions
        {
            Context = new(["born", "birth*", "dob", "birthday*", "birthdate", "nacimiento", "nacid*", "nacio", "naci", "cumpleaños", "nac", "fnac"]),
            ContextBoost = 0.45,
            WordsBefore = 6,
            WordsAfter = 0,
            Validator = BuiltInValidators.DateOfBirth,
            Prefilter = static p => p.Digits >= 4,
        });

    public static IEntityRecognizer StreetAddress() => new PatternRecognizer(
        EntityTypes.StreetAddress,
        [
            new("english", BuiltInPatterns.EnglishStreet(), 0.6) { Prefilter = static i => i.Text.AsSpan().ContainsAny(BuiltInPatterns.EnglishStreetTypes) },
            new("po-box", BuiltInPatterns.PostOfficeBox(), 0.6) { Prefilter = static i => i.Text.AsSpan().ContainsAny(BuiltInPatterns.PostalBoxWords) },
            new("spanish", BuiltInPatterns.SpanishStreet(), 0.6)
            {
                Validator = BuiltInValidators.SpanishStreet,
                Prefilter = static i => i.Text.AsSpan().ContainsAny(BuiltInPatterns.SpanishStreetTypes),
            },
        ]);

    public static IEntityRecognizer Password() => new PatternRecognizer(
        EntityTypes.Password,
        [
            new("labelled", BuiltInPatterns.Password(), 0.8),
            new("pin", BuiltInPatterns.Pin(), 0.8) { Validator = static (_, _, score) => score, Prefilter = static i => i.Profile.Digits >= 4 },
        ],
        new PatternRecognizerOptions { Validator = BuiltInValidators.Password });
}
