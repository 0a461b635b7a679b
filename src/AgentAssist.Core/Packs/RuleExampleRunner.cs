using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Packs;

/// <summary>Runs each example of a pack against its own rule alone, so a pack proves what each rule does.</summary>
public static class RuleExampleRunner
{
    /// <summary>Runs <paramref name="examples"/> of <paramref name="pack"/>.</summary>
    /// <param name="pack">The pack whose rules the examples belong to.</param>
    /// <param name="examples">The examples, as the loader read them.</param>
    /// <param name="channels">Every channel the example may name, by id.</param>
    public static IReadOnlyList<RuleExampleResult> Run(RulePack pack, IEnumerable<RuleExample> examples, IReadOnlyDictionary<string, ChannelProfile> channels)
    {
        ArgumentNullException.ThrowIfNull(channels);
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(examples);
        var rules = pack.Rules.ToDictionary(r => r.Id, StringComparer.Ordinal);
        var results = new List<RuleExampleResult>();
        foreach (var example in examples)
        {
            var at = example.Location;
            if (!rules.TryGetValue(example.RuleId, out var rule))
            {
                continue;
            }

            var channelId = example.Channel ?? rule.Scope.Channels.Order(StringComparer.Ordinal).FirstOrDefault() ?? "public";
            var channel = channels.GetValueOrDefault(channelId);
            if (channel is null)
            {
                results.Add(new(example, false, at with { Message = $"example names unknown channel '{example.Channel}'" }));
                continue;
            }

            var language = example.Language ?? rule.Scope.Languages.Order(StringComparer.Ordinal).FirstOrDefault() ?? (pack.Languages.Count > 0 ? pack.Languages[0] : "en");
            var context = new CheckContext(example.Text, channel, language);
            if (!rule.Scope.AppliesTo(context))
            {
                results.Add(new(example, false, at with { Message = $"example is for channel '{channel.Id}' and language '{language}', which {rule.Id} does not check" }));
                continue;
            }

            var findings = new List<Finding>();
            rule.Evaluate(context, findings);
            var flagged = findings.Count > 0;
            var passed = flagged == example.ShouldFlag;
            var message = passed
                ? "ok"
                : example.ShouldFlag
                    ? $"{rule.Id} should flag this example but does not"
                    : $"{rule.Id} should not flag this example but flags '{findings[0].Span.Slice(example.Text)}'";
            results.Add(new(example, passed, at with { Message = message }));
        }

        return results;
    }
}
