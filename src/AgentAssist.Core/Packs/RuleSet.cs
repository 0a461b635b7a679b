using System.Collections.Concurrent;
using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Packs;

/// <summary>The packs in force, together: what the engine checks drafts against. Immutable; replaced whole.</summary>
public sealed class RuleSet
{
    /// <summary>Plans kept per language and channel; languages come from drafts, so only so many are kept.</summary>
    private const int MaxPlans = 256;

    private readonly Dictionary<string, ChannelProfile> _channels;
    private readonly ConcurrentDictionary<(string Language, string Channel), CheckPlan> _plans = new();

    public RuleSet(IEnumerable<RulePack> packs)
    {
        ArgumentNullException.ThrowIfNull(packs);
        Packs = packs.ToList();
        var duplicate = Packs.GroupBy(p => p.Id, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ArgumentException($"Two rule packs have the id '{duplicate.Key}'; pack ids must be unique.", nameof(packs));
        }

        _channels = new Dictionary<string, ChannelProfile>(StringComparer.OrdinalIgnoreCase)
        {
            [ChannelProfile.GenericPublic.Id] = ChannelProfile.GenericPublic,
            [ChannelProfile.GenericPrivate.Id] = ChannelProfile.GenericPrivate,
        };
        foreach (var channel in Packs.SelectMany(p => p.Channels))
        {
            if (_channels.TryGetValue(channel.Id, out var existing) && existing != channel)
            {
                throw new ArgumentException($"Channel '{channel.Id}' is defined differently by two rule packs; define it in one.", nameof(packs));
            }

            _channels[channel.Id] = channel;
        }

        Languages = Packs.SelectMany(p => p.Languages).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
    }

    public static RuleSet Empty { get; } = new([]);

    public IReadOnlyList<RulePack> Packs { get; }

    public IReadOnlyCollection<ChannelProfile> Channels => _channels.Values;

    /// <summary>Languages some pack is written for.</summary>
    public IReadOnlyList<string> Languages { get; }

    public bool TryGetChannel(string id, out ChannelProfile channel) => _channels.TryGetValue(id, out channel!);

    /// <summary>The packs and rules that apply to drafts in <paramref name="language"/> on <paramref name="channel"/>, one of this set's channels.</summary>
    internal CheckPlan PlanFor(string language, ChannelProfile channel)
    {
        if (_plans.TryGetValue((language, channel.Id), out var plan))
        {
            return plan;
        }

        plan = CheckPlan.Create(Packs, language, channel);
        return _plans.Count < MaxPlans ? _plans.GetOrAdd((language, channel.Id), plan) : plan;
    }
}
