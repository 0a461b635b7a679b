using System.Globalization;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Text;
using YamlDotNet.RepresentationModel;

namespace AgentAssist.Core.Rules.Kinds;

/// <summary>
/// <c>kind: length</c> — the longest reply per channel, in text elements. <c>max</c> is a number for every channel
/// or a map of channel id (or <c>public</c>/<c>private</c>) to number; without it the channel's own <c>maxLength</c> applies.
/// The finding covers the part past the limit. The message may use <c>{length}</c> and <c>{max}</c>.
/// </summary>
public sealed class LengthRule : IRule
{
    private readonly RuleBasics _basics;
    private readonly int? _everywhere;
    private readonly Dictionary<string, int> _perChannel;

    private LengthRule(RuleBasics basics, int? everywhere, Dictionary<string, int> perChannel)
    {
        _basics = basics;
        _everywhere = everywhere;
        _perChannel = perChannel;
    }

    public string Id => _basics.Id;

    public RuleScope Scope => _basics.Scope;

    internal static IRule? Create(RuleBasics basics, YamlRuleNode node)
    {
        var perChannel = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        int? everywhere = null;
        switch (node.Get("max"))
        {
            case null:
                break;
            case YamlScalarNode scalar:
                everywhere = node.ReadInt(scalar, "max", min: 1);
                if (everywhere is null)
                {
                    return null;
                }

                break;
            case YamlMappingNode map:
                perChannel = node.ChannelNumbers(map, "max", min: 1);
                break;
            case var other:
                node.Error(other, "'max' must be a number or a map of channel: number");
                return null;
        }

        return new LengthRule(basics, everywhere, perChannel);
    }

    public void Evaluate(CheckContext context, ICollection<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(findings);
        var limit = LimitFor(context.Channel);
        if (limit is not { } max)
        {
            return;
        }

        if (context.Text.Length <= max)
        {
            // A text never has more text elements than UTF-16 code units.
            return;
        }

        var length = TextElements.Count(context.Text);
        if (length <= max)
        {
            return;
        }

        var start = TextElements.OffsetOf(context.Text, max);
        var message = _basics.TextFor(context.Language).Message
            .Replace("{length}", length.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
            .Replace("{max}", max.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);
        findings.Add(_basics.CreateFinding(context, TextSpan.FromBounds(start, context.Text.Length), message: message));
    }

    private int? LimitFor(ChannelProfile channel)
    {
        if (_perChannel.TryGetValue(channel.Id, out var limit))
        {
            return limit;
        }

        if (_perChannel.TryGetValue(channel.Kind == ChannelKind.Public ? "public" : "private", out limit))
        {
            return limit;
        }

        return _everywhere ?? channel.MaxLength;
    }
}
