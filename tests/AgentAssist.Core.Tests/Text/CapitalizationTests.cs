using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Text;

public sealed class CapitalizationTests
{
    [Theory]
    [InlineData("kindly", "please", "please")]
    [InlineData("Kindly", "please", "Please")]
    [InlineData("KINDLY", "please", "PLEASE")]
    [InlineData("Dear customer", "hi", "Hi")]
    [InlineData("Estimado cliente", "hola", "Hola")]
    [InlineData("Atentamente", "un saludo", "Un saludo")]
    [InlineData("utilize", "use", "use")]
    // One capital letter is a capitalised word, not a word in capitals.
    [InlineData("U", "you", "You")]
    [InlineData("Kindly", "", "")]
    public void Match_OriginalCapitalisation_CarriedToReplacement(string original, string replacement, string expected)
    {
        Assert.Equal(expected, Capitalization.Match(original, replacement));
    }
}
