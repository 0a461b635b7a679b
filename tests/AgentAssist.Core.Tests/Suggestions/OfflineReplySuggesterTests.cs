using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Suggestions;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Suggestions;

public sealed class OfflineReplySuggesterTests
{
    [Fact]
    public void Suggest_SpanishPrivateChannel_NamesTheOrderAndAddsNoHandOff()
    {
        var maria = SuggestionFixture.Maria with { RecentInteractions = [] };

        var result = SuggestionFixture.Suggest(new Draft("Tu pedido sale hoy y llegará el jueves.", "whatsapp", "es"), maria);

        Assert.Equal(
            "Hola, María:\nSentimos que tu pedido de lámpara de escritorio Aurora se esté retrasando. Tu pedido sale hoy y llegará el jueves. Gracias por tu paciencia.",
            result.Suggestion?.Text);
        Assert.DoesNotContain(result.Suggestion!.Changes, c => c.Kind == SuggestionChangeKind.HandOff);
    }

    [Theory]
    [InlineData("Tu pedido LM-20481234 sale hoy.", "es", "sale hoy", "LM-20481234")]
    [InlineData("Your order LM-20481234 left our warehouse this morning.", "en", "left our warehouse this morning", "LM-20481234")]
    public void Suggest_PublicDraftNamingAnIdentifier_KeepsTheSentenceWithoutIt(string text, string language, string kept, string identifier)
    {
        var result = SuggestionFixture.Suggest(new Draft(text, "x", language));

        Assert.Contains(kept, result.Suggestion?.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(identifier, result.Suggestion!.Text, StringComparison.Ordinal);
        Assert.Contains(result.Suggestion.Changes, c => c.Kind == SuggestionChangeKind.Redaction);
        Assert.DoesNotContain(result.Suggestion.Changes, c => c.Kind == SuggestionChangeKind.HandOff);
    }

    [Fact]
    public void Suggest_PublicDraftWithAnEmailAddress_LeavesTheSentenceOutAndHandsOff()
    {
        var result = SuggestionFixture.Suggest(new Draft("We emailed you at sam@example.com. Your parcel ships today.", "x", "en"));

        Assert.DoesNotContain("emailed", result.Suggestion?.Text, StringComparison.Ordinal);
        Assert.Contains("ships today", result.Suggestion!.Text, StringComparison.Ordinal);
        Assert.Contains(result.Suggestion.Changes, c => c.Kind == SuggestionChangeKind.HandOff);
    }

    [Fact]
    public void Suggest_EmailWithoutCustomer_FormalLetterWithAnonymousGreetingAndFixesApplied()
    {
        var result = SuggestionFixture.Suggest(new Draft("Your order is gonna arrive tomorrow.", "email", "en"));

        Assert.Equal("Hello,\n\nYour order is going to arrive tomorrow.\n\nKind regards,\nThe Lumora team", result.Suggestion?.Text);
        Assert.Equal(Outcome.Pass, result.Suggestion!.Check.Outcome);
        Assert.DoesNotContain(result.Suggestion.Changes, c => c.Kind == SuggestionChangeKind.Acknowledgement);
        Assert.Contains(result.Suggestion.Changes, c => c.Kind == SuggestionChangeKind.AutomaticFix && c.RuleId == "BrandEn.Formality");
    }

    [Fact]
    public void Suggest_PrivateDraftWithAgentsGreeting_ReplacesItInsteadOfGreetingTwice()
    {
        var result = SuggestionFixture.Suggest(new Draft("Hello Samuel, your order left our warehouse this morning.", "whatsapp", "en"), SuggestionFixture.Sam with { OpenOrders = [], OpenCases = [] });

        Assert.Equal("Hi Sam, your order left our warehouse this morning. Thanks for your patience.", result.Suggestion?.Text);
    }

    [Fact]
    public void Suggest_PrivateDraftWithoutGreeting_NoRuleInsertedGreetingNextToTheTemplateOne()
    {
        var result = SuggestionFixture.Suggest(new Draft("Your order left our warehouse this morning.", "messenger", "en"));

        Assert.Equal("Hi, your order left our warehouse this morning. Thanks for your patience.", result.Suggestion?.Text);
        Assert.Equal(Outcome.Pass, result.Suggestion!.Check.Outcome);
    }

    [Fact]
    public void Suggest_InteractionOlderThanRecentDays_NotAcknowledged()
    {
        var customer = new CustomerProfile("C-9", new CustomerContext(PreferredName: "Lee"))
        {
            RecentInteractions = [new CustomerInteraction(InteractionChannel.Phone, SuggestionFixture.Now.AddDays(-40), "Old call", InteractionOutcome.Pending)],
        };

        var result = SuggestionFixture.Suggest(new Draft("We are looking into it.", "whatsapp", "en"), customer);

        Assert.Equal("Hi Lee, we are looking into it. Thanks for your patience.", result.Suggestion?.Text);
    }

    [Fact]
    public void Suggest_LanguageWithoutTemplates_WithheldWithTheReason()
    {
        var draft = new Draft("Votre commande est en route.", "x", "fr");
        var verdict = SuggestionFixture.Engine.Check(draft);

        var result = SuggestionFixture.Suggester.Suggest(new SuggestionRequest(draft, verdict, null));

        Assert.True(result.IsWithheld);
        Assert.Equal("There are no offline templates for language 'fr'; templates exist for en, es.", result.WithheldReason);
    }

    [Fact]
    public void Suggest_SameRequestTwice_SameSuggestion()
    {
        var draft = new Draft("Hola, tu pedido sale hoy!!", "instagram", "es");

        var first = SuggestionFixture.Suggest(draft, SuggestionFixture.Maria);
        var second = SuggestionFixture.Suggest(draft, SuggestionFixture.Maria);

        Assert.Equal(first.Suggestion!.Text, second.Suggestion!.Text);
        Assert.Equal(first.Suggestion.Changes, second.Suggestion.Changes);
    }

    [Fact]
    public async Task SuggestAsync_CancelledToken_Throws()
    {
        var draft = new Draft("Your order is on its way.", "x", "en");
        var request = new SuggestionRequest(draft, SuggestionFixture.Engine.Check(draft), null);

        await Assert.ThrowsAsync<OperationCanceledException>(async () => await SuggestionFixture.Suggester.SuggestAsync(request, new CancellationToken(canceled: true)));
    }
}
