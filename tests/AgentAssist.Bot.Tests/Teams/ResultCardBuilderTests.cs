using System.Globalization;
using System.Text.Json;
using AgentAssist.Bot.Teams;
using AgentAssist.Bot.Tests.Cards;
using AgentAssist.Bot.Tests.Fixtures;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Text;

namespace AgentAssist.Bot.Tests.Teams;

public sealed class ResultCardBuilderTests
{
    private static JsonElement Build(string draft, string channel = "public", string? language = null, BotText? text = null)
    {
        var verdict = TestGuardrails.Engine.Check(new Draft(draft, channel, language));
        return ResultCardBuilder.Build(verdict, new DraftRequest(draft, channel, language), text ?? BotText.English).ToJsonElement();
    }

    private static Finding At(string draft, string part, Severity severity = Severity.Warning) =>
        new("Test.Rule", FindingCategory.Wording, severity, new TextSpan(draft.IndexOf(part, StringComparison.Ordinal), part.Length), "msg");

    [Fact]
    public void HighlightedDraft_OverlappingAndAdjacentSpans_OneHighlightEachAndTextUnchanged()
    {
        const string draft = "Hi 👋🏽 we are VERY VERY sorry";
        var findings = new[] { At(draft, "VERY VERY"), At(draft, "VERY sorry"), At(draft, "👋🏽") };

        var runs = ResultCardBuilder.HighlightedDraft(draft, findings);

        Assert.Equal(draft, string.Concat(runs.Select(r => r.Text)));
        Assert.Equal(["👋🏽", "VERY VERY sorry"], runs.Where(r => r.Highlight == true).Select(r => r.Text));
    }

    [Fact]
    public void HighlightedDraft_MoreSpansThanTheCap_RestOfTheDraftPlain()
    {
        var draft = string.Concat(Enumerable.Repeat("bad ok ", ResultCardBuilder.MaxHighlights + 5));
        var findings = Enumerable.Range(0, ResultCardBuilder.MaxHighlights + 5)
            .Select(i => new Finding("Test.Rule", FindingCategory.Wording, Severity.Warning, new TextSpan(i * 7, 3), "msg"));

        var runs = ResultCardBuilder.HighlightedDraft(draft, findings);

        Assert.Equal(draft, string.Concat(runs.Select(r => r.Text)));
        Assert.Equal(ResultCardBuilder.MaxHighlights, runs.Count(r => r.Highlight == true));
    }

    [Fact]
    public void HighlightedDraft_LengthFindingOnALongDraft_NotHighlighted()
    {
        var draft = "We are VERY sorry. " + new string('a', 200);
        var findings = new[] { new Finding("Brand.Length", FindingCategory.Length, Severity.Block, new TextSpan(0, draft.Length), "Too long"), At(draft, "VERY") };

        var runs = ResultCardBuilder.HighlightedDraft(draft, findings);

        Assert.Equal(["VERY"], runs.Where(r => r.Highlight == true).Select(r => r.Text));
    }

    [Fact]
    public void HighlightedDraft_NoFindings_OnePlainRun()
    {
        var run = Assert.Single(ResultCardBuilder.HighlightedDraft("Hola 😊", []));

        Assert.Null(run.Highlight);
        Assert.Equal("Hola 😊", run.Text);
    }

    [Theory]
    [InlineData("We will refund the full amount today.", true)]
    [InlineData("You should have read the manual, we will refund you.", false)]
    [InlineData("I have passed this to our L2 team.", false)]
    [InlineData("Thanks for waiting, your order is on its way.", false)]
    public void Build_Outcome_SendForApprovalOnlyWhenApprovalNeeded(string draft, bool expected)
    {
        var card = Build(draft);

        Assert.Equal(expected, CardJson.Verbs(card).Contains(CardVerbs.RequestApproval));
    }

    [Fact]
    public void Build_NeedsApproval_ActionsTakeTheDraftFromTheFieldWithTheCheckedOptions()
    {
        const string draft = "Kindly note: we will refund the full amount today.";

        var card = Build(draft, "x", "en");

        Assert.StartsWith("Please note", CardJson.Input(card, "text").GetProperty("value").GetString(), StringComparison.Ordinal);
        foreach (var verb in new[] { CardVerbs.Recheck, CardVerbs.RequestApproval })
        {
            var action = CardJson.Action(card, verb);
            Assert.False(action.TryGetProperty("associatedInputs", out _));
            var data = action.GetProperty("data");
            Assert.False(data.TryGetProperty("text", out _));
            Assert.Equal("x", data.GetProperty("channel").GetString());
            Assert.Equal("en", data.GetProperty("language").GetString());
            Assert.Equal("en", data.GetProperty("ui").GetString());
        }
    }

    [Fact]
    public void Build_DetectedLanguage_RecheckDetectsAgain()
    {
        var card = Build("We will refund the full amount today.");

        Assert.False(CardJson.Action(card, CardVerbs.Recheck).GetProperty("data").TryGetProperty("language", out _));
        Assert.Equal("English (detected)", CardJson.Fact(card, "Language"));
    }

    [Fact]
    public void Build_FindingWithAutomaticFix_ShowsFixAndReplacement()
    {
        var card = Build("Kindly send us a DM.");

        var text = CardJson.AllText(card);
        Assert.Contains("Automatic fix, replace it with: ", text, StringComparison.Ordinal);
        Assert.Contains(CardJson.OfType(card, "TextRun"), r => r.GetProperty("text").GetString() == "Please" && r.GetProperty("color").GetString() == "good");
        Assert.Equal("Corrected draft, with every automatic fix applied. Edit it and check again:", CardJson.Input(card, "text").GetProperty("label").GetString());
    }

    [Fact]
    public void Build_DraftWithMarkdown_DraftOnlyInTextRunsAndInputs()
    {
        const string draft = "Hi **Sam**, see [this](http://evil.example) # now _please_";

        var card = Build(draft);

        Assert.DoesNotContain(CardJson.OfType(card, "TextBlock"), b => b.GetProperty("text").GetString()!.Contains("evil", StringComparison.Ordinal));
        Assert.Equal(draft, string.Concat(CardJson.OfType(card, "RichTextBlock").First().GetProperty("inlines").EnumerateArray().Select(r => r.GetProperty("text").GetString())));
    }

    [Fact]
    public void Build_TwelveFindings_ShowsTenMostSevereAndCountsTheRest()
    {
        var verdict = BotCardCatalog.SyntheticVerdict(TestGuardrails.Engine);

        var card = ResultCardBuilder.Build(verdict, new DraftRequest(BotCardCatalog.SyntheticDraft, "x"), BotText.Spanish).ToJsonElement();

        var severities = CardJson.OfType(card, "Container").Where(c => c.TryGetProperty("separator", out _))
            .Select(c => c.GetProperty("items")[0].GetProperty("inlines")[0].GetProperty("text").GetString()).ToList();
        Assert.Equal(ResultCardBuilder.MaxFindingsShown, severities.Count);
        Assert.Equal(["Requiere aprobación", "Requiere aprobación", "Requiere aprobación"], severities.Take(3));
        Assert.Contains("…y 2 más.", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Equal("12", CardJson.Fact(card, "Observaciones"));
    }

    [Fact]
    public void Build_LongMatch_ExcerptCutBetweenTextElements()
    {
        var verdict = BotCardCatalog.SyntheticVerdict(TestGuardrails.Engine);

        var card = ResultCardBuilder.Build(verdict, new DraftRequest(BotCardCatalog.SyntheticDraft, "x"), BotText.Spanish).ToJsonElement();

        var excerpts = CardJson.Highlighted(card).Where(h => h.EndsWith('…')).ToList();
        var excerpt = Assert.Single(excerpts);
        Assert.True(excerpt.Length <= 161, excerpt);
        var withoutEllipsis = excerpt[..^1];
        Assert.StartsWith(withoutEllipsis, BotCardCatalog.SyntheticDraft[BotCardCatalog.SyntheticDraft.IndexOf("Este", StringComparison.Ordinal)..], StringComparison.Ordinal);
        Assert.False(char.IsHighSurrogate(withoutEllipsis[^1]));
        Assert.Equal(StringInfo.ParseCombiningCharacters(withoutEllipsis).Length, new StringInfo(withoutEllipsis).LengthInTextElements);
        Assert.Contains("(todo el borrador)", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Contains("(aquí falta algo)", CardJson.AllText(card), StringComparison.Ordinal);
        Assert.Contains("Corrección automática: quítalo.", CardJson.AllText(card), StringComparison.Ordinal);
    }

    [Fact]
    public void Build_Spanish_AllChromeInSpanish()
    {
        var card = Build("Te reembolsaremos el importe completo hoy.", "whatsapp", "es", BotText.Spanish);

        Assert.Equal("es", card.GetProperty("lang").GetString());
        Assert.Equal("Necesita la aprobación de un supervisor", CardJson.Heading(card));
        Assert.Equal("WhatsApp, privado", CardJson.Fact(card, "Canal"));
        Assert.Equal(["Revisar de nuevo", "Enviar para aprobación", "Revisar otro borrador"], CardJson.OfType(card, "Action.Execute").Select(a => a.GetProperty("title").GetString()));
    }
}
