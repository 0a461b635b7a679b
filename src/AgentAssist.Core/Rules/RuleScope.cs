using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Rules;

/// <summary>Which drafts a rule looks at: by channel id or kind, and by language. Empty lists mean all.</summary>
public sealed record RuleScope(IReadOnlySet<string> Channels, IReadOnlySet<string> Languages)
{
    public static RuleScope All { get; } = new(new HashSet<string>(), new HashSet<string>());

    public bool AppliesTo(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return AppliesTo(context.Language, context.Channel);
    }

    /// <summary>Whether the rule looks at drafts in <paramref name="language"/> on <paramref name="channel"/>: all a scope depends on.</summary>
    public bool AppliesTo(string language, ChannelProfile channel)
    {
        ArgumentNullException.ThrowIfNull(language);
        ArgumentNullException.ThrowIfNull(channel);
        if (Languages.Count > 0 && !Languages.Contains(language))
        {
            return false;
        }

        return Channels.Count == 0
            || Channels.Contains(channel.Id)
            || Channels.Contains(channel.Kind == ChannelKind.Public ? "public" : "private");
    }
}
