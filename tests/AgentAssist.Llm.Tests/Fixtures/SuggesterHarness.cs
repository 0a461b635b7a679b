using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Suggestions;

namespace AgentAssist.Llm.Tests.Fixtures;

/// <summary>
/// The Semantic Kernel suggester wired as the host wires it (real connector, real engine, real offline fallback,
/// guarded), talking to a <see cref="LoopbackModelServer"/>.
/// </summary>
public sealed class SuggesterHarness : IAsyncDisposable
{
    public const string Model = "test-model-1";

    private readonly HttpClient _http = new() { Timeout = Timeout.InfiniteTimeSpan };

    private SuggesterHarness(LoopbackModelServer server, LlmOptions options)
    {
        Server = server;
        Options = options;
        var prompt = SuggestionPrompt.Load(SuggestionPrompt.DefaultDirectory);
        Inner = new SemanticKernelReplySuggester(
            LlmKernelFactory.Create(options, _http),
            prompt,
            options,
            TestGuardrails.Engine,
            TestGuardrails.Offline(),
            new LanguageDetector(),
            TimeProvider.System,
            Logs);
        Guarded = new GuardedSuggester(Inner, TestGuardrails.Engine);
    }

    public LoopbackModelServer Server { get; }

    public LlmOptions Options { get; }

    public CapturingLogger<SemanticKernelReplySuggester> Logs { get; } = new();

    public SemanticKernelReplySuggester Inner { get; }

    /// <summary>What the service offers agents: the model's suggestion re-checked by the guardrails.</summary>
    public IReplySuggester Guarded { get; }

    public static async Task<SuggesterHarness> StartAsync(Action<LlmOptions>? configure = null)
    {
        var server = await LoopbackModelServer.StartAsync();
        var options = new LlmOptions
        {
            Endpoint = server.OpenAIEndpoint,
            Model = Model,
            Timeout = TimeSpan.FromSeconds(5),
            BrandName = "Lumora",
        };
        configure?.Invoke(options);
        return new SuggesterHarness(server, options);
    }

    /// <summary>Checks <paramref name="draft"/> and asks the guarded suggester for a reply.</summary>
    public async Task<SuggestionResult> SuggestAsync(Draft draft, CustomerProfile? customer = null)
    {
        var withCustomer = customer is null ? draft : draft with { Customer = customer.Context };
        var verdict = TestGuardrails.Engine.Check(withCustomer);
        return await Guarded.SuggestAsync(new SuggestionRequest(withCustomer, verdict, customer));
    }

    public async ValueTask DisposeAsync()
    {
        _http.Dispose();
        await Server.DisposeAsync();
    }
}
