using System.Text.Json;
using AgentAssist.Bot.Teams;
using AgentAssist.Bot.Tests.Fixtures;
using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Suggestions;

namespace AgentAssist.Bot.Tests.Teams;

public sealed class SuggestionCardTests
{
    private static (AdaptiveCard Card, Suggestion Suggestion) Build(string text, string channel, string language, BotText ui)
    {
        var draft = new Draft(text, channel, language);
        var verdict = TestGuardrails.Engine.Check(draft);
        var suggestion = TestGuardrails.Suggester.Suggest(new SuggestionRequest(draft, verdict, null)).Suggestion!;
        return (ResultCardBuilder.Build(verdict, new DraftRequest(text, channel, language, "@sam"), ui, suggestion), suggestion);
    }

    [Fact]
    public void Build_WithSuggestion_ShowsItAndUseSuggestionChecksItAsTheNewDraft()
    {
        var (card, suggestion) = Build("You should have read the manual. Your order ships today.", "x", "en", BotText.English);

        var json = JsonDocument.Parse(JsonSerializer.Serialize(card.ToJsonElement())).RootElement;
        var texts = json.GetProperty("body").EnumerateArray().Where(e => e.GetProperty("type").GetString() == "Container")
            .SelectMany(c => c.GetProperty("items").EnumerateArray()).Where(i => i.TryGetProperty("text", out _)).Select(i => i.GetProperty("text").GetString()).ToList();
        Assert.Contains("Suggested reply, already checked:", texts);
        // Shown as a text run, never as a TextBlock whose text Teams would read as Markdown.
        Assert.DoesNotContain(suggestion.Text, texts);
        var runs = CardJson.OfType(json, "TextRun").Select(r => r.GetProperty("text").GetString()).ToList();
        Assert.Contains(suggestion.Text, runs);
        var use = json.GetProperty("actions").EnumerateArray().Single(a => a.GetProperty("title").GetString() == "Use suggestion");
        Assert.Equal(("Action.Execute", "recheck", "none"), (use.GetProperty("type").GetString(), use.GetProperty("verb").GetString(), use.GetProperty("associatedInputs").GetString()));
        Assert.Equal(suggestion.Text, use.GetProperty("data").GetProperty("text").GetString());
        Assert.Equal("x", use.GetProperty("data").GetProperty("channel").GetString());
        Assert.DoesNotContain("should have read", suggestion.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_SpanishWithSuggestion_SpanishButton()
    {
        var (card, _) = Build("Tu pedido sale hoy.", "whatsapp", "es", BotText.Spanish);

        var json = JsonSerializer.Serialize(card.ToJsonElement());
        Assert.Contains("Usar sugerencia", json, StringComparison.Ordinal);
        Assert.Contains("Respuesta sugerida, ya revisada:", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Build_WithoutSuggestion_NoUseSuggestionAction()
    {
        var verdict = TestGuardrails.Engine.Check(new Draft("Your order ships today.", "x", "en"));

        var json = JsonSerializer.Serialize(ResultCardBuilder.Build(verdict, new DraftRequest("Your order ships today.", "x", "en"), BotText.English).ToJsonElement());

        Assert.DoesNotContain("Use suggestion", json, StringComparison.Ordinal);
    }
}
