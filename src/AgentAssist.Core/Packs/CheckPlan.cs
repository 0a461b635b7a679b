using System.Collections.ObjectModel;
using AgentAssist.Core.Rules;

namespace AgentAssist.Core.Packs;

/// <summary>
/// What a rule set checks for drafts of one language on one channel: the packs that apply, as the verdict names
/// them, and their rules in scope, in pack order. Scopes depend on nothing else, so a plan is worked out once.
/// </summary>
internal sealed class CheckPlan
{
    private CheckPlan(ReadOnlyCollection<string> packs, IRule[] rules)
    {
        Packs = packs;
        Rules = rules;
    }

    /// <summary><c>Id@Version</c> of every pack that applies.</summary>
    public ReadOnlyCollection<string> Packs { get; }

    public IRule[] Rules { get; }

    public static CheckPlan Create(IReadOnlyList<RulePack> packs, string language, Checking.ChannelProfile channel)
    {
        var ids = new List<string>(packs.Count);
        var rules = new List<IRule>();
        foreach (var pack in packs)
        {
            if (!pack.AppliesTo(language))
            {
                continue;
            }

            ids.Add($"{pack.Id}@{pack.Version}");
            rules.AddRange(pack.Rules.Where(r => r.Scope.AppliesTo(language, channel)));
        }

        return new CheckPlan(ids.AsReadOnly(), [.. rules]);
    }
}
