using System.Buffers;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Benchmarks;

/// <summary>
/// How fast the guardrail engine checks a social reply, against the floor of what any literal-term check can cost:
/// one multi-string <see cref="SearchValues{T}"/> scan for every literal term the loaded packs hold (with this many terms
/// .NET picks its Aho-Corasick implementation rather than the Teddy SIMD one).
/// Every benchmark handles the same <see cref="SampleReplies.Count"/> replies per invocation and reports the time per reply.
/// </summary>
[MemoryDiagnoser]
[CategoriesColumn]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[SimpleJob(RunStrategy.Throughput, launchCount: 1, warmupCount: 3, iterationCount: 8)]
public class CheckBenchmarks
{
    private const string Channel = "x";

    /// <summary>Every pack under rules/: brand voice, profanity and privacy.</summary>
    private const string AllPacks = "AllPacks";

    /// <summary>The default English and Spanish packs without privacy: brand voice and profanity.</summary>
    private const string BrandAndProfanity = "BrandAndProfanity";

    /// <summary>The brand-voice packs only.</summary>
    private const string Brand = "Brand";

    /// <summary>The brand-voice packs: every language, English and Spanish.</summary>
    private static readonly string[] BrandPackFolders = ["brand", "brand-en", "brand-es"];

    /// <summary>The brand-voice packs and the profanity packs: every English and Spanish pack but privacy.</summary>
    private static readonly string[] LanguagePackFolders = [.. BrandPackFolders, "profanity-en", "profanity-es"];

    private Draft[] _drafts = [];
    private string[] _texts = [];
    private GuardrailEngine _allPacks = null!;
    private GuardrailEngine _languagePacks = null!;
    private GuardrailEngine _brandPacks = null!;
    private SearchValues<string> _allTerms = null!;
    private SearchValues<string> _languageTerms = null!;
    private SearchValues<string> _brandTerms = null!;

    [GlobalSetup]
    public void Setup()
    {
        _drafts = SampleReplies.All.Select(r => new Draft(r.Text, Channel, r.Language)).ToArray();
        _texts = SampleReplies.All.Select(r => r.Text).ToArray();
        if (_drafts.Length != SampleReplies.Count)
        {
            throw new InvalidOperationException($"SampleReplies.Count is {SampleReplies.Count} but there are {_drafts.Length} replies.");
        }

        var root = BuiltInRules.Directory;
        var all = LoadCleanPacks(root, RulePackLoader.LoadAll(root), "all");
        var language = LoadCleanPacks(root, RulePackLoader.LoadMany(Folders(root, LanguagePackFolders)), "brand+profanity");
        var brand = LoadCleanPacks(root, RulePackLoader.LoadMany(Folders(root, BrandPackFolders)), "brand");
        _allPacks = CreateEngine(all);
        _languagePacks = CreateEngine(language);
        _brandPacks = CreateEngine(brand);

        var lengths = _texts.Select(t => t.Length).ToArray();
        Log($"replies: {_texts.Length} ({SampleReplies.All.Count(r => r.Language == "en")} en, {SampleReplies.All.Count(r => r.Language == "es")} es), "
            + $"{lengths.Min()}-{lengths.Max()} chars, mean {lengths.Average():F0}; channel {Channel}");
        _allTerms = Terms("all packs", all);
        _languageTerms = Terms("brand+profanity packs", language);
        _brandTerms = Terms("brand packs", brand);
        Log($"outcome/findings per reply (all packs): {string.Join(" ", _drafts.Select(d => Short(_allPacks.Check(d))))}");
        Log($"outcome/findings per reply (brand+profanity packs): {string.Join(" ", _drafts.Select(d => Short(_languagePacks.Check(d))))}");
        Log($"outcome/findings per reply (brand packs): {string.Join(" ", _drafts.Select(d => Short(_brandPacks.Check(d))))}");
        Log($"baseline scan hits per reply (all packs' terms): {string.Join(" ", _texts.Select(t => CountHits(t, _allTerms)))}");
        Log($"baseline scan hits per reply (brand+profanity packs' terms): {string.Join(" ", _texts.Select(t => CountHits(t, _languageTerms)))}");
        Log($"baseline scan hits per reply (brand packs' terms): {string.Join(" ", _texts.Select(t => CountHits(t, _brandTerms)))}");
    }

    /// <summary>Every pack under rules/ at run time, as the service runs them.</summary>
    [Benchmark(OperationsPerInvoke = SampleReplies.Count)]
    [BenchmarkCategory(AllPacks)]
    public int CheckAllPacks() => CheckAll(_allPacks);

    /// <summary>Baseline for <see cref="CheckAllPacks"/>: the literal terms of every pack.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = SampleReplies.Count)]
    [BenchmarkCategory(AllPacks)]
    public int BaselineScanAllPacks() => ScanAll(_allTerms);

    /// <summary>The English and Spanish packs without privacy (brand voice and profanity): the subject of the 5× target.</summary>
    [Benchmark(OperationsPerInvoke = SampleReplies.Count)]
    [BenchmarkCategory(BrandAndProfanity)]
    public int CheckBrandAndProfanityPacks() => CheckAll(_languagePacks);

    /// <summary>Baseline for <see cref="CheckBrandAndProfanityPacks"/>: the literal terms of the brand and profanity packs.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = SampleReplies.Count)]
    [BenchmarkCategory(BrandAndProfanity)]
    public int BaselineScanBrandAndProfanityPacks() => ScanAll(_languageTerms);

    /// <summary>Only the brand-voice packs (no profanity, no privacy): shows what the content-filter packs cost.</summary>
    [Benchmark(OperationsPerInvoke = SampleReplies.Count)]
    [BenchmarkCategory(Brand)]
    public int CheckBrandPacks() => CheckAll(_brandPacks);

    /// <summary>Baseline for <see cref="CheckBrandPacks"/>: the literal terms of the brand packs.</summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = SampleReplies.Count)]
    [BenchmarkCategory(Brand)]
    public int BaselineScanBrandPacks() => ScanAll(_brandTerms);

    private int CheckAll(GuardrailEngine engine)
    {
        var findings = 0;
        foreach (var draft in _drafts)
        {
            findings += engine.Check(draft).Findings.Count;
        }

        return findings;
    }

    /// <summary>One case-insensitive <see cref="SearchValues{T}"/> scan of each reply for every literal term, finding all occurrences.</summary>
    private int ScanAll(SearchValues<string> terms)
    {
        var hits = 0;
        foreach (var text in _texts)
        {
            hits += CountHits(text, terms);
        }

        return hits;
    }

    private static SearchValues<string> Terms(string what, IReadOnlyList<PackLoadResult> packs)
    {
        Describe(what, packs);
        var terms = PackTerms.Read(packs);
        Log($"baseline scan for {what}: {terms.Count} distinct literal terms from the banned/lexicon/approval terms, swap keys and markers of those packs");
        return SearchValues.Create(terms.ToArray(), StringComparison.OrdinalIgnoreCase);
    }

    private static int CountHits(string text, SearchValues<string> terms)
    {
        var hits = 0;
        var rest = text.AsSpan();
        int at;
        while ((at = rest.IndexOfAny(terms)) >= 0)
        {
            hits++;
            rest = rest[(at + 1)..];
        }

        return hits;
    }

    private static List<string> Folders(string root, string[] names) =>
        names.Select(f => Path.Combine(root, f)).Where(d => File.Exists(Path.Combine(d, RulePackLoader.PackFileName))).ToList();

    private static GuardrailEngine CreateEngine(IReadOnlyList<PackLoadResult> results)
    {
        var provider = new RuleSetProvider(RuleSet.Empty);
        var problems = provider.TryReplace(results);
        if (problems.Count > 0)
        {
            throw new InvalidOperationException($"The packs do not go live together: {string.Join("; ", problems)}");
        }

        return new GuardrailEngine(provider, detectors: [], new LanguageDetector());
    }

    /// <summary>Keeps the packs that load cleanly; a pack a colleague is halfway through editing is left out, loudly.</summary>
    private static IReadOnlyList<PackLoadResult> LoadCleanPacks(string root, IReadOnlyList<PackLoadResult> results, string what)
    {
        var failed = results.Where(r => !r.Succeeded).ToList();
        if (failed.Count == 0)
        {
            return results;
        }

        foreach (var problem in failed.SelectMany(r => r.Diagnostics))
        {
            Log($"WARNING ({what}): {problem}");
        }

        var clean = results.Where(r => r.Succeeded).Select(r => r.Pack!.Source).ToList();
        Log($"WARNING ({what}): {failed.Count} pack(s) under {root} did not load; benchmarking the {clean.Count} that did");
        return RulePackLoader.LoadMany(clean).Where(r => r.Succeeded).ToList();
    }

    private static void Describe(string what, IEnumerable<PackLoadResult> results) => Describe(what, results.Select(r => r.Pack!).ToList());

    private static void Describe(string what, List<RulePack> packs) =>
        Log($"{what}: {packs.Count} packs, {packs.Sum(p => p.Rules.Count)} rules: "
            + string.Join(", ", packs.Select(p => $"{p.Id}@{p.Version} [{(p.Languages.Count == 0 ? "all" : string.Join("/", p.Languages))}] {p.Rules.Count} rules")));

    private static string Short(Verdict verdict) => $"{verdict.Outcome}/{verdict.Findings.Count}";

    private static void Log(string line) => Console.WriteLine($"// [setup] {line}");
}

/// <summary>
/// The literal terms of the loaded packs, read straight from their YAML (rules do not expose them): <c>terms</c> of
/// banned, lexicon and approval rules, <c>mild</c> of lexicon rules, and <c>swap</c> keys and <c>markers</c> of any rule.
/// A trailing <c>*</c> (prefix match) is stripped. Lexicon <c>inflections</c>, <c>allow</c> and <c>locales</c> are not terms.
/// </summary>
internal static class PackTerms
{
    private static readonly HashSet<string> TermKinds = new(StringComparer.Ordinal) { "banned", "lexicon", "approval" };

    public static IReadOnlyCollection<string> Read(IEnumerable<PackLoadResult> results)
    {
        var terms = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pack in results.Select(r => r.Pack!))
        {
            var files = Directory.EnumerateFiles(pack.Source)
                .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
                .Where(f => !string.Equals(Path.GetFileName(f), RulePackLoader.PackFileName, StringComparison.Ordinal));
            foreach (var file in files)
            {
                ReadRule(file, terms);
            }
        }

        return terms;
    }

    private static void ReadRule(string file, HashSet<string> terms)
    {
        using var reader = new StreamReader(file);
        var stream = new YamlStream();
        stream.Load(reader);
        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return;
        }

        var kind = root.Children.TryGetValue(new YamlScalarNode("kind"), out var k) ? (k as YamlScalarNode)?.Value : null;
        foreach (var (keyNode, value) in root.Children)
        {
            switch ((keyNode as YamlScalarNode)?.Value)
            {
                case "terms" when kind is not null && TermKinds.Contains(kind):
                case "mild" when kind == "lexicon":
                case "markers":
                    AddScalars(value, terms);
                    break;
                case "swap" when value is YamlMappingNode swap:
                    foreach (var swapKey in swap.Children.Keys)
                    {
                        AddScalars(swapKey, terms);
                    }

                    break;
            }
        }
    }

    private static void AddScalars(YamlNode node, HashSet<string> terms)
    {
        switch (node)
        {
            case YamlScalarNode { Value: { } value }:
                var term = value.Trim().TrimEnd('*').Trim();
                if (term.Length > 0)
                {
                    terms.Add(term);
                }

                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    AddScalars(item, terms);
                }

                break;
        }
    }
}

/// <summary>Twenty replies an agent might post on X, 255-290 characters (two run past X's 280), clean and with problems.</summary>
internal static class SampleReplies
{
    public const int Count = 20;

    public static readonly (string Language, string Text)[] All =
    [
        // English, clean.
        ("en", "Hi Sam, thanks for reaching out and sorry your order is running late. I've checked with the courier and the parcel is at your local depot, so it should reach you tomorrow by noon. If it doesn't, send us a DM with your order number and we'll chase it right away. Have a good one!"),
        ("en", "Hi Morgan, great question! The Lumora Air 3 supports USB-C fast charging up to 30W, so a full charge takes 50 minutes. Any certified USB-C charger works, but the one in the box is the quickest. The full spec sheet is on our help centre. Let us know if anything else comes up."),
        ("en", "Hey Robin, glad the new earbuds arrived safely 🎧 To pair them, open the case near your phone, hold the button for three seconds until the light blinks white, then pick Lumora Buds in Bluetooth settings. The app adds noise control. Enjoy, and shout if you need a hand! 🙌"),

        // English, shouting.
        ("en", "Hi Jess, we are VERY sorry about this. The charger you bought is NOT supposed to get that hot, so please STOP using it for now. Send us a DM with your order number and a photo of the label, and we'll arrange a replacement as soon as we can. Thanks for flagging it!"),

        // English, refund promise; compensation and a competitor.
        ("en", "Hi Alex, sorry the headphones arrived with a cracked case. We will refund the full amount today and you'll get your money back within 5 working days. No need to send them back. If you'd rather have a replacement, just reply here. Thanks for your patience!"),
        ("en", "Hi Leo, sorry the TV stand came without screws. We've posted the missing parts today and we'd like to send you a voucher for the trouble. The stand is the same one Kivo sells, so their spare kit also fits if you need it sooner. Kindly let us know when they arrive."),

        // English, blame and jargon.
        ("en", "Hi Dana, as I already said, the tablet was damaged in transit, so it's not our problem, but I've escalated to our L2 team and logged an RMA under the escalation matrix. You should have received a tracking email already. Obviously we want this fixed, so check your spam folder."),

        // English, profanity in obfuscated forms.
        ("en", "Hi Chris, honestly that update was a sh1t show and we know it. The f*cking battery bug is on us, not you. Our team pushed a fix tonight, so restart the speaker and it should install on its own. If it's still acting up tomorrow, DM us and we'll get it sorted. Sorry, mate."),
        ("en", "WTF is going on with the app, right? We hear you, the login loop is a pain in the a$$ and we're on it. Try logging out, clearing the cache and signing back in. If that doesn't fix it, DM us your username and device and we'll look into it. Sorry for the d@mn hassle, that's total bullsh!t!!"),

        // English, personal data: an email address, a phone number.
        ("en", "Hi Priya, thanks for the details. To get the warranty claim moving, please email the receipt and a photo of the serial number to claims.team@lumora-support.com and mention case 48213 in the subject. We usually reply within one working day. Sorry for the trouble!"),
        ("en", "Hi Tom, sorry you've been waiting so long on chat. Our repairs team can call you back today: reply with the best time, or call them directly on +44 20 7946 0958 between 9am and 6pm. Have your order number handy so they can pull up the repair straight away. Thanks!"),

        // Spanish, clean.
        ("es", "Hola Lucía, gracias por escribirnos y perdona el retraso con tu pedido. Hemos hablado con la empresa de transporte y el paquete ya está en tu ciudad, así que debería llegarte mañana por la mañana. Si no, escríbenos por DM con el número de pedido y lo revisamos. ¡Un abrazo!"),
        ("es", "¡Hola Marta! Los auriculares Lumora Air 3 se cargan por USB-C y con el cargador de la caja tardan unos 50 minutos. Cualquier cargador USB-C certificado funciona, aunque el original es el más rápido. La ficha técnica está en nuestro centro de ayuda. ¿Te ayudamos con algo más? 😊"),

        // Spanish, shouting.
        ("es", "Hola Javier, LO SENTIMOS MUCHO de verdad. El cargador NO debería calentarse así, por favor deja de usarlo por ahora. Mándanos un DM con el número de pedido y una foto de la etiqueta y te enviamos uno nuevo lo antes posible. Gracias por avisarnos, nos ayuda muchísimo."),

        // Spanish, refund promise and compensation; formal register on a social channel.
        ("es", "Hola Carmen, sentimos mucho que la tablet llegara con la pantalla rota. Te devolvemos el dinero en cuanto recibamos el paquete y, como gesto comercial, te enviamos una tarjeta regalo de 20 euros para tu próxima compra. La recogida es gratis: déjalo en tu punto de entrega más cercano."),
        ("es", "Estimado cliente, le informamos que su solicitud ya ha sido tramitada y que el técnico pasará por su domicilio el jueves entre las 9 y las 14 horas. Disculpe las molestias. Quedamos a su disposición para cualquier consulta adicional. Atentamente, el equipo de Lumora."),

        // Spanish, blame and jargon.
        ("es", "Hola Pablo, como ya te dije, el cable se dañó por un mal uso, así que es culpa tuya y no es nuestro problema. Aun así he pasado tu caso al equipo L2 y he abierto un RMA según nuestra política. Deberías haber leído las instrucciones antes, obviamente. Tranquilízate, lo revisamos."),

        // Spanish, profanity in obfuscated forms.
        ("es", "Hola Dani, tienes toda la razón: la actualización de ayer fue una m1erda y lo sabemos. El fallo de la batería es cosa nuestra, j0der, no tuya. Ya hemos publicado un arreglo: reinicia el altavoz y se instalará solo. Si sigue fallando, escríbenos por DM. ¡Perdona el lío!"),
        ("es", "Hola Sergio, entendemos el cabreo, el que te vendió esa put@ batería falsa es un gilipoll@s y un c*brón. Las baterías originales de Lumora llevan un holograma en la tapa. Mándanos una foto por DM y te decimos si es original. Mientras, no la cargues de noche."),

        // Spanish, personal data: a phone number and an email address.
        ("es", "Hola Elena, gracias por los datos. Para tramitar la garantía, llama al 612 345 678 de lunes a viernes de 9 a 18 h o escribe a garantias@lumora-soporte.es con una foto del ticket y del número de serie. Indica el caso 77120 en el asunto y te respondemos en un día. ¡Gracias!"),
    ];
}
