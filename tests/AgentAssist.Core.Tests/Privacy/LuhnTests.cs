using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

public sealed class LuhnTests
{
    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("4111 1111 1111 1111")]
    [InlineData("5500-0000-0000-0004")]
    [InlineData("378282246310005")]
    [InlineData("6011111111111117")]
    [InlineData("79927398713")]
    public void IsValid_PublishedTestNumbers_True(string number) => Assert.True(Luhn.IsValid(number));

    [Theory]
    [InlineData("4111111111111112")]
    [InlineData("79927398710")]
    [InlineData("4111x111111111111")]
    [InlineData("0")]
    [InlineData("")]
    public void IsValid_WrongCheckDigitOrNotDigits_False(string number) => Assert.False(Luhn.IsValid(number));

    [Theory]
    [InlineData("4111111111111111")]
    [InlineData("378282246310005")]
    [InlineData("6011111111111117")]
    public void IsValid_AnySingleDigitChanged_False(string valid)
    {
        var accepted = ChecksumVariants.SingleSubstitutions(valid).Where(v => Luhn.IsValid(v)).ToList();

        Assert.Empty(accepted);
    }

    [Theory]
    [InlineData("411111111111111", '1')]
    [InlineData("7992739871", '3')]
    public void CheckDigit_Payload_MakesTheNumberValid(string payload, char expected)
    {
        var digit = Luhn.CheckDigit(payload);

        Assert.Equal(expected, digit);
        Assert.True(Luhn.IsValid(payload + digit));
    }
}
