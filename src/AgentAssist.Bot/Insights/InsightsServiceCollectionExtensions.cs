using AgentAssist.Core.Languages;
using AgentAssist.Core.Sentiment;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Insights;

internal static class InsightsServiceCollectionExtensions
{
    /// <summary>Registers the sentiment analyser over the built-in lexicons and any configured extra list.</summary>
    public static IServiceCollection AddSentiment(this IServiceCollection services)
    {
        services.AddOptions<SentimentOptions>()
            .BindConfiguration(SentimentOptions.SectionName)
            .ValidateDataAnnotations()
            .Validate(
                o => string.IsNullOrWhiteSpace(o.SpanishLexiconPath) || File.Exists(o.SpanishLexiconPath),
                "Sentiment:SpanishLexiconPath names a file that does not exist; fix the path or remove the setting.")
            .ValidateOnStart();
        services.AddSingleton(provider =>
        {
            var options = provider.GetRequiredService<IOptions<SentimentOptions>>().Value;
            var extra = string.IsNullOrWhiteSpace(options.SpanishLexiconPath)
                ? []
                : new[] { new SentimentLexiconFile("es", options.SpanishLexiconPath, options.SpanishLexiconScale) };
            try
            {
                return SentimentLexicons.Load(extra);
            }
            catch (Exception e) when (e is InvalidDataException or System.Text.Json.JsonException)
            {
                throw new OptionsValidationException(SentimentOptions.SectionName, typeof(SentimentOptions), [$"Sentiment:SpanishLexiconPath: {e.Message}"]);
            }
        });
        services.AddSingleton(provider => new SentimentAnalyzer(
            provider.GetRequiredService<SentimentLexicons>(),
            provider.GetRequiredService<LanguageDetector>()));
        return services;
    }
}
