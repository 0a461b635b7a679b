using System.Globalization;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Privacy;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// <c>kind: privacy</c> — personal data, by channel kind. <c>entities</c> lists the types the rule handles;
/// <c>public</c> and <c>private</c> say what to do with them there (<c>block</c>, <c>approval</c>, <c>warn</c>,
/// <c>info</c>, <c>allow</c>); with <c>allowShared: true</c> what the customer already gave passes in private channels.
/// <c>allowDomains</c> lists the brand's own domains (links and addresses there are fine), <c>identifiers</c> the
/// brand's own numbers (order, account) as patterns, <c>brandPhones</c>, <c>brandHandles</c> and <c>brandAddresses</c>
/// the brand's own contact points (never personal data), and <c>handoff</c> the words, per language, that take the
/// conversation to a private channel. Every finding offers the masked value as its automatic fix; no message ever
/// holds the value itself.
/// </summary>
public sealed class PrivacyRule : IRule
{
    /// <summary>A brand's own pattern is written for its identifiers, so a match is taken without context.</summary>
    private const double IdentifierScore = 0.85;

    private static readonly string[] Actions = Enum.GetNames<PrivacyAction>().Select(n => n.ToLowerInvariant()).ToArray();
    private static readonly string[] NotAfterMatch = ["{match}"];

    private readonly RuleBasics _basics;
    private readonly HashSet<string> _entities;
    private readonly Severity? _public;
    private readonly Severity? _private;
    private readonly bool _allowShared;
    private readonly double _minScore;
    private readonly DomainAllowList _allowDomains;
    private readonly BrandContacts _brand;
    private readonly IEntityRecognizer[] _identifiers;
    private readonly IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> _labels;
    private readonly IReadOnlyDictionary<string, string> _handoff;

    private PrivacyRule(
        RuleBasics basics,
        HashSet<string> entities,
        Severity? publicSeverity,
        Severity? privateSeverity,
        bool allowShared,
        double minScore,
        DomainAllowList allowDomains,
        BrandContacts brand,
        IEntityRecognizer[] identifiers,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> labels,
        IReadOnlyDictionary<string, string> handoff)
    {
        _basics = basics;
        _entities = entities;
        _public = publicSeverity;
        _private = privateSeverity;
        _allowShared = allowShared;
        _minScore = minScore;
        _allowDomains = allowDomains;
        _brand = brand;
        _identifiers = identifiers;
        _labels = labels;
        _handoff = handoff;
    }

    public string Id => _basics.Id;

    public RuleScope Scope => _basics.Scope;

    public void Evaluate(CheckContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var isPublic = context.Channel.Kind == ChannelKind.Public;
        if ((isPublic ? _public : _private) is not { } severity)
        {
            return;
        }

        var matches = PrivacyAnalysis.For(context);
        if (_identifiers.Length > 0)
        {
            matches = PrivacyAnalysis.With(context, matches, _identifiers);
        }

        var text = context.Text;
        bool? linked = null;
        foreach (var match in matches)
        {
            if (!_entities.Contains(match.EntityType) || match.Score < _minScore)
            {
                continue;
            }

            var value = text.AsSpan(match.Span.Start, match.Span.Length);
            if ((match.EntityType is EntityTypes.EmailAddress or EntityTypes.Url && _allowDomains.Allows(value))
                || (match.EntityType == EntityTypes.Url && !LinkPersonalData.Carries(value))
                || _brand.Owns(match.EntityType, value))
            {
                continue;
            }

            // The customer's name or handle alone is a greeting; next to their data it says whose data it is.
            var identity = match.EntityType is EntityTypes.Person or EntityTypes.UserHandle;
            if (identity && !(linked ??= HasOtherPersonalData(text, matches)))
            {
                continue;
            }

            if (!isPublic && _allowShared
                && (identity || (context.Customer is { } customer && SharedIdentifiers.Contains(customer.SharedIdentifiers, match.EntityType, value))))
            {
                continue;
            }

            findings.Add(CreateFinding(context, match, severity, isPublic));
        }
    }

    private bool HasOtherPersonalData(string text, IReadOnlyList<EntityMatch> matches)
    {
        foreach (var match in matches)
        {
            var other = match.EntityType switch
            {
                EntityTypes.Person or EntityTypes.UserHandle or EntityTypes.Url => false,
                EntityTypes.EmailAddress => !_allowDomains.Allows(text.AsSpan(match.Span.Start, match.Span.Length)),
                _ => true,
            };
            if (other)
            {
                return true;
            }
        }

        return false;
    }

    private Finding CreateFinding(CheckContext context, EntityMatch match, Severity severity, bool isPublic)
    {
        var language = context.Language;
        var words = _basics.TextFor(language);
        var type = match.EntityType;
        var label = EntityLabels.For(type, language, _labels);
        var replacement = Redactor.MaskValue(type, context.Text.AsSpan(match.Span.Start, match.Span.Length));
        var advice = Format(words.Advice ?? "→ {replacement}", label, type, replacement);
        if (isPublic && HandoffFor(language) is { } handoff)
        {
            advice = $"{advice} {handoff}";
        }

        return new Finding(
            _basics.Id,
            _basics.Category,
            severity,
            Aligned(context.Text, match.Span),
            Format(words.Message, label, type, replacement),
            words.Reason is null ? null : Format(words.Reason, label, type, replacement),
            new Fix(advice, replacement))
        {
            EntityType = type,
            Score = match.Score,
        };
    }

    /// <summary>
    /// The span on text-element boundaries. Recognizers match ASCII-delimited values, so the span is almost always
    /// aligned already: an ASCII character is never the inside of an emoji or an accented letter.
    /// </summary>
    private static Text.TextSpan Aligned(string text, Text.TextSpan span) =>
        char.IsAscii(text[span.Start]) && (span.End == text.Length || char.IsAscii(text[span.End])) && !(span.Start > 0 && text[span.Start - 1] == '\r' && text[span.Start] == '\n')
            ? span
            : span.AlignToTextElements(text);

    private string? HandoffFor(string language) =>
        _handoff.TryGetValue(language, out var handoff) || _handoff.TryGetValue("en", out handoff) ? handoff : _handoff.Values.FirstOrDefault();

    private static string Format(string template, string label, string type, string replacement) =>
        !template.Contains('{', StringComparison.Ordinal)
            ? template
            : template
                .Replace("{entity}", label, StringComparison.Ordinal)
                .Replace("{type}", type, StringComparison.Ordinal)
                .Replace("{replacement}", replacement, StringComparison.Ordinal);

    internal static IRule? Create(RuleBasics basics, YamlRuleNode node)
    {
        RejectEchoOfTheValue(basics, node);
        var identifiers = ReadIdentifiers(node, out var labels);
        var entities = ReadEntities(node, identifiers);
        var publicSeverity = ReadAction(node, "public", basics.Severity);
        var privateSeverity = ReadAction(node, "private", basics.Severity);
        var allowShared = node.Bool("allowShared") ?? false;
        var minScore = ReadScore(node, "minScore", EntityAnalyzer.DefaultMinScore, EntityAnalyzer.DefaultMinScore) ?? EntityAnalyzer.DefaultMinScore;
        var domains = ReadDomains(node);
        var brand = ReadBrandContacts(node);
        var handoff = ReadHandoff(node);
        if (node.ErrorCount > 0)
        {
            return null;
        }

        return new PrivacyRule(
            basics,
            entities,
            publicSeverity,
            privateSeverity,
            allowShared,
            minScore,
            domains,
            brand,
            [.. identifiers.Values],
            labels,
            handoff);
    }

    /// <summary>Personal data must never be copied into the words the agent sees, logs or cards show.</summary>
    private static void RejectEchoOfTheValue(RuleBasics basics, YamlRuleNode node)
    {
        var texts = new[] { basics.Message, basics.Reason, basics.Advice }
            .Concat(basics.Translations.Values.SelectMany(t => new[] { t.Message, t.Reason, t.Advice }));
        if (texts.Any(t => t is not null && NotAfterMatch.Any(p => t.Contains(p, StringComparison.Ordinal))))
        {
            node.Error(node.Get("message") ?? node.Node, "a privacy rule must not show the data it found: use {entity} (what it is) or {replacement} (the masked value) instead of {match}");
        }
    }

    private static HashSet<string> ReadEntities(YamlRuleNode node, IReadOnlyDictionary<string, IEntityRecognizer> identifiers)
    {
        var entities = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (entity, at) in node.Strings("entities", required: true))
        {
            if (EntityTypes.BuiltIn.Contains(entity) || identifiers.ContainsKey(entity))
            {
                entities.Add(entity);
            }
            else
            {
                var known = EntityTypes.BuiltIn.Concat(identifiers.Keys).Order(StringComparer.Ordinal);
                node.Error(at, $"unknown entity type '{entity}'; known: {string.Join(", ", known)} (define your own under 'identifiers')");
            }
        }

        return entities;
    }

    private static Severity? ReadAction(YamlRuleNode node, string key, Severity fallback)
    {
        var value = node.Text(key);
        if (value is null)
        {
            return fallback;
        }

        if (!Actions.Contains(value, StringComparer.Ordinal) || !Enum.TryParse<PrivacyAction>(value, ignoreCase: true, out var action))
        {
            node.Error(node.Get(key)!, $"'{key}' must be one of: {string.Join(", ", Actions)}");
            return fallback;
        }

        return action switch
        {
            PrivacyAction.Allow => null,
            PrivacyAction.Info => Severity.Info,
            PrivacyAction.Warn => Severity.Warning,
            PrivacyAction.Approval => Severity.Approval,
            _ => Severity.Block,
        };
    }

    private static double? ReadScore(YamlRuleNode node, string key, double min, double fallback)
    {
        var value = node.Text(key);
        if (value is null)
        {
            return fallback;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var score) && score >= min && score <= 1.0)
        {
            return score;
        }

        node.Error(node.Get(key)!, $"'{key}' must be a number from {min.ToString(CultureInfo.InvariantCulture)} to 1");
        return null;
    }

    private static DomainAllowList ReadDomains(YamlRuleNode node)
    {
        var domains = new List<string>();
        foreach (var (domain, at) in node.Strings("allowDomains"))
        {
            if (DomainAllowList.IsValidDomain(domain))
            {
                domains.Add(domain);
            }
            else
            {
                node.Error(at, $"'{domain}' is not a domain such as lumora.com");
            }
        }

        return domains.Count == 0 ? DomainAllowList.Empty : new DomainAllowList(domains);
    }

    private static BrandContacts ReadBrandContacts(YamlRuleNode node)
    {
        var phones = new List<string>();
        foreach (var (phone, at) in node.Strings("brandPhones"))
        {
            if (BrandContacts.IsPhoneNumber(phone))
            {
                phones.Add(phone);
            }
            else
            {
                node.Error(at, $"'{phone}' is not a phone number with at least 7 digits, such as 0800 123 4567");
            }
        }

        var handles = node.Strings("brandHandles").Select(h => h.Value).ToList();
        var addresses = node.Strings("brandAddresses").Select(a => a.Value).ToList();
        return phones.Count + handles.Count + addresses.Count == 0 ? BrandContacts.Empty : new BrandContacts(phones, handles, addresses);
    }

    private static Dictionary<string, string> ReadHandoff(YamlRuleNode node)
    {
        var handoff = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node.Map("handoff") is not { } map)
        {
            return handoff;
        }

        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { Length: 2 } language } || !language.All(char.IsAsciiLetterLower))
            {
                node.Error(key, "'handoff' is a map of two-letter language codes (en, es) to the words that move the conversation to a private message");
                continue;
            }

            if (value is not YamlScalarNode { Value: { } words } || string.IsNullOrWhiteSpace(words))
            {
                node.Error(value, $"the handoff for '{language}' must be a text");
                continue;
            }

            handoff[language] = words;
        }

        return handoff;
    }

    /// <summary>
    /// <c>identifiers: {ORDER_NUMBER: 'pattern'}</c> or <c>{ORDER_NUMBER: {pattern, context, score, label: {en, es}}}</c>:
    /// the brand's own numbers, matched with the brand's pattern (safely: linear time or a timeout).
    /// </summary>
    private static Dictionary<string, IEntityRecognizer> ReadIdentifiers(YamlRuleNode node, out IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>> labels)
    {
        var identifiers = new Dictionary<string, IEntityRecognizer>(StringComparer.Ordinal);
        var allLabels = new Dictionary<string, IReadOnlyDictionary<string, string>>(StringComparer.Ordinal);
        labels = allLabels;
        if (node.Map("identifiers") is not { } map)
        {
            return identifiers;
        }

        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } type } || !EntityTypes.IsValidName(type))
            {
                node.Error(key, "an identifier type is UPPER_SNAKE, such as ORDER_NUMBER");
                continue;
            }

            if (EntityTypes.BuiltIn.Contains(type))
            {
                node.Error(key, $"'{type}' is built in; give the brand's identifier its own name");
                continue;
            }

            switch (value)
            {
                case YamlScalarNode { Value: { } pattern }:
                    if (SafeRegex.Compile(node, value, pattern, ignoreCase: true) is { } regex)
                    {
                        identifiers[type] = new PatternRecognizer(type, [new EntityPattern("brand", regex, IdentifierScore)]);
                    }

                    break;
                case YamlMappingNode details:
                    var child = node.Child(details);
                    var patterns = PatternRule.ReadPatterns(child, required: true);
                    var context = child.Strings("context").Select(c => c.Value).ToList();
                    var score = ReadScore(child, "score", 0.0, IdentifierScore) ?? IdentifierScore;
                    var label = ReadLabel(child);
                    child.RejectUnreadKeys();
                    if (patterns.Length > 0)
                    {
                        identifiers[type] = new PatternRecognizer(
                            type,
                            patterns.Select(p => new EntityPattern("brand", p, score)),
                            new PatternRecognizerOptions { Context = context.Count > 0 ? new ContextWords(context) : ContextWords.None });
                    }

                    if (label.Count > 0)
                    {
                        allLabels[type] = label;
                    }

                    break;
                default:
                    node.Error(value, $"identifier '{type}' is a pattern, or a map with 'pattern' and optional 'context', 'score', 'label'");
                    break;
            }
        }

        return identifiers;
    }

    private static Dictionary<string, string> ReadLabel(YamlRuleNode node)
    {
        var label = new Dictionary<string, string>(StringComparer.Ordinal);
        if (node.Map("label") is not { } map)
        {
            return label;
        }

        foreach (var (key, value) in map.Children)
        {
            if (key is YamlScalarNode { Value: { Length: 2 } language } && value is YamlScalarNode { Value: { } words } && !string.IsNullOrWhiteSpace(words))
            {
                label[language] = words;
            }
            else
            {
                node.Error(key, "'label' is a map of two-letter language codes to what the identifier is called (en: order number)");
            }
        }

        return label;
    }
}
