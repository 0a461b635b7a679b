using System.Text.RegularExpressions;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Packs;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Core.Suggestions;

/// <summary>
/// The phrases the <see cref="OfflineReplySuggester"/> puts around a draft, one YAML file per language under
/// <c>prompts/offline/</c>. Loaded like rule packs: every problem is reported as <c>file:line:column</c>, and a set with
/// any problem is refused as a whole.
/// </summary>
public sealed partial class OfflineTemplates
{
    /// <summary>Where the shipped templates are, relative to the program's directory.</summary>
    public const string DefaultDirectory = "prompts/offline";

    private readonly Dictionary<string, OfflineLanguageTemplates> _languages;

    private OfflineTemplates(Dictionary<string, OfflineLanguageTemplates> languages) => _languages = languages;

    /// <summary>The languages templates exist for (ISO 639-1), in order.</summary>
    public IReadOnlyList<string> Languages => [.. _languages.Keys.Order(StringComparer.Ordinal)];

    internal bool TryGet(string language, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out OfflineLanguageTemplates? templates) =>
        _languages.TryGetValue(language, out templates);

    /// <summary>Loads every <c>*.yaml</c> file in <paramref name="directory"/>.</summary>
    public static OfflineTemplatesLoadResult Load(string directory)
    {
        ArgumentNullException.ThrowIfNull(directory);
        var diagnostics = new List<PackDiagnostic>();
        var languages = new Dictionary<string, OfflineLanguageTemplates>(StringComparer.Ordinal);
        if (!Directory.Exists(directory))
        {
            diagnostics.Add(new PackDiagnostic(directory, 1, 1, "the template directory does not exist"));
            return new OfflineTemplatesLoadResult(null, diagnostics);
        }

        foreach (var file in Directory.EnumerateFiles(directory, "*.yaml").Order(StringComparer.Ordinal))
        {
            if (ReadFile(file, diagnostics) is not { } templates)
            {
                continue;
            }

            if (!languages.TryAdd(templates.Language, templates))
            {
                diagnostics.Add(new PackDiagnostic(file, 1, 1, $"templates for language '{templates.Language}' are already in another file"));
            }
        }

        if (languages.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(new PackDiagnostic(directory, 1, 1, "no template files (*.yaml) in the directory"));
        }

        return new OfflineTemplatesLoadResult(diagnostics.Count == 0 ? new OfflineTemplates(languages) : null, diagnostics);
    }

    private static OfflineLanguageTemplates? ReadFile(string file, List<PackDiagnostic> diagnostics)
    {
        YamlMappingNode root;
        try
        {
            using var reader = new StreamReader(file);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count != 1 || stream.Documents[0].RootNode is not YamlMappingNode map)
            {
                diagnostics.Add(new PackDiagnostic(file, 1, 1, "the file must hold one YAML map of 'key: value' lines"));
                return null;
            }

            root = map;
        }
        catch (YamlException e)
        {
            diagnostics.Add(new PackDiagnostic(file, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {(e.InnerException ?? e).Message}"));
            return null;
        }
        catch (InvalidOperationException)
        {
            // YamlDotNet's scanner throws this, without a position, on some unterminated flow collections ("[en").
            diagnostics.Add(new PackDiagnostic(file, 1, 1, "not valid YAML: an unterminated [list] or {map}"));
            return null;
        }
        catch (IOException e)
        {
            diagnostics.Add(new PackDiagnostic(file, 1, 1, $"cannot read the file: {e.Message}"));
            return null;
        }

        var node = new YamlRuleNode(file, root, diagnostics);
        var language = node.Text("language", required: true);
        if (language is not null && !LanguageCode().IsMatch(language))
        {
            node.Error(node.Get("language")!, $"'language' must be a two-letter ISO 639-1 code such as en or es, not '{language}'");
        }

        var greetings = Greetings(node);
        var greetingWords = node.Strings("greetingWords", required: true).Select(static w => w.Value.ToLowerInvariant()).ToList();
        var order = NamedOrGeneric(node, "order", "summary");
        var @case = NamedOrGeneric(node, "case", "subject");
        var when = node.Map("when") is { } whenMap ? node.Child(whenMap) : null;
        if (when is null)
        {
            node.Error(node.Node, "'when' is required: today, yesterday and days (\"{days} days ago\")");
        }

        var today = when is null ? null : Phrase(when, "today", []);
        var yesterday = when is null ? null : Phrase(when, "yesterday", []);
        var days = when is null ? null : Phrase(when, "days", ["days"], required: "days");
        when?.RejectUnreadKeys();
        var recentDays = node.Number("recentDays", min: 1, max: 365);
        if (node.Get("recentDays") is null)
        {
            node.Error(node.Node, "'recentDays' is required: how many days back an interaction is still acknowledged");
        }

        var interactions = new Dictionary<(InteractionChannel, InteractionOutcome), string>();
        if (Required(node, "interactions") is { } interactionMap)
        {
            foreach (var channel in Enum.GetValues<InteractionChannel>())
            {
                var key = channel.ToString().ToLowerInvariant();
                if (Required(interactionMap, key) is not { } outcomes)
                {
                    continue;
                }

                foreach (var outcome in Enum.GetValues<InteractionOutcome>())
                {
                    if (Phrase(outcomes, outcome.ToString().ToLowerInvariant(), ["when"], isRequired: true) is { } phrase)
                    {
                        interactions[(channel, outcome)] = phrase;
                    }
                }

                outcomes.RejectUnreadKeys();
            }

            interactionMap.RejectUnreadKeys();
        }

        var orders = new Dictionary<OrderStatus, string>();
        if (Required(node, "orders") is { } orderMap)
        {
            foreach (var status in Enum.GetValues<OrderStatus>())
            {
                if (Phrase(orderMap, status.ToString().ToLowerInvariant(), ["order"], isRequired: true) is { } phrase)
                {
                    orders[status] = phrase;
                }
            }

            orderMap.RejectUnreadKeys();
        }

        var cases = Phrase(node, "cases", ["case"], isRequired: true);
        var handoff = RegisterPhrases(node, "handoff", allowEmpty: false);
        var closing = RegisterPhrases(node, "closing", allowEmpty: true);
        var reading = new DraftReading(
            Words(node, "signOffWords"),
            Words(node, "handoffWords"),
            Words(node, "privateTopicWords"),
            Words(node, "orderWords"),
            Words(node, "topicStopWords"),
            Words(node, "formalAddressWords"),
            Words(node, "informalAddressWords"),
            AddressSwap(node));
        node.RejectUnreadKeys();
        if (node.ErrorCount > 0 || language is null || today is null || yesterday is null || days is null || recentDays is null || cases is null)
        {
            return null;
        }

        return new OfflineLanguageTemplates(
            language, greetings, greetingWords, order, @case, (today, yesterday, days), recentDays.Value,
            interactions, orders, cases, handoff, closing, reading);
    }

    /// <summary>An optional list of words or phrases, folded (lower case, accents removed) as drafts are read.</summary>
    private static IReadOnlyList<string> Words(YamlRuleNode node, string key) =>
        [.. node.Strings(key).Select(static w => TopicWords.Fold(w.Value.Trim())).Where(static w => w.Length > 0).Distinct(StringComparer.Ordinal)];

    /// <summary>The optional <c>formalAddressSwap</c> map: informal word → formal word (tu: su).</summary>
    private static Dictionary<string, string> AddressSwap(YamlRuleNode node)
    {
        var result = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        if (node.Map("formalAddressSwap") is not { } map)
        {
            return result;
        }

        var child = node.Child(map);
        foreach (var (key, _) in map.Children)
        {
            if (key is YamlScalarNode { Value: { Length: > 0 } from } && child.Text(from, required: true) is { Length: > 0 } to)
            {
                result[from.Trim()] = to.Trim();
            }
        }

        child.RejectUnreadKeys();
        return result;
    }

    private static YamlRuleNode? Required(YamlRuleNode node, string key)
    {
        if (node.Map(key) is { } map)
        {
            return node.Child(map);
        }

        if (node.Get(key) is null)
        {
            node.Error(node.Node, $"'{key}' is required");
        }

        return null;
    }

    private static (string Named, string Generic) NamedOrGeneric(YamlRuleNode node, string key, string placeholder)
    {
        if (Required(node, key) is not { } child)
        {
            return (string.Empty, string.Empty);
        }

        var named = Phrase(child, "named", [placeholder], required: placeholder);
        var generic = Phrase(child, "generic", [], isRequired: true);
        child.RejectUnreadKeys();
        return (named ?? string.Empty, generic ?? string.Empty);
    }

    private static Dictionary<string, (string Named, string Anonymous)> Greetings(YamlRuleNode node)
    {
        var result = new Dictionary<string, (string Named, string Anonymous)>(StringComparer.Ordinal);
        if (Required(node, "greetings") is not { } map)
        {
            return result;
        }

        foreach (var register in OfflineLanguageTemplates.Registers)
        {
            if (Required(map, register) is { } entry)
            {
                var named = Phrase(entry, "named", ["name"], required: "name");
                var anonymous = Phrase(entry, "anonymous", [], isRequired: true);
                result[register] = (named ?? string.Empty, anonymous ?? string.Empty);
                entry.RejectUnreadKeys();
            }
        }

        map.RejectUnreadKeys();
        return result;
    }

    /// <summary>A map of register to phrase, one for each of informal, neutral and formal.</summary>
    private static Dictionary<string, string> RegisterPhrases(YamlRuleNode node, string key, bool allowEmpty)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Required(node, key) is not { } map)
        {
            return result;
        }

        foreach (var register in OfflineLanguageTemplates.Registers)
        {
            result[register] = Phrase(map, register, [], isRequired: true, allowEmpty: allowEmpty) ?? string.Empty;
        }

        map.RejectUnreadKeys();
        return result;
    }

    /// <summary>
    /// A phrase that may use only <paramref name="allowed"/> placeholders (and must use <paramref name="required"/>).
    /// </summary>
    private static string? Phrase(YamlRuleNode node, string key, string[] allowed, string? required = null, bool isRequired = false, bool allowEmpty = false)
    {
        var text = node.Text(key, required: (isRequired || required is not null) && !allowEmpty);
        if (text is null)
        {
            if (allowEmpty && node.Get(key) is null)
            {
                node.Error(node.Node, $"'{key}' is required (it may be empty)");
            }

            return null;
        }

        var at = node.Get(key)!;
        if (!allowEmpty && string.IsNullOrWhiteSpace(text))
        {
            node.Error(at, $"'{key}' must not be empty");
            return null;
        }

        var ok = true;
        foreach (Match placeholder in Placeholder().Matches(text))
        {
            var name = placeholder.Groups[1].Value;
            if (!allowed.Contains(name, StringComparer.Ordinal))
            {
                node.Error(at, allowed.Length == 0
                    ? $"'{key}' takes no placeholders, but has {{{name}}}"
                    : $"unknown placeholder {{{name}}} in '{key}'; it may use {string.Join(", ", allowed.Select(static a => $"{{{a}}}"))}");
                ok = false;
            }
        }

        if (required is not null && !text.Contains($"{{{required}}}", StringComparison.Ordinal))
        {
            node.Error(at, $"'{key}' must contain {{{required}}}");
            ok = false;
        }

        if (text.Count(static c => c == '{') != text.Count(static c => c == '}'))
        {
            node.Error(at, $"'{key}' has an unmatched brace");
            ok = false;
        }

        return ok ? text.Trim() : null;
    }

    [GeneratedRegex(@"\{([^{}]*)\}")]
    private static partial Regex Placeholder();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguageCode();
}
