using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Rules;

/// <summary>Which drafts a rule looks at: by channel id or kind, and by language. Empty lists mean all.</summary>
public sealed record RuleScope(IReadOnlySet<string> Channels, IReadOnlySet<string> Languages)
{
    public static RuleScope All { get; } = new(new HashSet<string>(), new HashSet<string>());

    public bool AppliesTo(CheckContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (Languages.Count > 0 && !Languages.Contains(context.Language))
        {
            return false;
        }

        return Channels.Count == 0
            || Channels.Contains(context.Channel.Id)
            || Channels.Contains(context.Channel.Kind == ChannelKind.Public ? "public" : "private");
    }
}
