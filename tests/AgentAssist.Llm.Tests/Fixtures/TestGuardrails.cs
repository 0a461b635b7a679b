using AgentAssist.Core.Checking;
using AgentAssist.Core.Detection;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Suggestions;

namespace AgentAssist.Llm.Tests.Fixtures;

/// <summary>The engine with the built-in rule packs and the shipped offline suggester, as the host builds them.</summary>
internal static class TestGuardrails
{
    private static readonly Lazy<GuardrailEngine> SharedEngine = new(CreateEngine);

    public static GuardrailEngine Engine => SharedEngine.Value;

    /// <summary>The real offline suggester with the shipped templates: what the model falls back to.</summary>
    public static IReplySuggester Offline(TimeProvider? time = null)
    {
        var loaded = OfflineTemplates.Load(Path.Combine(AppContext.BaseDirectory, OfflineTemplates.DefaultDirectory));
        if (!loaded.Succeeded)
        {
            throw new InvalidOperationException("The shipped offline templates have problems: " + string.Join("; ", loaded.Diagnostics));
        }

        return new OfflineReplySuggester(loaded.Templates!, Engine, time ?? TimeProvider.System);
    }

    private static GuardrailEngine CreateEngine()
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
