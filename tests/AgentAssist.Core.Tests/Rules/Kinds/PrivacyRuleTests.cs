using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Privacy;
using AgentAssist.Core.Rules;
using AgentAssist.Core.Tests.Privacy;

namespace AgentAssist.Core.Tests.Rules.Kinds;

public sealed class PrivacyRuleTests : IDisposable
{
    private const string PersonalData = """
        kind: privacy
        message: "Personal data in the reply: {entity}."
        reason: "A public {entity} can be misused."
        fix: "Replace it with {replacement}."
        translations:
          es:
            message: "Datos personales en la respuesta: {entity}."
            fix: "Sustitúyelo por {replacement}."
        entities: [EMAIL_ADDRESS, PHONE_NUMBER, URL, PERSON, USER_HANDLE, ORDER_NUMBER]
        public: block
        private: warn
        allowShared: true
        allowDomains: [lumora.com]
        identifiers:
          ORDER_NUMBER:
            pattern: '\bLM-?\d{8}\b'
            label: {en: order number, es: número de pedido}
        handoff:
          en: 'Or take it to a DM: "Could you DM us?"'
          es: 'O pásalo a privado: "¿Nos escribes por privado?"'
        examples:
          flag:
            - text: Mail ana@gmail.com
              channel: public
          pass:
            - text: Mail care@lumora.com
              channel: public
        """;

    private const string Cards = """
        kind: privacy
        message: "A full card number must never be in a reply."
        entities: [CREDIT_CARD]
        public: block
        private: block
        allowShared: false
        examples:
          flag: [4111 1111 1111 1111]
        """;

    private readonly PrivacyTestPack _pack = new(("PersonalData.yaml", PersonalData), ("Cards.yaml", Cards));
    private readonly IRule _personalData;
    private readonly IRule _cards;

    public PrivacyRuleTests()
    {
        var pack = _pack.LoadClean();
        _personalData = pack.Rules.Single(r => r.Id == "Test.PersonalData");
        _cards = pack.Rules.Single(r => r.Id == "Test.Cards");
    }

    [Theory]
    [InlineData("We'll write to ana.garcia@gmail.com today.", "en", EntityTypes.EmailAddress, "Personal data in the reply: email address.", "****@****.com")]
    [InlineData("Te llamamos al 612 345 678 esta tarde.", "es", EntityTypes.PhoneNumber, "Datos personales en la respuesta: número de teléfono.", "****5678")]
    [InlineData("Your order LM-20481234 has left.", "en", "ORDER_NUMBER", "Personal data in the reply: order number.", "****1234")]
    [InlineData("Tu pedido LM20481234 ya ha salido.", "es", "ORDER_NUMBER", "Datos personales en la respuesta: número de pedido.", "****1234")]
    public void Evaluate_PersonalDataInPublic_BlocksWithTheMaskAsFixAndTheHandoffInTheDraftLanguage(
        string text, string language, string type, string message, string mask)
    {
        var finding = Assert.Single(PrivacyTestPack.Evaluate(_personalData, text, ChannelKind.Public, language));

        Assert.Equal("Test.PersonalData", finding.RuleId);
        Assert.Equal(FindingCategory.Privacy, finding.Category);
        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal(type, finding.EntityType);
        Assert.Equal(message, finding.Message);
        Assert.Equal(mask, finding.Fix!.Replacement);
        Assert.Contains(language == "es" ? "¿Nos escribes por privado?" : "Could you DM us?", finding.Fix.Description, StringComparison.Ordinal);
        Assert.StartsWith(language == "es" ? $"Sustitúyelo por {mask}." : $"Replace it with {mask}.", finding.Fix.Description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Write to ana.garcia@gmail.com", "ana.garcia@gmail.com")]
    [InlineData("Call +34 612 345 678", "612 345 678")]
    [InlineData("Order LM-20481234", "20481234")]
    [InlineData("See https://tracker.example.com/t?u=ana", "tracker.example.com")]
    public void Evaluate_AnyFinding_SpanLocatesTheValueAndNoWordsHoldIt(string text, string value)
    {
        var finding = Assert.Single(PrivacyTestPack.Evaluate(_personalData, text, ChannelKind.Public));

        Assert.Contains(value, finding.Span.Slice(text), StringComparison.Ordinal);
        Assert.DoesNotContain(value, finding.Message, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(value, finding.Reason!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(value, finding.Fix!.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Evaluate_PrivateChannelAndTheCustomerGaveIt_Passes()
    {
        var customer = new CustomerContext { SharedIdentifiers = ["ANA.GARCIA@gmail.com", "612345678"] };

        var findings = PrivacyTestPack.Evaluate(_personalData, "We'll mail ana.garcia@gmail.com and call +34 612 345 678.", ChannelKind.Private, customer: customer);

        Assert.Empty(findings);
    }

    [Fact]
    public void Evaluate_PrivateChannelAndNotGivenByTheCustomer_Warns()
    {
        var customer = new CustomerContext { SharedIdentifiers = ["612345678"] };

        var finding = Assert.Single(PrivacyTestPack.Evaluate(_personalData, "We'll mail ana.garcia@gmail.com and call 612 345 678.", ChannelKind.Private, "es", customer));

        Assert.Equal(Severity.Warning, finding.Severity);
        Assert.Equal(EntityTypes.EmailAddress, finding.EntityType);
        Assert.DoesNotContain("privado", finding.Fix!.Description, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_PublicChannelEvenIfTheCustomerGaveIt_Blocks()
    {
        var customer = new CustomerContext { SharedIdentifiers = ["ana.garcia@gmail.com"] };

        var finding = Assert.Single(PrivacyTestPack.Evaluate(_personalData, "We'll mail ana.garcia@gmail.com.", ChannelKind.Public, customer: customer));

        Assert.Equal(Severity.Block, finding.Severity);
    }

    [Theory]
    [InlineData(ChannelKind.Public)]
    [InlineData(ChannelKind.Private)]
    public void Evaluate_FullCardNumberEvenIfTheCustomerGaveIt_BlocksInEveryChannel(ChannelKind kind)
    {
        var customer = new CustomerContext { SharedIdentifiers = ["4111111111111111"] };

        var finding = Assert.Single(PrivacyTestPack.Evaluate(_cards, "Charged to 4111 1111 1111 1111.", kind, customer: customer));

        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal("****1111", finding.Fix!.Replacement);
    }

    [Theory]
    [InlineData("Everything is at https://help.lumora.com/returns.")]
    [InlineData("Write to care@lumora.com and we'll help.")]
    [InlineData("Thanks @ana_g, we're on it!")]
    [InlineData("Thanks Ana García, we're on it!")]
    public void Evaluate_BrandLinksAndTheCustomerNameAlone_Pass(string text)
    {
        var customer = new CustomerContext(Handle: "@ana_g", FullName: "Ana García");

        Assert.Empty(PrivacyTestPack.Evaluate(_personalData, text, ChannelKind.Public, customer: customer));
    }

    [Fact]
    public void Evaluate_CustomerNameNextToTheirPhoneInPublic_BothBlocked()
    {
        var customer = new CustomerContext(Handle: "@ana_g", FullName: "Ana García");
        const string text = "Ana García, we'll call you at 612 345 678.";

        var findings = PrivacyTestPack.Evaluate(_personalData, text, ChannelKind.Public, "es", customer);

        Assert.Equal([EntityTypes.Person, EntityTypes.PhoneNumber], findings.Select(f => f.EntityType));
        Assert.All(findings, f => Assert.Equal(Severity.Block, f.Severity));
    }

    [Fact]
    public void Evaluate_CustomerNameNextToTheirPhoneInPrivate_NameIsTheirOwnAndPasses()
    {
        var customer = new CustomerContext(FullName: "Ana García") { SharedIdentifiers = ["612 345 678"] };

        Assert.Empty(PrivacyTestPack.Evaluate(_personalData, "Ana García, we'll call you at 612 345 678.", ChannelKind.Private, "es", customer));
    }

    [Theory]
    [InlineData(null, 0)] // an English draft reads local numbers as American: 612 345 678 is not one
    [InlineData("ES", 1)]
    public void Evaluate_CustomerRegion_LocalNumbersReadAsThatCountry(string? region, int expected)
    {
        var customer = new CustomerContext(Region: region);

        var findings = PrivacyTestPack.Evaluate(_personalData, "Your number 612 345 678 is on file.", ChannelKind.Public, "en", customer);

        Assert.Equal(expected, findings.Count);
    }

    [Fact]
    public void Check_EngineWithThePack_CorrectedTextIsRedacted()
    {
        var provider = new RuleSetProvider(RuleSet.Empty);
        Assert.Empty(provider.TryReplace([_pack.Load()]));
        var engine = new GuardrailEngine(provider, [], new LanguageDetector());

        const string text = "Card 4111 1111 1111 1111, mail ana@gmail.com, order LM-20481234.";

        var verdict = engine.Check(new Draft(text, "public", "en"));

        Assert.Equal(Outcome.Block, verdict.Outcome);
        Assert.Equal("Card ****1111, mail ****@****.com, order ****1234.", verdict.CorrectedText);
        Assert.Equal(verdict.CorrectedText, Redactor.Redact(text, verdict.Findings));
    }

    [Theory]
    [InlineData("public: allow", ChannelKind.Public, null)]
    [InlineData("public: warn", ChannelKind.Public, Severity.Warning)]
    [InlineData("public: approval", ChannelKind.Public, Severity.Approval)]
    [InlineData("private: info", ChannelKind.Private, Severity.Info)]
    [InlineData("private: allow", ChannelKind.Private, null)]
    [InlineData("severity: approval", ChannelKind.Private, Severity.Approval)]
    public void Evaluate_ActionPerChannelKind_SeverityFollowsIt(string setting, ChannelKind kind, Severity? expected)
    {
        using var pack = new PrivacyTestPack(("Rule.yaml", $"""
            kind: privacy
            message: "{'{'}entity{'}'} found."
            entities: [EMAIL_ADDRESS]
            {setting}
            examples:
              flag:
                - text: ana@gmail.com
                  channel: {(expected is null ? (kind == ChannelKind.Public ? "private" : "public") : kind == ChannelKind.Public ? "public" : "private")}
            """));
        var rule = Assert.Single(pack.LoadClean().Rules);

        var findings = PrivacyTestPack.Evaluate(rule, "ana@gmail.com", kind);

        Assert.Equal(expected, findings.Select(f => (Severity?)f.Severity).SingleOrDefault());
    }

    [Fact]
    public void Evaluate_MinScoreAboveWhatContextGives_UnknownNumberNotReported()
    {
        using var pack = new PrivacyTestPack(("Rule.yaml", """
            kind: privacy
            message: "{entity} found."
            entities: [PHONE_NUMBER]
            minScore: 0.68
            examples:
              flag:
                - text: Call 612 345 678 today
                  language: es
            """));
        var rule = Assert.Single(pack.LoadClean().Rules);

        Assert.Single(PrivacyTestPack.Evaluate(rule, "Call 612 345 678 today", ChannelKind.Public, "es"));
        Assert.Empty(PrivacyTestPack.Evaluate(rule, "Call 1234 5678 today", ChannelKind.Public, "es"));
    }

    [Theory]
    [InlineData("entities: [EMAIL, PHONE_NUMBER]", 1, 12, "unknown entity type 'EMAIL'")]
    [InlineData("entities: [EMAIL_ADDRESS]\npublic: hide", 2, 9, "'public' must be one of: allow, info, warn, approval, block")]
    [InlineData("entities: [EMAIL_ADDRESS]\nallowDomains: [lumora]", 2, 16, "'lumora' is not a domain")]
    [InlineData("entities: [EMAIL_ADDRESS]\nminScore: 0.2", 2, 11, "'minScore' must be a number from 0.5 to 1")]
    [InlineData("entities: [EMAIL_ADDRESS]\nidentifiers:\n  order: '\\d+'", 3, 3, "an identifier type is UPPER_SNAKE")]
    [InlineData("entities: [EMAIL_ADDRESS]\nidentifiers:\n  PHONE_NUMBER: '\\d+'", 3, 3, "'PHONE_NUMBER' is built in")]
    [InlineData("entities: [EMAIL_ADDRESS]\nidentifiers:\n  ORDER_NUMBER: '(unclosed'", 3, 17, "not a valid regular expression")]
    [InlineData("entities: [EMAIL_ADDRESS]\nhandoff:\n  english: Go private", 3, 3, "'handoff' is a map of two-letter language codes")]
    [InlineData("entities: [EMAIL_ADDRESS]\nallowshared: true", 2, 1, "unknown key 'allowshared'")]
    public void Load_BadSetting_RefusedWithLineAndColumn(string settings, int line, int column, string message)
    {
        using var pack = new PrivacyTestPack(("Rule.yaml", settings + "\nkind: privacy\nmessage: '{entity}'\nexamples:\n  flag: [ana@gmail.com]\n"));

        var result = pack.Load();

        Assert.False(result.Succeeded);
        var diagnostic = Assert.Single(result.Diagnostics);
        Assert.Contains(message, diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal((line, column), (diagnostic.Line, diagnostic.Column));
    }

    [Theory]
    [InlineData("message: 'Do not post {match}.'")]
    [InlineData("message: '{entity}'\nfix: 'Remove {match}.'")]
    [InlineData("message: '{entity}'\ntranslations:\n  es:\n    message: 'No publiques {match}.'")]
    public void Load_WordsThatWouldEchoTheValue_Refused(string words)
    {
        using var pack = new PrivacyTestPack(("Rule.yaml", words + "\nkind: privacy\nentities: [EMAIL_ADDRESS]\nexamples:\n  flag: [ana@gmail.com]\n"));

        var result = pack.Load();

        Assert.False(result.Succeeded);
        Assert.Contains(result.Diagnostics, d => d.Message.Contains("must not show the data it found", StringComparison.Ordinal));
    }

    public void Dispose() => _pack.Dispose();
}
