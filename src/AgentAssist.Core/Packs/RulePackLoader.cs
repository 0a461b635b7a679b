using System.Text.RegularExpressions;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Rules;
using AgentAssist.Core.Rules.Kinds;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Core.Packs;

/// <summary>
/// Loads a rule pack: a folder with <c>pack.yaml</c> and one YAML file per rule. Every problem is reported with
/// <c>file:line:column</c>; a pack with any problem, or with an example its rule gets wrong, is refused as a whole.
/// </summary>
public static partial class RulePackLoader
{
    public const string PackFileName = "pack.yaml";

    private static readonly string[] Severities = Enum.GetNames<Severity>().Select(n => n.ToLowerInvariant()).ToArray();

    /// <summary>Loads every pack in the sub-folders of <paramref name="root"/> that has a <c>pack.yaml</c>.</summary>
    public static IReadOnlyList<PackLoadResult> LoadAll(string root, bool runExamples = true)
    {
        ArgumentNullException.ThrowIfNull(root);
        var directories = Directory.EnumerateDirectories(root)
            .Where(d => File.Exists(Path.Combine(d, PackFileName)))
            .Order(StringComparer.Ordinal);
        return LoadMany(directories, runExamples);
    }

    /// <summary>Loads one pack folder on its own: it may only use the channels it defines and the built-in ones.</summary>
    /// <param name="directory">The folder holding <c>pack.yaml</c>.</param>
    /// <param name="runExamples">Whether to run every rule's examples; only <c>rules lint</c> skips them.</param>
    public static PackLoadResult Load(string directory, bool runExamples = true) => LoadMany([directory], runExamples)[0];

    /// <summary>
    /// Loads packs that go live together: a rule of one pack may name a channel another pack defines
    /// (the language-neutral pack defines the channels, the language packs use them).
    /// </summary>
    public static IReadOnlyList<PackLoadResult> LoadMany(IEnumerable<string> directories, bool runExamples = true)
    {
        ArgumentNullException.ThrowIfNull(directories);
        var headers = directories.Select(ReadHeader).ToList();
        var channels = new Dictionary<string, ChannelProfile>(StringComparer.Ordinal)
        {
            ["public"] = ChannelProfile.GenericPublic,
            ["private"] = ChannelProfile.GenericPrivate,
        };
        foreach (var channel in headers.SelectMany(h => h.Header?.Channels ?? []))
        {
            channels.TryAdd(channel.Id, channel);
        }

        return headers.Select(h => LoadRules(h.Directory, h.Header, h.Diagnostics, channels, runExamples)).ToList();
    }

    private static (string Directory, PackHeader? Header, List<PackDiagnostic> Diagnostics) ReadHeader(string directory)
    {
        var diagnostics = new List<PackDiagnostic>();
        var packFile = Path.Combine(directory, PackFileName);
        if (!File.Exists(packFile))
        {
            diagnostics.Add(new PackDiagnostic(packFile, 1, 1, $"a rule pack needs a {PackFileName} file"));
            return (directory, null, diagnostics);
        }

        return (directory, ReadPackHeader(packFile, diagnostics), diagnostics);
    }

    private static PackLoadResult LoadRules(
        string directory,
        PackHeader? header,
        List<PackDiagnostic> diagnostics,
        IReadOnlyDictionary<string, ChannelProfile> channels,
        bool runExamples)
    {
        var examples = new List<RuleExample>();
        if (header is null)
        {
            return new PackLoadResult(null, diagnostics, examples);
        }

        var packFile = Path.Combine(directory, PackFileName);
        var knownChannels = channels.Keys.ToHashSet(StringComparer.Ordinal);
        var rules = new List<IRule>();
        var ruleFiles = Directory.EnumerateFiles(directory)
            .Where(f => f.EndsWith(".yaml", StringComparison.Ordinal) || f.EndsWith(".yml", StringComparison.Ordinal))
            .Where(f => !string.Equals(Path.GetFileName(f), PackFileName, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal);
        foreach (var file in ruleFiles)
        {
            if (ReadRule(file, header, knownChannels, diagnostics, examples) is { } rule)
            {
                rules.Add(rule);
            }
        }

        LexiconRule.ShareMatchers(rules);
        if (rules.Count == 0 && diagnostics.Count == 0)
        {
            diagnostics.Add(new PackDiagnostic(packFile, 1, 1, "the pack has no rules: add one YAML file per rule beside pack.yaml"));
        }

        if (diagnostics.Count > 0)
        {
            return new PackLoadResult(null, diagnostics, examples);
        }

        var pack = new RulePack(header.Id, header.Name, header.Version, header.Languages, header.Channels, rules, directory)
        {
            Description = header.Description,
            Attribution = header.Attribution,
        };
        if (runExamples)
        {
            diagnostics.AddRange(RuleExampleRunner.Run(pack, examples, channels).Where(r => !r.Passed).Select(r => r.Diagnostic));
        }

        return new PackLoadResult(diagnostics.Count == 0 ? pack : null, diagnostics, examples);
    }

    private static YamlMappingNode? ReadYaml(string file, List<PackDiagnostic> diagnostics)
    {
        try
        {
            using var reader = new StreamReader(file);
            var stream = new YamlStream();
            stream.Load(reader);
            if (stream.Documents.Count == 1 && stream.Documents[0].RootNode is YamlMappingNode root)
            {
                return root;
            }

            diagnostics.Add(new PackDiagnostic(file, 1, 1, "the file must hold one YAML map of 'key: value' lines"));
        }
        catch (YamlException e)
        {
            var message = e.InnerException?.Message ?? e.Message;
            diagnostics.Add(new PackDiagnostic(file, (int)e.Start.Line, (int)e.Start.Column, $"not valid YAML: {PlainYamlMessage(message)}"));
        }
        catch (IOException e)
        {
            diagnostics.Add(new PackDiagnostic(file, 1, 1, $"cannot read the file: {e.Message}"));
        }

        return null;
    }

    private static string PlainYamlMessage(string message)
    {
        // YamlDotNet prefixes messages with "(Line: 3, Col: 5, Idx: 40) - (Line: …): "; the diagnostic already says where.
        var cut = message.LastIndexOf("): ", StringComparison.Ordinal);
        return cut >= 0 ? message[(cut + 3)..] : message;
    }

    private static PackHeader? ReadPackHeader(string file, List<PackDiagnostic> diagnostics)
    {
        if (ReadYaml(file, diagnostics) is not { } root)
        {
            return null;
        }

        var node = new YamlRuleNode(file, root, diagnostics);
        var id = node.Text("id", required: true);
        if (id is not null && !IdPattern().IsMatch(id))
        {
            node.Error(node.Get("id")!, $"pack id '{id}' must start with a letter and hold only letters and digits");
        }

        var name = node.Text("name", required: true);
        var version = node.Text("version") ?? "0.0.0";
        var languages = node.Strings("languages").Select(l => l.Value).ToList();
        foreach (var (language, at) in node.Strings("languages"))
        {
            if (!LanguagePattern().IsMatch(language))
            {
                node.Error(at, $"'{language}' is not a two-letter language code such as en or es");
            }
        }

        var description = node.Text("description");
        var attribution = node.Text("attribution");
        var channels = ReadChannels(node);
        node.RejectUnreadKeys();
        return node.ErrorCount > 0 || id is null || name is null
            ? null
            : new PackHeader(id, name, version, languages, channels, description, attribution);
    }

    private static List<ChannelProfile> ReadChannels(YamlRuleNode node)
    {
        var channels = new List<ChannelProfile>();
        switch (node.Get("channels"))
        {
            case null:
                return channels;
            case YamlMappingNode map:
                foreach (var (key, value) in map.Children)
                {
                    if (key is not YamlScalarNode { Value: { } id } || !ChannelIdPattern().IsMatch(id))
                    {
                        node.Error(key, "a channel id is lower case letters, digits and dashes, such as x or whatsapp");
                        continue;
                    }

                    if (id is "public" or "private")
                    {
                        node.Error(key, $"'{id}' is built in; give your channel its own id");
                        continue;
                    }

                    if (value is not YamlMappingNode details)
                    {
                        node.Error(value, $"channel '{id}' needs 'kind' (public or private) and may set 'name', 'maxLength' and 'register'");
                        continue;
                    }

                    var channel = node.Child(details);
                    var kind = channel.Text("kind", required: true);
                    ChannelKind? parsed = kind switch { "public" => ChannelKind.Public, "private" => ChannelKind.Private, _ => null };
                    if (kind is not null && parsed is null)
                    {
                        channel.Error(channel.Get("kind")!, $"channel kind '{kind}' must be public or private");
                    }

                    var name = channel.Text("name") ?? id;
                    var maxLength = channel.Number("maxLength", min: 1);
                    var register = channel.Text("register") ?? "neutral";
                    if (register is not ("informal" or "neutral" or "formal"))
                    {
                        channel.Error(channel.Get("register")!, $"register '{register}' must be informal, neutral or formal");
                    }

                    channel.RejectUnreadKeys();
                    if (parsed is { } channelKind && channel.ErrorCount == 0)
                    {
                        channels.Add(new ChannelProfile(id, channelKind, name, maxLength, register));
                    }
                    else
                    {
                        node.Error(key, $"channel '{id}' is not valid");
                    }
                }

                return channels;
            case var other:
                node.Error(other, "'channels' must be a map of channel id: settings");
                return channels;
        }
    }

    private static IRule? ReadRule(
        string file,
        PackHeader pack,
        HashSet<string> knownChannels,
        List<PackDiagnostic> diagnostics,
        List<RuleExample> examples)
    {
        var ruleName = Path.GetFileNameWithoutExtension(file);
        if (!IdPattern().IsMatch(ruleName))
        {
            diagnostics.Add(new PackDiagnostic(file, 1, 1, $"rule file name '{ruleName}' must start with a letter and hold only letters and digits: it becomes the rule id"));
            return null;
        }

        if (ReadYaml(file, diagnostics) is not { } root)
        {
            return null;
        }

        var id = $"{pack.Id}.{ruleName}";
        var node = new YamlRuleNode(file, root, diagnostics) { KnownChannels = knownChannels };
        var kindName = node.Text("kind", required: true);
        RuleFactory.RuleKind? kind = null;
        if (kindName is not null && !RuleFactory.TryGetKind(kindName, out kind))
        {
            node.Error(node.Get("kind")!, $"unknown rule kind '{kindName}'; known kinds: {string.Join(", ", RuleFactory.KindNames)}");
        }

        var severity = ReadEnum(node, "severity", Severities, kind?.Severity ?? Severity.Warning);
        var category = ReadEnum(node, "category", Enum.GetNames<FindingCategory>().Select(n => n.ToLowerInvariant()).ToArray(), kind?.Category ?? FindingCategory.Wording);
        var message = node.Text("message", required: true);
        var reason = node.Text("reason");
        var advice = node.Text("fix");
        var channels = ReadScopeList(node, "channels", c => knownChannels.Contains(c), "channel", string.Join(", ", knownChannels.Order(StringComparer.Ordinal)));
        var languages = ReadScopeList(node, "languages", LanguagePattern().IsMatch, "language", "two-letter codes such as en or es");
        if (languages.Count == 0)
        {
            languages.UnionWith(pack.Languages);
        }

        var translations = ReadTranslations(node);
        ReadExamples(node, id, examples);
        if (kind is null)
        {
            // Which keys are valid depends on the kind; with no kind, a list of "unknown keys" would only mislead.
            return null;
        }

        // Build the rule even when 'message' is missing, so the kind reads its keys and reports its own problems.
        var basics = new RuleBasics(id, category, severity, message ?? string.Empty, reason, advice, new RuleScope(channels, languages))
        {
            Translations = translations,
        };
        var rule = kind.Create(basics, node);
        node.RejectUnreadKeys();
        return node.ErrorCount == 0 && message is not null ? rule : null;
    }

    private static Dictionary<string, RuleText> ReadTranslations(YamlRuleNode node)
    {
        var translations = new Dictionary<string, RuleText>(StringComparer.Ordinal);
        if (node.Map("translations") is not { } map)
        {
            return translations;
        }

        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } language } || !LanguagePattern().IsMatch(language))
            {
                node.Error(key, "'translations' is a map of two-letter language codes (such as es) to message, reason and fix");
                continue;
            }

            if (value is not YamlMappingNode words)
            {
                node.Error(value, $"translations for '{language}' need 'message' and may have 'reason' and 'fix'");
                continue;
            }

            var translation = node.Child(words);
            var message = translation.Text("message", required: true);
            var reason = translation.Text("reason");
            var advice = translation.Text("fix");
            translation.RejectUnreadKeys();
            if (message is not null)
            {
                translations[language] = new RuleText(message, reason, advice);
            }
        }

        return translations;
    }

    private static T ReadEnum<T>(YamlRuleNode node, string key, string[] names, T fallback)
        where T : struct, Enum
    {
        var value = node.Text(key);
        if (value is null)
        {
            return fallback;
        }

        if (names.Contains(value, StringComparer.Ordinal) && Enum.TryParse<T>(value, ignoreCase: true, out var parsed))
        {
            return parsed;
        }

        node.Error(node.Get(key)!, $"'{key}' must be one of: {string.Join(", ", names)}");
        return fallback;
    }

    private static HashSet<string> ReadScopeList(YamlRuleNode node, string key, Func<string, bool> valid, string what, string known)
    {
        var result = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (value, at) in node.Strings(key))
        {
            if (valid(value))
            {
                result.Add(value);
            }
            else
            {
                node.Error(at, $"unknown {what} '{value}'; known: {known}");
            }
        }

        return result;
    }

    private static void ReadExamples(YamlRuleNode node, string ruleId, List<RuleExample> examples)
    {
        var map = node.Map("examples");
        if (map is null)
        {
            node.Error(node.Node, "'examples' is required: texts under 'flag' that must trigger the rule and under 'pass' that must not");
            return;
        }

        var examplesNode = node.Child(map);
        var flag = examplesNode.Get("flag");
        var pass = examplesNode.Get("pass");
        examplesNode.RejectUnreadKeys();
        if (flag is null)
        {
            node.Error(map, "'examples' needs at least one 'flag' example");
        }

        foreach (var (list, shouldFlag) in new[] { (flag, true), (pass, false) })
        {
            if (list is null)
            {
                continue;
            }

            if (list is not YamlSequenceNode sequence)
            {
                node.Error(list, "examples are a list: one '- text' per line");
                continue;
            }

            foreach (var item in sequence.Children)
            {
                if (ReadExample(node, ruleId, item, shouldFlag) is { } example)
                {
                    examples.Add(example);
                }
            }
        }
    }

    private static RuleExample? ReadExample(YamlRuleNode node, string ruleId, YamlNode item, bool shouldFlag)
    {
        var location = new PackDiagnostic(node.File, (int)item.Start.Line, (int)item.Start.Column, string.Empty);
        switch (item)
        {
            case YamlScalarNode { Value: { } text }:
                return new RuleExample(ruleId, text, shouldFlag, null, null, location);
            case YamlMappingNode map:
                var example = node.Child(map);
                var value = example.Text("text", required: true);
                var channel = example.Text("channel");
                var language = example.Text("language");
                example.RejectUnreadKeys();
                return value is null ? null : new RuleExample(ruleId, value, shouldFlag, channel, language, location);
            default:
                node.Error(item, "an example is a text, or a map with 'text' and optional 'channel' and 'language'");
                return null;
        }
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9]*$")]
    private static partial Regex IdPattern();

    [GeneratedRegex("^[a-z]{2}$")]
    private static partial Regex LanguagePattern();

    [GeneratedRegex("^[a-z][a-z0-9-]*$")]
    private static partial Regex ChannelIdPattern();

    private sealed record PackHeader(
        string Id,
        string Name,
        string Version,
        IReadOnlyList<string> Languages,
        IReadOnlyList<ChannelProfile> Channels,
        string? Description,
        string? Attribution);
}
