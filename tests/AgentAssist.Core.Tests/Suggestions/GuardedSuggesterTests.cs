using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Suggestions;

namespace AgentAssist.Core.Tests.Suggestions;

public sealed class GuardedSuggesterTests
{
    private static async Task<SuggestionResult> GuardAsync(string answer, string channel = "x", string language = "en", CustomerContext? customer = null)
    {
        var draft = new Draft("We are looking into it.", channel, language, customer);
        var request = new SuggestionRequest(draft, SuggestionFixture.Engine.Check(draft), null);
        return await new GuardedSuggester(new FixedTextSuggester(answer, language), SuggestionFixture.Engine).SuggestAsync(request);
    }

    [Fact]
    public async Task SuggestAsync_CleanAnswer_OfferedUnchangedWithItsOwnVerdict()
    {
        var result = await GuardAsync("Hi Sam! Your order is on its way.");

        Assert.Equal("Hi Sam! Your order is on its way.", result.Suggestion?.Text);
        Assert.Equal(Outcome.Pass, result.Suggestion!.Check.Outcome);
        Assert.Empty(result.Suggestion.Changes);
        Assert.Equal(SuggestionSources.Llm, result.Source);
    }

    [Fact]
    public async Task SuggestAsync_AnswerWithEmailOnPublicChannel_RepairedAndNeverBlocked()
    {
        var result = await GuardAsync("We sent the label to ana.garcia@gmail.com. It should arrive soon.");

        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.NotEqual(Outcome.Block, suggestion.Check.Outcome);
        Assert.DoesNotContain("ana.garcia@gmail.com", suggestion.Text, StringComparison.Ordinal);
        Assert.Contains("It should arrive soon.", suggestion.Text, StringComparison.Ordinal);
        Assert.Contains(suggestion.Changes, c => c.RuleId == "Privacy.PersonalData");
    }

    [Fact]
    public async Task SuggestAsync_AnswerWithBlameSentence_SentenceLeftOut()
    {
        var result = await GuardAsync("Your order is on its way. You should have read the manual.");

        Assert.Equal("Your order is on its way.", result.Suggestion?.Text);
        Assert.Contains(result.Suggestion!.Changes, c => c is { Kind: SuggestionChangeKind.Repaired, RuleId: "BrandEn.Blame" });
    }

    [Fact]
    public async Task SuggestAsync_SpanishInsult_LeftOut()
    {
        var result = await GuardAsync("Eres un gilipollas. Tu pedido ya está en camino.", language: "es");

        Assert.Equal("Tu pedido ya está en camino.", result.Suggestion?.Text);
        Assert.Equal(Outcome.Pass, result.Suggestion!.Check.Outcome);
    }

    [Fact]
    public async Task SuggestAsync_EveryPartBlocked_WithheldWithoutTheText()
    {
        var result = await GuardAsync("Calm down. You should have read the manual.");

        Assert.True(result.IsWithheld);
        Assert.Null(result.Suggestion);
        Assert.Equal("Nothing was left of the suggestion once the parts the guardrails block were removed.", result.WithheldReason);
    }

    [Fact]
    public async Task SuggestAsync_AnswerTooLongForX_WithheldNamingTheRule()
    {
        var result = await GuardAsync(new string('a', 300));

        Assert.True(result.IsWithheld);
        Assert.StartsWith("Nothing was left", result.WithheldReason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestAsync_InnerWithholds_PassedThrough()
    {
        var draft = new Draft("We are looking into it.", "x", "en");
        var request = new SuggestionRequest(draft, SuggestionFixture.Engine.Check(draft), null);

        var result = await new GuardedSuggester(new WithholdingSuggester(), SuggestionFixture.Engine).SuggestAsync(request);

        Assert.Equal("No endpoint answered.", result.WithheldReason);
    }

    private sealed class WithholdingSuggester : IReplySuggester
    {
        public ValueTask<SuggestionResult> SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken = default) =>
            ValueTask.FromResult(SuggestionResult.Withheld(SuggestionSources.Llm, "No endpoint answered."));
    }
}
