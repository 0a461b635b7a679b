using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Suggestions;

namespace AgentAssist.Core.Tests.Suggestions;

/// <summary>The shipped rule packs and offline templates, as brand teams edit them, and sample customers.</summary>
internal static class SuggestionFixture
{
    /// <summary>The day the tests run on, as far as the suggester knows.</summary>
    public static readonly DateTimeOffset Now = new(2026, 3, 12, 10, 0, 0, TimeSpan.Zero);

    private static readonly Lazy<GuardrailEngine> LazyEngine = new(() =>
    {
        var provider = new RuleSetProvider(RuleSet.Empty);
        var diagnostics = provider.TryReplace(RulePackLoader.LoadAll(RepoPaths.Rules));
        Assert.Empty(diagnostics);
        return new GuardrailEngine(provider, [], new LanguageDetector());
    });

    private static readonly Lazy<OfflineTemplates> LazyTemplates = new(() =>
    {
        var result = OfflineTemplates.Load(TemplateDirectory);
        Assert.Empty(result.Diagnostics);
        return result.Templates!;
    });

    public static string TemplateDirectory => Path.Combine(RepoPaths.Root, "prompts", "offline");

    public static GuardrailEngine Engine => LazyEngine.Value;

    public static OfflineTemplates Templates => LazyTemplates.Value;

    public static OfflineReplySuggester Suggester { get; } = new(Templates, Engine, new FixedTimeProvider(Now));

    public static CustomerProfile Maria { get; } = new("C-1001", new CustomerContext("@maria_g", "María García López", "María", "es", "ES"))
    {
        Tier = "plus",
        OpenOrders = [new CustomerOrder("LM-20481234", OrderStatus.Delayed, new DateOnly(2026, 3, 2), "lámpara de escritorio Aurora")],
        RecentInteractions =
        [
            new CustomerInteraction(InteractionChannel.Phone, Now.AddDays(-1), "Asked where the lamp is", InteractionOutcome.Pending),
            new CustomerInteraction(InteractionChannel.Email, Now.AddDays(-6), "Order confirmation question", InteractionOutcome.Resolved),
        ],
    };

    public static CustomerProfile Sam { get; } = new("C-2002", new CustomerContext("@samwise", "Samuel Jones", "Sam", "en", "US"))
    {
        Tier = "standard",
        OpenOrders = [new CustomerOrder("LM-30551277", OrderStatus.Shipped, new DateOnly(2026, 3, 9), "Nimbus headphones")],
        OpenCases = [new CustomerCase("CS-2207", "Headphones pairing", new DateOnly(2026, 3, 10))],
    };

    /// <summary>Checks <paramref name="draft"/> and asks the offline suggester for a reply.</summary>
    public static SuggestionResult Suggest(Draft draft, CustomerProfile? customer = null)
    {
        var withContext = draft.Customer is null && customer is not null ? draft with { Customer = customer.Context } : draft;
        var verdict = Engine.Check(withContext);
        return Suggester.Suggest(new SuggestionRequest(withContext, verdict, customer));
    }
}
