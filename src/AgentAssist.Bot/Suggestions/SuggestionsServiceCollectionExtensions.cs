using AgentAssist.Core.Checking;
using AgentAssist.Core.Suggestions;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Suggestions;

internal static class SuggestionsServiceCollectionExtensions
{
    /// <summary>
    /// Loads the offline templates (refusing to start on a broken one, with its file:line:column) and registers the
    /// offline suggester as the <see cref="IReplySuggester"/> unless another (the language-model one) is registered first.
    /// </summary>
    public static IServiceCollection AddReplySuggestions(this IServiceCollection services)
    {
        services.AddSingleton(_ =>
        {
            var directory = Path.Combine(AppContext.BaseDirectory, OfflineTemplates.DefaultDirectory);
            var result = OfflineTemplates.Load(directory);
            if (!result.Succeeded)
            {
                throw new OptionsValidationException(
                    "Suggestions",
                    typeof(OfflineTemplates),
                    [$"The offline suggestion templates in '{directory}' have problems; fix them:", .. result.Diagnostics.Select(d => d.ToString())]);
            }

            return result.Templates!;
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(provider => new OfflineReplySuggester(
            provider.GetRequiredService<OfflineTemplates>(),
            provider.GetRequiredService<GuardrailEngine>(),
            provider.GetRequiredService<TimeProvider>()));
        services.TryAddSingleton<IReplySuggester>(provider => provider.GetRequiredService<OfflineReplySuggester>());
        return services;
    }
}
