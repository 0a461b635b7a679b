using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Suggestions;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Suggestions;

public sealed class OfflineReplySuggesterTests
{
    [Fact]
    public void Suggest_EnglishPublicWithPersonalData_DropsTheSentenceGreetsByNameAndHandsOff()
    {
        var result = SuggestionFixture.Suggest(new Draft("hi @samwise your order LM-30551277 left today!! Sorry for the wait 😊😊😊", "x", "en"), SuggestionFixture.Sam);

        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.Equal("Hi Sam! Good news: your order is on its way. Sorry for the wait 😊😊 Send us a DM and we'll pick it up there. Thanks for your patience!", suggestion.Text);
        Assert.Equal((SuggestionSources.Offline, "en", Outcome.Pass), (suggestion.Source, suggestion.Language, suggestion.Check.Outcome));
        Assert.Contains(suggestion.Changes, c => c.Kind == SuggestionChangeKind.Redaction && c.RuleId == "Privacy.PersonalData");
        Assert.Contains(suggestion.Changes, c => c.Kind == SuggestionChangeKind.AutomaticFix && c.RuleId == "Brand.Emoji");
        Assert.DoesNotContain("LM-30551277", suggestion.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Suggest_SpanishPublicWithPhoneNumber_SpanishGreetingAcknowledgesTheCallAndHandsOff()
    {
        var result = SuggestionFixture.Suggest(new Draft("Hola María, tu pedido sale hoy. Te llamamos al 612 34 56 78 esta tarde.", "x", "es"), SuggestionFixture.Maria);

        Assert.Equal(
            "¡Hola, María! Retomamos tu llamada de ayer. Tu pedido sale hoy. Escríbenos por mensaje privado y seguimos por ahí. ¡Gracias por tu paciencia!",
            result.Suggestion?.Text);
        Assert.Equal(Outcome.Pass, result.Suggestion!.Check.Outcome);
    }

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

    [Theory]
    [InlineData(InteractionChannel.Phone, InteractionOutcome.Resolved, 0, "Thanks for calling us today.")]
    [InlineData(InteractionChannel.Email, InteractionOutcome.Escalated, 3, "Our specialists have the details from your email 3 days ago.")]
    [InlineData(InteractionChannel.Chat, InteractionOutcome.Unresolved, 1, "We're sorry your chat with us yesterday didn't sort this out.")]
    public void Suggest_RecentInteraction_AcknowledgesItWithItsRelativeDay(InteractionChannel channel, InteractionOutcome outcome, int daysAgo, string expected)
    {
        var customer = new CustomerProfile("C-9", new CustomerContext(PreferredName: "Lee"))
        {
            RecentInteractions = [new CustomerInteraction(channel, SuggestionFixture.Now.AddDays(-daysAgo).AddHours(-1), "Contact", outcome)],
        };

        var result = SuggestionFixture.Suggest(new Draft("We are looking into it.", "whatsapp", "en"), customer);

        Assert.Equal($"Hi Lee, {char.ToLowerInvariant(expected[0])}{expected[1..]} We are looking into it. Thanks for your patience.", result.Suggestion?.Text);
    }

    [Fact]
    public void Suggest_UnsettledInteractionAndOpenOrder_AcknowledgesTheUnsettledInteractionFirst()
    {
        var result = SuggestionFixture.Suggest(new Draft("Estamos en ello.", "x", "es"), SuggestionFixture.Maria);

        Assert.StartsWith("¡Hola, María! Retomamos tu llamada de ayer. Estamos en ello.", result.Suggestion?.Text, StringComparison.Ordinal);
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
    public void Suggest_LongDraftOnX_LeavesOutOptionalPartsAndWholeSentencesWithinTheLimit()
    {
        const string draft = "Thanks for waiting. We checked your order and it left our warehouse this morning. It should reach you by Thursday; "
            + "the tracking link is in the email we sent you at 9:12. If anything looks wrong when it arrives, reply here and we'll sort it out straight away. "
            + "Have a lovely evening and enjoy the new headphones. We hope they sound great.";

        var result = SuggestionFixture.Suggest(new Draft(draft, "x", "en"), SuggestionFixture.Sam);

        var text = result.Suggestion!.Text;
        Assert.InRange(TextElements.Count(text), 1, 280);
        Assert.EndsWith("Send us a DM and we'll pick it up there.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Thanks for your patience", text, StringComparison.Ordinal);
        Assert.Contains(result.Suggestion.Changes, c => c.Kind == SuggestionChangeKind.Shortened);
        foreach (var sentence in Sentences.Split(text).Select(s => s.Slice(text)).SkipLast(1))
        {
            Assert.Contains(sentence, draft + " Hi Sam!", StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Suggest_DraftWithBlame_BlockedSentencesLeftOutAndSuggestionPasses()
    {
        var result = SuggestionFixture.Suggest(new Draft("Calm down, it's on its way. You should have read the manual.", "x", "en"), SuggestionFixture.Sam);

        Assert.Equal("Hi Sam! Good news: your order is on its way. Send us a DM and we'll pick it up there. Thanks for your patience!", result.Suggestion?.Text);
        Assert.Contains(result.Suggestion!.Changes, c => c.Kind == SuggestionChangeKind.Repaired && c.RuleId == "BrandEn.Blame");
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
