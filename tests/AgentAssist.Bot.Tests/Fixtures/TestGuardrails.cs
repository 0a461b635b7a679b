using AgentAssist.Core.Checking;
using AgentAssist.Core.Detection;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Suggestions;

namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>The engine with the built-in rule packs, as the host builds it.</summary>
internal static class TestGuardrails
{
    private static readonly Lazy<GuardrailEngine> Shared = new(Create);

    private static readonly Lazy<OfflineReplySuggester> SharedSuggester = new(() =>
    {
        var templates = OfflineTemplates.Load(Path.Combine(AppContext.BaseDirectory, OfflineTemplates.DefaultDirectory));
        return templates.Succeeded
            ? new OfflineReplySuggester(templates.Templates!, Shared.Value, TimeProvider.System)
            : throw new InvalidOperationException("The offline templates have problems: " + string.Join("; ", templates.Diagnostics));
    });

    public static GuardrailEngine Engine => Shared.Value;

    /// <summary>The offline suggester with the shipped templates, on <see cref="Engine"/>.</summary>
    public static OfflineReplySuggester Suggester => SharedSuggester.Value;

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
