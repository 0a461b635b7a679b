using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Rules.Kinds;

namespace AgentAssist.Core.Tests.Packs;

public sealed class ProfanityPackTests
{
    [Theory]
    [InlineData("profanity-en", "ProfanityEn", "en")]
    [InlineData("profanity-es", "ProfanityEs", "es")]
    public void Load_RealPack_LoadsCleanlyWithEveryCategory(string folder, string id, string language)
    {
        var result = ProfanityPacks.LoadResult(folder);

        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        var pack = result.Pack!;
        Assert.Equal(id, pack.Id);
        Assert.Equal([language], pack.Languages);
        Assert.All(pack.Rules, r => Assert.IsType<LexiconRule>(r));
        Assert.Equal(
            [FindingCategory.Profanity, FindingCategory.Sexual, FindingCategory.Slur, FindingCategory.Insult],
            pack.Rules.Cast<LexiconRule>().Select(r => r.Category).Order());
        Assert.All(pack.Rules.Cast<LexiconRule>(), r => Assert.Contains(r.Terms, t => t.Severity == Severity.Warning));
    }

    [Theory]
    [InlineData("profanity-en", "surge-ai/profanity", "words/cuss", "dsojevic/profanity-list", "LDNOOBW")]
    [InlineData("profanity-es", "words/cuss", "LDNOOBW")]
    public void Load_RealPack_AttributesEverySourceList(string folder, params string[] sources)
    {
        var attribution = ProfanityPacks.Load(folder).Attribution;

        Assert.NotNull(attribution);
        Assert.All(sources, s => Assert.Contains(s, attribution, StringComparison.Ordinal));
        Assert.Contains("MIT", attribution, StringComparison.Ordinal);
        Assert.Contains("CC BY 4.0", attribution, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("profanity-en")]
    [InlineData("profanity-es")]
    public void Load_RealPack_NoTermInTwoRules(string folder)
    {
        var owners = ProfanityPacks.Load(folder).Rules.Cast<LexiconRule>()
            .SelectMany(r => r.Terms.Select(t => (Term: string.Join(' ', t.Words), Rule: r.Id)))
            .GroupBy(t => t.Term, StringComparer.Ordinal)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(t => t.Rule))}");

        Assert.Empty(owners);
    }

    [Theory]
    [InlineData("en", "What the f*ck is this?", FindingCategory.Profanity)]
    [InlineData("en", "that update was a sh1t show", FindingCategory.Profanity)]
    [InlineData("en", "FUUUUCK", FindingCategory.Profanity)]
    [InlineData("en", "f.u.c.k.i.n.g battery", FindingCategory.Profanity)]
    [InlineData("en", "a pain in the a$$", FindingCategory.Profanity)]
    [InlineData("en", "total bullsh!t!!", FindingCategory.Profanity)]
    [InlineData("en", "suck my d1ck", FindingCategory.Sexual)]
    [InlineData("en", "p o r n", FindingCategory.Sexual)]
    [InlineData("en", "you f4gg0t", FindingCategory.Slur)]
    [InlineData("en", "stop being a retaaaard", FindingCategory.Slur)]
    [InlineData("en", "b!tch please", FindingCategory.Insult)]
    [InlineData("en", "you stupid c.u.n.t", FindingCategory.Insult)]
    [InlineData("en", "what an a$$hole", FindingCategory.Insult)]
    [InlineData("es", "fue una m1erda", FindingCategory.Profanity)]
    [InlineData("es", "es cosa nuestra, j0der", FindingCategory.Profanity)]
    [InlineData("es", "¡JODEEER!", FindingCategory.Profanity)]
    [InlineData("es", "qué p0lla", FindingCategory.Sexual)]
    [InlineData("es", "f.o.l.l.a.r", FindingCategory.Sexual)]
    [InlineData("es", "eres un mar1cón", FindingCategory.Slur)]
    [InlineData("es", "esa put@ batería", FindingCategory.Insult)]
    [InlineData("es", "es un gilipoll@s", FindingCategory.Insult)]
    [InlineData("es", "y un c*brón", FindingCategory.Insult)]
    [InlineData("es", "qué estupido", FindingCategory.Insult)]
    [InlineData("es", "qué ESTÚPIDO", FindingCategory.Insult)]
    public void Check_ObfuscatedTerm_FlaggedInItsCategory(string language, string text, FindingCategory category)
    {
        var findings = ProfanityPacks.Check(language, text);

        Assert.Contains(findings, f => f.Category == category);
    }

    [Theory]
    [InlineData("en", "Scunthorpe United won again.")]
    [InlineData("en", "Our assistant will assess your claim and pass it to the class action team.")]
    [InlineData("en", "A classic cocktail, a cockpit view and a cockatoo.")]
    [InlineData("en", "Dickens, Hancock and Cummings are on the shortlist.")]
    [InlineData("en", "Spicy shiitake, a pricked finger and a niggardly budget.")]
    [InlineData("en", "Please retweet: the Galaxy A55 and the Sussex office.")]
    [InlineData("en", "Our bitcoin wallet and the title of the document.")]
    [InlineData("en", "Hi Sam, thanks for reaching out and sorry your order is running late. It should reach you tomorrow by noon.")]
    [InlineData("es", "Tu computadora llegará mañana.")]
    [InlineData("es", "Cuidamos nuestra reputación y no queremos ninguna disputa.")]
    [InlineData("es", "El pollo, el cono de helado y el año nuevo.")]
    [InlineData("es", "Es un producto estupendo; el diputado lo recomendó.")]
    [InlineData("es", "Tu pedido se ha retrasado un día, perdona.")]
    [InlineData("es", "Hola Lucía, gracias por escribirnos y perdona el retraso con tu pedido.")]
    public void Check_InnocentText_NoFinding(string language, string text)
    {
        var findings = ProfanityPacks.Check(language, text);

        Assert.True(findings.Count == 0, string.Join(", ", findings.Select(f => $"{f.RuleId} '{f.Span.Slice(text)}'")));
    }

    [Theory]
    [InlineData("ES", 0)]
    [InlineData("MX", 1)]
    [InlineData("AR", 1)]
    [InlineData(null, 1)]
    public void Check_Coger_DependsOnTheCustomersRegion(string? region, int expected)
    {
        var customer = region is null ? null : new CustomerContext(Region: region);

        var findings = ProfanityPacks.Check("es", "Puedes coger el pedido en la tienda.", customer);

        Assert.Equal(expected, findings.Count);
        Assert.All(findings, f => Assert.Equal(Severity.Warning, f.Severity));
    }

    [Theory]
    [InlineData("ES", 0)]
    [InlineData("MX", 0)]
    [InlineData("AR", 1)]
    public void Check_Concha_DependsOnTheCustomersRegion(string region, int expected)
    {
        var findings = ProfanityPacks.Check("es", "Te enviamos una concha de regalo.", new CustomerContext(Region: region));

        Assert.Equal(expected, findings.Count);
    }

    [Fact]
    public void Check_InsultingPhraseWithALocalWord_FlaggedEvenWhereTheWordIsFine()
    {
        const string text = "la concha de tu madre";

        var findings = ProfanityPacks.Check("es", text, new CustomerContext(Region: "ES"));

        var finding = Assert.Single(findings);
        Assert.Equal("concha de tu madre", finding.Span.Slice(text));
        Assert.Equal(Severity.Block, finding.Severity);
    }
}

/// <summary>The profanity packs as the repository holds them (<c>rules/profanity-en</c>, <c>rules/profanity-es</c>), loaded once.</summary>
internal static class ProfanityPacks
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    private static readonly Dictionary<string, Lazy<PackLoadResult>> Results = new(StringComparer.Ordinal)
    {
        ["profanity-en"] = new(() => RulePackLoader.Load(Path.Combine(RepositoryRoot, "rules", "profanity-en"))),
        ["profanity-es"] = new(() => RulePackLoader.Load(Path.Combine(RepositoryRoot, "rules", "profanity-es"))),
    };

    /// <summary>The folder holding <c>AgentAssist.sln</c>, found by walking up from the test binaries.</summary>
    public static string RepositoryRoot => LazyRoot.Value;

    public static PackLoadResult LoadResult(string folder) => Results[folder].Value;

    public static RulePack Load(string folder) =>
        LoadResult(folder).Pack ?? throw new InvalidOperationException($"rules/{folder} does not load: {string.Join("; ", LoadResult(folder).Diagnostics)}");

    /// <summary>The pack for <paramref name="language"/> (<c>en</c> or <c>es</c>).</summary>
    public static RulePack ForLanguage(string language) => Load($"profanity-{language}");

    /// <summary>Runs every rule of the pack for <paramref name="language"/> on <paramref name="text"/>.</summary>
    public static List<Finding> Check(string language, string text, CustomerContext? customer = null)
    {
        var context = new CheckContext(text, ChannelProfile.GenericPublic, language, customer);
        var findings = new List<Finding>();
        foreach (var rule in ForLanguage(language).Rules)
        {
            rule.Evaluate(context, findings);
        }

        return findings;
    }

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AgentAssist.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AgentAssist.sln above {AppContext.BaseDirectory}; run the tests from a clone of the repository.");
    }
}
