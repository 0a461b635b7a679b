using AgentAssist.Core.Checking;
using AgentAssist.Core.Detection;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;

namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>The engine with the built-in rule packs, as the host builds it.</summary>
internal static class TestGuardrails
{
    private static readonly Lazy<GuardrailEngine> Shared = new(Create);

    public static GuardrailEngine Engine => Shared.Value;

    private static GuardrailEngine Create()
    {
        var rules = new RuleSetProvider(RuleSet.Empty);
        var problems = rules.TryReplace(RulePackLoader.LoadAll(BuiltInRules.Directory));
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("The built-in rule packs have problems: " + string.Join("; ", problems));
        }

        return new GuardrailEngine(rules, Array.Empty<IDetector>(), new LanguageDetector());
    }
}
