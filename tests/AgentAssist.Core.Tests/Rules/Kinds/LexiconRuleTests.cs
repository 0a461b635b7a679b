using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Rules;
using AgentAssist.Core.Rules.Kinds;
using AgentAssist.Core.Tests.Packs;

namespace AgentAssist.Core.Tests.Rules.Kinds;

public sealed class LexiconRuleTests
{
    private const string English = """
        kind: lexicon
        category: profanity
        languages: [en]
        message: "'{match}' is swearing."
        fix: Remove or rephrase it.
        terms: [fuck, shit*, ass, asses, bitch, son of a bitch, spic]
        mild: [damn]
        allow: [bitchin]
        examples:
          flag: [sh1t]
        """;

    private const string Spanish = """
        kind: lexicon
        category: sexual
        languages: [es]
        message: "'{match}' es una referencia sexual."
        fix: Quítalo.
        terms: [polla, estúpido, pendejo, hijo de puta]
        mild: [coger, concha]
        locales:
          es-ES:
            allow: [coger, concha]
          es-MX:
            allow: [concha]
        examples:
          flag: [p0lla]
        """;

    private static readonly Lazy<IRule> EnglishRule = new(() => TempPack.Rule(English));

    private static readonly Lazy<IRule> SpanishRule = new(() => TempPack.Rule(Spanish));

    [Theory]
    [InlineData("What the FUCK", "FUCK")]
    [InlineData("that was a sh1t show", "sh1t")]
    [InlineData("fuuuuck me", "fuuuuck")]
    [InlineData("fuckkk", "fuckkk")]
    [InlineData("oh f.u.c.k.", "f.u.c.k")]
    [InlineData("f u c k you", "f u c k")]
    [InlineData("F-U-C-K", "F-U-C-K")]
    [InlineData("f_u_c_k", "f_u_c_k")]
    [InlineData("f*u*c*k", "f*u*c*k")]
    [InlineData("the f*ck is this", "f*ck")]
    [InlineData("what the f***", "f***")]
    [InlineData("a pain in the a$$", "a$$")]
    [InlineData("total sh!t!!", "sh!t")]
    [InlineData("total shitshow", "shitshow")]
    [InlineData("so shitty", "shitty")]
    [InlineData("b!tches be like", "b!tches")]
    [InlineData("bitchez", "bitchez")]
    [InlineData("bitchass", "bitchass")]
    [InlineData("\u0430ss", "\u0430ss")]
    [InlineData("d@mn it", "d@mn")]
    [InlineData("that's *fuck* awful", "fuck")]
    public void Evaluate_ObfuscatedEnglish_FlagsTheWordAsWritten(string text, string expected)
    {
        var findings = Check(EnglishRule.Value, text, "en");

        var finding = Assert.Single(findings);
        Assert.Equal(expected, finding.Span.Slice(text));
    }

    [Theory]
    [InlineData("Scunthorpe United")]
    [InlineData("Our assistant will assess your class and pass it on.")]
    [InlineData("as soon as possible")]
    [InlineData("assessed, assesses, assessing")]
    [InlineData("shiitake")]
    [InlineData("a spicy curry")]
    [InlineData("Mississippi")]
    [InlineData("bitchin")]
    [InlineData("ask @ass_help or @shit")]
    [InlineData("see https://example.com/fuck-shit")]
    [InlineData("the Galaxy A55, the A5S and the SH1 hub")]
    [InlineData("price* (terms apply)")]
    [InlineData("*really* good")]
    [InlineData("a s s i s t a n t")]
    [InlineData("U.S.A.")]
    public void Evaluate_InnocentEnglish_NoFinding(string text)
    {
        Assert.Empty(Check(EnglishRule.Value, text, "en"));
    }

    [Theory]
    [InlineData("qué estúpido", "estúpido")]
    [InlineData("qué ESTUPIDO", "ESTUPIDO")]
    [InlineData("qué estupidoooo", "estupidoooo")]
    [InlineData("una p0lla", "p0lla")]
    [InlineData("unas pollas", "pollas")]
    [InlineData("son unos pendejos", "pendejos")]
    [InlineData("eres un hijo de puta", "hijo de puta")]
    [InlineData("eres un hijo  de   puta", "hijo  de   puta")]
    [InlineData("Hijo-de-Puta", "Hijo-de-Puta")]
    public void Evaluate_ObfuscatedSpanish_FlagsTheWordAsWritten(string text, string expected)
    {
        var finding = Assert.Single(Check(SpanishRule.Value, text, "es"));

        Assert.Equal(expected, finding.Span.Slice(text));
    }

    [Theory]
    [InlineData("Tu computadora llegará mañana.")]
    [InlineData("Cuidamos nuestra reputación.")]
    [InlineData("El pollo llega frío.")]
    [InlineData("Es un producto estupendo.")]
    [InlineData("hijo de Pedro")]
    public void Evaluate_InnocentSpanish_NoFinding(string text)
    {
        Assert.Empty(Check(SpanishRule.Value, text, "es"));
    }

    [Fact]
    public void Evaluate_TextWithEmojiAndAccents_SpanPointsAtTheOriginalWord()
    {
        const string text = "👩‍👩‍👧 Señora, ¡qué ESTÚPIDO error! 😂 p.o.l.l.a";

        var findings = Check(SpanishRule.Value, text, "es");

        Assert.Equal(["ESTÚPIDO", "p.o.l.l.a"], findings.Select(f => f.Span.Slice(text)));
    }

    [Fact]
    public void Evaluate_DecomposedAccent_SpanCoversTheCombiningMark()
    {
        var text = "qué estu\u0301pido";

        var finding = Assert.Single(Check(SpanishRule.Value, text, "es"));

        Assert.Equal("estu\u0301pido", finding.Span.Slice(text));
    }

    [Fact]
    public void Evaluate_Finding_CarriesCategorySeverityAndAdvice()
    {
        var finding = Assert.Single(Check(SpanishRule.Value, "una polla", "es"));

        Assert.Equal(FindingCategory.Sexual, finding.Category);
        Assert.Equal(Severity.Block, finding.Severity);
        Assert.Equal("'polla' es una referencia sexual.", finding.Message);
        Assert.NotNull(finding.Fix);
        Assert.Equal("Quítalo.", finding.Fix.Description);
        Assert.False(finding.Fix.IsAutomatic);
    }

    [Theory]
    [InlineData("damn it", Severity.Warning)]
    [InlineData("fuck it", Severity.Block)]
    public void Evaluate_MildTerm_IsAWarning(string text, Severity expected)
    {
        var finding = Assert.Single(Check(EnglishRule.Value, text, "en"));

        Assert.Equal(expected, finding.Severity);
    }

    [Theory]
    [InlineData("voy a coger el tren", null, true)]
    [InlineData("voy a coger el tren", "ES", false)]
    [InlineData("voy a coger el tren", "es", false)]
    [InlineData("voy a coger el tren", "MX", true)]
    [InlineData("voy a coger el tren", "AR", true)]
    [InlineData("una concha de la playa", "MX", false)]
    [InlineData("una concha de la playa", "AR", true)]
    [InlineData("una polla", "ES", true)]
    public void Evaluate_LocaleAllowList_DependsOnTheCustomersRegion(string text, string? region, bool flagged)
    {
        var customer = region is null ? null : new CustomerContext(Region: region);

        var findings = Check(SpanishRule.Value, text, "es", customer);

        Assert.Equal(flagged, findings.Count > 0);
    }

    [Fact]
    public void Evaluate_PhraseAndItsWord_OneFindingOverThePhrase()
    {
        const string text = "you son of a bitch";

        var finding = Assert.Single(Check(EnglishRule.Value, text, "en"));

        Assert.Equal("son of a bitch", finding.Span.Slice(text));
    }

    [Theory]
    [InlineData("terms: [sh1t]", "write terms in plain letters")]
    [InlineData("terms: [x]", "at least 2 letters")]
    [InlineData("terms: [fuck, FUCK]", "listed twice")]
    [InlineData("terms: [son of a*]", "only a one-word term may end in *")]
    [InlineData("terms: [fuck]\ncategory: tone", "category must be profanity, sexual, slur or insult")]
    [InlineData("terms: [fuck]\nlocales:\n  es-ES:\n    allow: [coger]", "'coger' is not one of this rule's terms")]
    [InlineData("terms: [fuck]\nlocales:\n  spain:\n    allow: [fuck]", "a locale is a language and a region")]
    [InlineData("terms: [fuck]\nallow: [two words]", "must be one word of plain letters")]
    public void Create_BadSettings_RefusedWithPosition(string settings, string expected)
    {
        var yaml = $"""
            kind: lexicon
            message: bad
            {settings}
            examples:
              flag: [fuck]
            """;

        var problems = TempPack.Problems(yaml);

        Assert.Contains(problems, p => p.Contains(expected, StringComparison.Ordinal) && char.IsDigit(p[0]));
    }

    [Fact]
    public void Terms_ListedTerms_NameTheirWordsOnly()
    {
        var rule = (LexiconRule)EnglishRule.Value;

        Assert.Contains(rule.Terms, t => t.Names("shitshow"));
        Assert.Contains(rule.Terms, t => t.Names("ass"));
        Assert.DoesNotContain(rule.Terms, t => t.Names("assess"));
        Assert.Equal(Severity.Warning, rule.Terms.Single(t => t.Text == "damn").Severity);
    }

    private static List<Finding> Check(IRule rule, string text, string language, CustomerContext? customer = null)
    {
        var findings = new List<Finding>();
        rule.Evaluate(new CheckContext(text, ChannelProfile.GenericPublic, language, customer), findings);
        return findings;
    }
}
