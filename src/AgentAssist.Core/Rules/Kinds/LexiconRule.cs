using AgentAssist.Core.Checking;
using AgentAssist.Core.Lexicon;
using AgentAssist.Core.Packs;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// <c>kind: lexicon</c> — a curated word list of one <c>category</c> (<c>profanity</c>, <c>sexual</c>, <c>slur</c> or
/// <c>insult</c>), found however people dodge a filter: any case, with or without accents, leetspeak (<c>sh1t</c>),
/// drawn-out letters (<c>fuuuck</c>), spelled-out letters (<c>f.u.c.k</c>) and masked letters (<c>f*ck</c>), but
/// only as whole words, so <c>Scunthorpe</c> and <c>computadora</c> pass. See <see cref="LexiconMatcher"/>.
/// <list type="bullet">
/// <item><c>terms</c> (required): words and phrases flagged at the rule's <c>severity</c> (default <c>block</c>).
/// <c>word*</c> names every word that starts with <c>word</c>.</item>
/// <item><c>mild</c>: terms flagged as warnings only: rude, or offensive only in some senses.</item>
/// <item><c>inflections</c>: endings a term of five letters or more may take unlisted; by default those of the rule's
/// language (<see cref="LexiconInflections"/>: <c>s, es, ed, er, ing, in, y…</c> in English, <c>s, es</c> in Spanish).</item>
/// <item><c>allow</c>: words never flagged, such as innocent words that look like an inflected term (<c>pricked</c>).</item>
/// <item><c>locales</c>: per-locale allow-lists, for words whose sense depends on the country:
/// <c>es-ES: {allow: [coger, concha]}</c> leaves those terms alone when the draft is in Spanish and the customer's
/// region (<see cref="Customers.CustomerContext.Region"/>) is <c>ES</c>. Every word under <c>allow</c> must be one of
/// the rule's terms. When the region is unknown the terms are flagged: a word that is offensive somewhere is checked
/// until the service knows where the customer is, so such terms are best listed under <c>mild</c>.</item>
/// </list>
/// Findings carry the rule's category and the term's severity, and the rule's <c>fix</c> as advice; there is no
/// automatic replacement, since only the agent can rephrase.
/// </summary>
public sealed class LexiconRule : IRule
{
    private static readonly HashSet<FindingCategory> Categories =
        [FindingCategory.Profanity, FindingCategory.Sexual, FindingCategory.Slur, FindingCategory.Insult];

    private readonly RuleBasics _basics;
    private readonly RuleBasics _mild;
    private readonly LexiconMatcher _matcher;
    private readonly LexiconTerm[] _terms;
    private readonly LocaleAllowList[] _locales;
    private readonly IReadOnlyList<string> _inflections;
    private readonly IReadOnlyList<string> _allow;

    private LexiconRule(
        RuleBasics basics,
        LexiconMatcher matcher,
        LexiconTerm[] terms,
        LocaleAllowList[] locales,
        IReadOnlyList<string> inflections,
        IReadOnlyList<string> allow)
    {
        _inflections = inflections;
        _allow = allow;
        _basics = basics;
        _mild = basics with { Severity = basics.Severity > Severity.Warning ? Severity.Warning : basics.Severity };
        _matcher = matcher;
        _terms = terms;
        _locales = locales;
    }

    public string Id => _basics.Id;

    public RuleScope Scope => _basics.Scope;

    public FindingCategory Category => _basics.Category;

    /// <summary>The word list, in the order the rule file gives it (<c>terms</c>, then <c>mild</c>).</summary>
    public IReadOnlyList<LexiconTerm> Terms => _terms;

    /// <summary>The matcher the rule checks with; shared with the pack's other lexicon rules after <see cref="ShareMatchers"/>.</summary>
    internal LexiconMatcher Matcher => _matcher;

    /// <summary>The endings the rule's terms may take (<c>inflections</c>, or its language's).</summary>
    internal IReadOnlyList<string> Inflections => _inflections;

    /// <summary>The words the rule never flags (<c>allow</c>).</summary>
    internal IReadOnlyList<string> Allow => _allow;

    internal static IRule? Create(RuleBasics basics, YamlRuleNode node)
    {
        if (!Categories.Contains(basics.Category))
        {
            node.Error(node.Get("category") ?? node.Node, "a lexicon rule's category must be profanity, sexual, slur or insult");
        }

        var terms = new List<LexiconTerm>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        ReadTerms(node, "terms", basics.Severity, required: true, terms, seen);
        ReadTerms(node, "mild", basics.Severity > Severity.Warning ? Severity.Warning : basics.Severity, required: false, terms, seen);
        var inflections = ReadWords(node, "inflections") ?? InflectionsFor(basics.Scope);
        var allow = ReadWords(node, "allow") ?? [];
        var locales = ReadLocales(node, terms);
        if (terms.Count == 0 || node.ErrorCount > 0)
        {
            return null;
        }

        var matcher = new LexiconMatcher(terms.Select(t => t.Text).ToList(), inflections, allow);
        return new LexiconRule(basics, matcher, [.. terms], [.. locales], inflections, allow);
    }

    /// <summary>
    /// Replaces the lexicon rules of one pack that apply to the same languages with rules whose matchers share one
    /// trie (<see cref="LexiconMatcher"/>), so a check walks each word once for all of them. Each rule finds exactly
    /// what it found alone. Other rules are left where they are.
    /// </summary>
    internal static void ShareMatchers(IList<IRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var groups = rules
            .Select((rule, index) => (Rule: rule as LexiconRule, Index: index))
            .Where(r => r.Rule is not null)
            .GroupBy(r => string.Join(',', r.Rule!.Scope.Languages.Order(StringComparer.Ordinal)), StringComparer.Ordinal)
            .Where(g => g.Count() > 1);
        foreach (var group in groups.ToList())
        {
            var members = group.ToList();
            var matchers = LexiconMatcher.CreateGroup(
                members.Select(m => ((IReadOnlyList<string>)m.Rule!._terms.Select(t => t.Text).ToList(), (IEnumerable<string>)m.Rule._inflections, (IEnumerable<string>)m.Rule._allow)).ToList());
            for (var k = 0; k < members.Count; k++)
            {
                var rule = members[k].Rule!;
                rules[members[k].Index] = new LexiconRule(rule._basics, matchers[k], rule._terms, rule._locales, rule._inflections, rule._allow);
            }
        }
    }

    public void Evaluate(CheckContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var matches = context.LexiconMatchBuffer();
        _matcher.FindAll(context.Folded.Value, context.TokensIfRead, AllowedFor(context), matches);
        foreach (var match in matches)
        {
            var basics = _terms[match.Term].Severity == _basics.Severity ? _basics : _mild;
            findings.Add(basics.CreateFinding(context, context.Folded.ToOriginal(match.Start, match.End)));
        }
    }

    private HashSet<int>? AllowedFor(CheckContext context)
    {
        if (_locales.Length == 0 || context.Customer?.Region is not { } region)
        {
            return null;
        }

        foreach (var locale in _locales)
        {
            if (string.Equals(locale.Language, context.Language, StringComparison.OrdinalIgnoreCase)
                && string.Equals(locale.Region, region, StringComparison.OrdinalIgnoreCase))
            {
                return locale.Terms;
            }
        }

        return null;
    }

    private static void ReadTerms(YamlRuleNode node, string key, Severity severity, bool required, List<LexiconTerm> terms, Dictionary<string, string> seen)
    {
        foreach (var (text, at) in node.Strings(key, required))
        {
            if (LexiconMatcher.Problem(text) is { } problem)
            {
                node.Error(at, problem);
                continue;
            }

            var words = LexiconMatcher.FoldWords(text);
            var prefix = text.TrimEnd().EndsWith('*');
            var identity = string.Join(' ', words) + (prefix ? "*" : string.Empty);
            if (seen.TryGetValue(identity, out var first))
            {
                node.Error(at, $"'{text}' is listed twice (first as '{first}')");
                continue;
            }

            seen[identity] = text;
            terms.Add(new LexiconTerm(text, words, prefix, severity));
        }
    }

    private static List<string>? ReadWords(YamlRuleNode node, string key)
    {
        if (node.Get(key) is null)
        {
            return null;
        }

        var words = new List<string>();
        foreach (var (word, at) in node.Strings(key))
        {
            if (LexiconMatcher.FoldWords(word) is [var single] && !word.Contains('*', StringComparison.Ordinal))
            {
                words.Add(single);
            }
            else
            {
                node.Error(at, $"'{word}' in '{key}' must be one word of plain letters");
            }
        }

        return words;
    }

    private static IReadOnlyList<string> InflectionsFor(RuleScope scope) =>
        scope.Languages.Count == 1 ? LexiconInflections.For(scope.Languages.First()) : [];

    private static List<LocaleAllowList> ReadLocales(YamlRuleNode node, List<LexiconTerm> terms)
    {
        var locales = new List<LocaleAllowList>();
        if (node.Map("locales") is not { } map)
        {
            return locales;
        }

        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } locale } || !IsLocale(locale))
            {
                node.Error(key, "a locale is a language and a region, such as es-ES or es-MX");
                continue;
            }

            if (value is not YamlMappingNode settings)
            {
                node.Error(value, $"locale '{locale}' needs 'allow': the terms that are fine there");
                continue;
            }

            var child = node.Child(settings);
            var allowed = new HashSet<int>();
            foreach (var (word, at) in child.Strings("allow", required: true))
            {
                var folded = string.Join(' ', LexiconMatcher.FoldWords(word));
                var index = terms.FindIndex(t => string.Equals(string.Join(' ', t.Words), folded, StringComparison.Ordinal));
                if (index < 0)
                {
                    child.Error(at, $"'{word}' is not one of this rule's terms, so there is nothing to allow in {locale}");
                    continue;
                }

                allowed.Add(index);
            }

            child.RejectUnreadKeys();
            locales.Add(new LocaleAllowList(locale[..2], locale[3..], allowed));
        }

        return locales;
    }

    private static bool IsLocale(string locale) =>
        locale.Length == 5 && locale[2] == '-'
        && char.IsAsciiLetterLower(locale[0]) && char.IsAsciiLetterLower(locale[1])
        && char.IsAsciiLetterUpper(locale[3]) && char.IsAsciiLetterUpper(locale[4]);

    private sealed record LocaleAllowList(string Language, string Region, HashSet<int> Terms);
}
