using AgentAssist.Core.Checking;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Suggestions;
using AgentAssist.Llm.Tests.Fixtures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace AgentAssist.Llm.Tests;

public sealed class LlmServiceCollectionExtensionsTests
{
    /// <summary>The services the host registers before the model suggester: the engine and the offline suggester.</summary>
    private static ServiceCollection HostServices()
    {
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton(TestGuardrails.Engine);
        services.AddSingleton(new LanguageDetector());
        services.AddSingleton(_ => TestGuardrails.Offline());
        return services;
    }

    private static IConfiguration Configuration(params (string Key, string Value)[] settings) =>
        new ConfigurationBuilder().AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value))).Build();

    [Fact]
    public async Task AddLlmSuggester_NoEndpoint_KeepsOfflineSuggester()
    {
        var services = HostServices();
        services.AddLlmSuggester(Configuration());
        await using var provider = services.BuildServiceProvider();

        var suggester = provider.GetRequiredService<IReplySuggester>();

        Assert.IsType<OfflineReplySuggester>(suggester);
        Assert.Null(provider.GetService<SemanticKernelReplySuggester>());
    }

    [Fact]
    public async Task AddLlmSuggester_Endpoint_GuardedModelSuggesterThatAnswersThroughTheServer()
    {
        await using var server = await LoopbackModelServer.StartAsync();
        server.Script(ScriptedAnswer.Reply("Hi [[PREFERRED_NAME_1]], your order [[ORDER_1]] is on its way."), ScriptedAnswer.Error(500));
        var services = HostServices();
        services.AddLlmSuggester(Configuration(
            ("Llm:Endpoint", server.OpenAIEndpoint.AbsoluteUri),
            ("Llm:Model", "local-model"),
            ("Llm:Timeout", "00:00:05"),
            ("Llm:BrandName", "Lumora")));
        await using var provider = services.BuildServiceProvider();

        var suggester = provider.GetRequiredService<IReplySuggester>();
        var draft = new Draft("hi, your order LUM-48213 shipped", "whatsapp", "en", Customers.Sam.Context);
        var request = new SuggestionRequest(draft, TestGuardrails.Engine.Check(draft), Customers.Sam);
        var fromModel = await suggester.SuggestAsync(request);
        var fromFallback = await suggester.SuggestAsync(request);

        Assert.IsType<GuardedSuggester>(suggester);
        Assert.Equal("Hi Sam, your order LUM-48213 is on its way.", fromModel.Suggestion?.Text);
        Assert.Equal(SuggestionSources.Llm, fromModel.Source);
        Assert.Equal(SuggestionSources.Offline, fromFallback.Source);
        Assert.Equal(SuggestionChangeKind.Fallback, fromFallback.Suggestion?.Changes[0].Kind);
        Assert.Equal("local-model", server.Requests[0].Json.GetProperty("model").GetString());
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task AddLlmSuggester_BadSettings_FailWithHowToFix()
    {
        var services = HostServices();
        services.AddLlmSuggester(Configuration(("Llm:Endpoint", "http://localhost:11434/v1"), ("Llm:Timeout", "00:10:00")));
        await using var provider = services.BuildServiceProvider();

        var exception = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlmOptions>>().Value);

        Assert.Contains(exception.Failures, f => f.StartsWith("Llm:Model is required", StringComparison.Ordinal));
        Assert.Contains(exception.Failures, f => f.StartsWith("Llm:Timeout must be between", StringComparison.Ordinal));
    }

    [Fact]
    public void AddLlmSuggester_EndpointWithoutOfflineSuggester_SaysToRegisterItFirst()
    {
        var services = new ServiceCollection();

        var exception = Assert.Throws<InvalidOperationException>(() => services.AddLlmSuggester(Configuration(("Llm:Endpoint", "http://localhost:11434/v1"))));

        Assert.Contains("offline IReplySuggester registered first", exception.Message, StringComparison.Ordinal);
    }
}
