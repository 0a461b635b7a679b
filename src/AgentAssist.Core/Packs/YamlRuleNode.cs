using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Core.Packs;

/// <summary>
/// A YAML mapping read with its positions, so that every complaint about a rule pack points at the line and column
/// the brand team has to change. Readers report problems and return <see langword="null"/>; they never throw.
/// </summary>
public sealed class YamlRuleNode
{
    private readonly ICollection<PackDiagnostic> _diagnostics;
    private readonly HashSet<string> _read = new(StringComparer.Ordinal);

    public YamlRuleNode(string file, YamlMappingNode node, ICollection<PackDiagnostic> diagnostics)
    {
        File = file;
        Node = node;
        _diagnostics = diagnostics;
    }

    private YamlRuleNode? _parent;

    public string File { get; }

    /// <summary>Channel ids (and <c>public</c>, <c>private</c>) a rule may name, for kinds with per-channel settings.</summary>
    public IReadOnlySet<string> KnownChannels { get; init; } = new HashSet<string>(StringComparer.Ordinal) { "public", "private" };

    public YamlMappingNode Node { get; }

    public int ErrorCount { get; private set; }

    public void Error(YamlNode at, string message)
    {
        ArgumentNullException.ThrowIfNull(at);
        Error(at.Start, message);
    }

    public void Error(Mark at, string message)
    {
        _diagnostics.Add(new PackDiagnostic(File, (int)at.Line, (int)at.Column, message));
        for (var node = this; node is not null; node = node._parent)
        {
            node.ErrorCount++;
        }
    }

    /// <summary>A reader for a nested map whose problems also count against this one.</summary>
    public YamlRuleNode Child(YamlMappingNode node) => new(File, node, _diagnostics) { _parent = this, KnownChannels = KnownChannels };

    /// <summary>Reads a map of channel id to whole number (per-channel limits), reporting unknown channels.</summary>
    public Dictionary<string, int> ChannelNumbers(YamlMappingNode map, string what, int min)
    {
        ArgumentNullException.ThrowIfNull(map);
        var result = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var (key, value) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } channel })
            {
                Error(key, $"the keys of '{what}' are channel ids");
                continue;
            }

            if (!KnownChannels.Contains(channel))
            {
                Error(key, $"unknown channel '{channel}' in '{what}'; known: {string.Join(", ", KnownChannels.Order(StringComparer.Ordinal))}");
                continue;
            }

            if (ReadInt(value, $"{what}.{channel}", min) is { } number)
            {
                result[channel] = number;
            }
        }

        return result;
    }

    public YamlNode? Get(string key)
    {
        _read.Add(key);
        return Node.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;
    }

    public string? Text(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                Error(Node, $"'{key}' is required");
            }

            return null;
        }

        if (node is YamlScalarNode { Value: { } value })
        {
            if (required && string.IsNullOrWhiteSpace(value))
            {
                Error(node, $"'{key}' must not be empty");
                return null;
            }

            return value;
        }

        Error(node, $"'{key}' must be a single value, not a list or a map");
        return null;
    }

    public int? Number(string key, int min = int.MinValue, int max = int.MaxValue)
    {
        var node = Get(key);
        return node is null ? null : ReadInt(node, key, min, max);
    }

    public int? ReadInt(YamlNode node, string what, int min = int.MinValue, int max = int.MaxValue)
    {
        ArgumentNullException.ThrowIfNull(node);
        if (node is YamlScalarNode { Value: { } text }
            && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var value)
            && value >= min && value <= max)
        {
            return value;
        }

        Error(node, max == int.MaxValue
            ? $"'{what}' must be a whole number of at least {min}"
            : $"'{what}' must be a whole number from {min} to {max}");
        return null;
    }

    public bool? Bool(string key)
    {
        var node = Get(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarNode { Value: { } text } && bool.TryParse(text, out var value))
        {
            return value;
        }

        Error(node, $"'{key}' must be true or false");
        return null;
    }

    /// <summary>A list of strings; a single string is read as a list of one.</summary>
    public IReadOnlyList<(string Value, YamlNode Node)> Strings(string key, bool required = false)
    {
        var node = Get(key);
        if (node is null)
        {
            if (required)
            {
                Error(Node, $"'{key}' is required");
            }

            return [];
        }

        return ReadStrings(node, key);
    }

    public IReadOnlyList<(string Value, YamlNode Node)> ReadStrings(YamlNode node, string what)
    {
        ArgumentNullException.ThrowIfNull(node);
        var result = new List<(string, YamlNode)>();
        switch (node)
        {
            case YamlScalarNode { Value: { } single }:
                result.Add((single, node));
                break;
            case YamlSequenceNode sequence:
                foreach (var item in sequence.Children)
                {
                    if (item is YamlScalarNode { Value: { } value } && !string.IsNullOrWhiteSpace(value))
                    {
                        result.Add((value, item));
                    }
                    else
                    {
                        Error(item, $"every item of '{what}' must be a non-empty text");
                    }
                }

                break;
            default:
                Error(node, $"'{what}' must be a text or a list of texts");
                break;
        }

        return result;
    }

    public YamlMappingNode? Map(string key)
    {
        var node = Get(key);
        switch (node)
        {
            case null:
                return null;
            case YamlMappingNode map:
                return map;
            default:
                Error(node, $"'{key}' must be a map of 'key: value' lines");
                return null;
        }
    }

    /// <summary>Reports every key that no reader asked for: usually a typo that would otherwise be ignored.</summary>
    public void RejectUnreadKeys()
    {
        foreach (var key in Node.Children.Keys)
        {
            if (key is YamlScalarNode { Value: { } name } && !_read.Contains(name))
            {
                Error(key, $"unknown key '{name}'; known keys here: {string.Join(", ", _read.Order(StringComparer.Ordinal))}");
            }
        }
    }
}
