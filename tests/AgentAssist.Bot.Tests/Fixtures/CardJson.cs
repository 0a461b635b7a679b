using System.Text.Json;

namespace AgentAssist.Bot.Tests.Fixtures;

/// <summary>Reads an Adaptive Card's JSON the way a person reads the card: its heading, its text, its buttons.</summary>
internal static class CardJson
{
    public static IEnumerable<JsonElement> Objects(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Object)
        {
            yield return element;
            foreach (var property in element.EnumerateObject())
            {
                foreach (var inner in Objects(property.Value))
                {
                    yield return inner;
                }
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                foreach (var inner in Objects(item))
                {
                    yield return inner;
                }
            }
        }
    }

    public static IEnumerable<JsonElement> OfType(JsonElement card, string type) =>
        Objects(card).Where(o => o.TryGetProperty("type", out var t) && t.GetString() == type);

    /// <summary>The first heading: the card's title.</summary>
    public static string Heading(JsonElement card) =>
        OfType(card, "TextBlock").First(b => b.TryGetProperty("style", out var s) && s.GetString() == "heading").GetProperty("text").GetString()!;

    /// <summary>All visible text: text blocks, text runs and facts.</summary>
    public static string AllText(JsonElement card) => string.Join(
        "\n",
        OfType(card, "TextBlock").Concat(OfType(card, "TextRun")).Select(e => e.GetProperty("text").GetString())
            .Concat(OfType(card, "FactSet").SelectMany(f => f.GetProperty("facts").EnumerateArray()).Select(f => $"{f.GetProperty("title").GetString()}: {f.GetProperty("value").GetString()}")));

    /// <summary>The text runs drawn highlighted.</summary>
    public static List<string> Highlighted(JsonElement card) =>
        OfType(card, "TextRun")
            .Where(r => r.TryGetProperty("highlight", out var h) && h.GetBoolean())
            .Select(r => r.GetProperty("text").GetString()!)
            .ToList();

    public static List<string> Verbs(JsonElement card) =>
        OfType(card, "Action.Execute").Select(a => a.GetProperty("verb").GetString()!).ToList();

    public static JsonElement Action(JsonElement card, string verb) =>
        OfType(card, "Action.Execute").First(a => a.GetProperty("verb").GetString() == verb);

    public static JsonElement Input(JsonElement card, string id) =>
        Objects(card).First(o => o.TryGetProperty("type", out var t) && t.GetString()!.StartsWith("Input.", StringComparison.Ordinal)
            && o.GetProperty("id").GetString() == id);

    public static string Fact(JsonElement card, string title) =>
        OfType(card, "FactSet").SelectMany(f => f.GetProperty("facts").EnumerateArray())
            .First(f => f.GetProperty("title").GetString() == title).GetProperty("value").GetString()!;
}
