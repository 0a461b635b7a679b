using AgentAssist.Core.Customers;

namespace AgentAssist.Core.Suggestions;

/// <summary>The phrases of one language's offline template file (<c>prompts/offline/en.yaml</c>).</summary>
internal sealed record OfflineLanguageTemplates(
    string Language,
    IReadOnlyDictionary<string, (string Named, string Anonymous)> Greetings,
    IReadOnlyList<string> GreetingWords,
    (string Named, string Generic) Order,
    (string Named, string Generic) Case,
    (string Today, string Yesterday, string Days) When,
    int RecentDays,
    IReadOnlyDictionary<(InteractionChannel Channel, InteractionOutcome Outcome), string> Interactions,
    IReadOnlyDictionary<OrderStatus, string> Orders,
    string Cases,
    IReadOnlyDictionary<string, string> Handoff,
    IReadOnlyDictionary<string, string> Closing,
    DraftReading Reading)
{
    /// <summary>Registers every template file must cover, as channels name them.</summary>
    public static readonly string[] Registers = ["informal", "neutral", "formal"];

    /// <summary>The register's entry, or the neutral one for a register the file does not know.</summary>
    public static T ForRegister<T>(IReadOnlyDictionary<string, T> phrases, string register) =>
        phrases.TryGetValue(register, out var phrase) ? phrase : phrases["neutral"];
}
