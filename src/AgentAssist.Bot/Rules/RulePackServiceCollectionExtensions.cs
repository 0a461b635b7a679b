using AgentAssist.Core.Checking;
using AgentAssist.Core.Detection;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Rules;

internal static partial class RulePackServiceCollectionExtensions
{
    /// <summary>Loads the rule packs at start (refusing to start on a broken pack) and registers the engine.</summary>
    public static IServiceCollection AddGuardrails(this IServiceCollection services)
    {
        services.AddOptions<RulePackOptions>()
            .BindConfiguration(RulePackOptions.SectionName)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<RulePackOptions>>().Value;
            var logger = provider.GetRequiredService<ILogger<RuleSetProvider>>();
            var directory = string.IsNullOrWhiteSpace(options.Directory) ? BuiltInRules.Directory : options.Directory;
            var results = RulePackLoader.LoadAll(directory);
            var rules = new RuleSetProvider(RuleSet.Empty);
            var problems = rules.TryReplace(results);
            if (problems.Count > 0)
            {
                throw new OptionsValidationException(
                    RulePackOptions.SectionName,
                    typeof(RulePackOptions),
                    [$"The rule packs in '{directory}' have problems; fix them (run 'agentassist rules test --rules {directory}'):", .. problems.Select(p => p.ToString())]);
            }

            foreach (var pack in rules.Current.Packs)
            {
                LogPackLoaded(logger, pack.Id, pack.Version, pack.Rules.Count);
            }

            return rules;
        });
        services.AddSingleton(new LanguageDetector());
        services.AddSingleton(provider => new GuardrailEngine(
            provider.GetRequiredService<RuleSetProvider>(),
            provider.GetServices<IDetector>(),
            provider.GetRequiredService<LanguageDetector>()));
        return services;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Rule pack {PackId} {Version} in force with {RuleCount} rules")]
    private static partial void LogPackLoaded(ILogger logger, string packId, string version, int ruleCount);
}
