using AgentAssist.Llm.Prompting;

namespace AgentAssist.Llm.Tests.Prompting;

public sealed class PersonalDataPlaceholdersTests
{
    [Fact]
    public void Mask_DetectedEntities_ReplacedByNumberedTokens()
    {
        var placeholders = new PersonalDataPlaceholders("en", "US");

        var masked = placeholders.Mask("Write to ana@example.com or bo@example.com, or call (415) 555-0134.");

        Assert.Equal("Write to [[EMAIL_ADDRESS_1]] or [[EMAIL_ADDRESS_2]], or call [[PHONE_NUMBER_1]].", masked);
    }

    [Fact]
    public void Mask_SameValueInTwoTexts_GetsSameToken()
    {
        var placeholders = new PersonalDataPlaceholders("en", null);
        var token = placeholders.Add("PREFERRED_NAME", "María");

        var first = placeholders.Mask("Hi Maria, thanks.");
        var second = placeholders.Mask("MARÍA asked twice; ana@example.com and ana@example.com.");

        Assert.Equal("[[PREFERRED_NAME_1]]", token);
        Assert.Equal("Hi [[PREFERRED_NAME_1]], thanks.", first);
        Assert.Equal("[[PREFERRED_NAME_1]] asked twice; [[EMAIL_ADDRESS_1]] and [[EMAIL_ADDRESS_1]].", second);
    }

    [Fact]
    public void Mask_KnownValues_WholeWordsOnlyAndLongestFirst()
    {
        var placeholders = new PersonalDataPlaceholders("en", null);
        placeholders.Add("PREFERRED_NAME", "Sam");
        placeholders.Add("PERSON", "Sam Carter");

        var masked = placeholders.Mask("Sam Carter, Samsung and Sam.");

        Assert.Equal("[[PERSON_1]], Samsung and [[PREFERRED_NAME_1]].", masked);
    }

    [Fact]
    public void Mask_HandleWithAt_KeepsAtOutsideToken()
    {
        var placeholders = new PersonalDataPlaceholders("en", null);
        placeholders.Add("USER_HANDLE", "maria_g");

        Assert.Equal("@[[USER_HANDLE_1]] hi", placeholders.Mask("@maria_g hi"));
    }

    [Fact]
    public void Restore_KnownTokens_PutsValuesBackAndListsDropped()
    {
        var placeholders = new PersonalDataPlaceholders("en", null);
        placeholders.Add("PREFERRED_NAME", "Sam");
        placeholders.Add("ORDER", "LUM-48213");
        placeholders.Mask("write to sam@example.com");

        var restored = placeholders.Restore("Hi [[PREFERRED_NAME_1]], order [[ORDER_1]] is on its way.");

        Assert.True(restored.IsSuccess);
        Assert.Equal("Hi Sam, order LUM-48213 is on its way.", restored.Text);
        Assert.Equal(["[[EMAIL_ADDRESS_1]]"], restored.Dropped);
    }

    [Theory]
    [InlineData("Hi [[PREFERRED_NAME_2]].", "never sent")]
    [InlineData("Hi [[CUSTOMER_1]].", "never sent")]
    [InlineData("Hi [[PREFERRED_NAME_1].", "broken")]
    [InlineData("Hi [[preferred_name_1]].", "broken")]
    [InlineData("Hi PREFERRED_NAME_1.", "without its brackets")]
    public void Restore_InventedOrMangledToken_Fails(string answer, string problem)
    {
        var placeholders = new PersonalDataPlaceholders("en", null);
        placeholders.Add("PREFERRED_NAME", "Sam");

        var restored = placeholders.Restore(answer);

        Assert.False(restored.IsSuccess);
        Assert.Null(restored.Text);
        Assert.Contains(problem, restored.Problem, StringComparison.Ordinal);
        Assert.DoesNotContain("Sam", restored.Problem, StringComparison.Ordinal);
    }
}
