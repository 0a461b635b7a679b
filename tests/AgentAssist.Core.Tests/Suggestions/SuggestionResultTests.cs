using AgentAssist.Core.Checking;
using AgentAssist.Core.Suggestions;

namespace AgentAssist.Core.Tests.Suggestions;

public sealed class SuggestionResultTests
{
    private const string Draft = "Your order ships today.";

    private static Suggestion Suggest(string text) =>
        new(text, SuggestionSources.Offline, "en", SuggestionFixture.Engine.Check(new Draft(text, "x", "en")), []);

    [Fact]
    public void ChangeTo_SuggestionThatChangesTheDraft_IsOffered()
    {
        var suggestion = Suggest("Hi Sam! Your order ships today.");

        Assert.Same(suggestion, SuggestionResult.Offered(suggestion).ChangeTo(Draft));
    }

    [Fact]
    public void ChangeTo_SuggestionThatIsTheDraft_IsNone()
    {
        Assert.Null(SuggestionResult.Offered(Suggest(Draft)).ChangeTo(Draft));
    }

    [Fact]
    public void ChangeTo_Withheld_IsNone()
    {
        Assert.Null(SuggestionResult.Withheld(SuggestionSources.Offline, "no templates").ChangeTo(Draft));
    }
}
