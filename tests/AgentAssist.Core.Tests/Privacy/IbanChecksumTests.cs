using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

public sealed class IbanChecksumTests
{
    public static TheoryData<string> ValidIbans => new()
    {
        "ES9121000418450200051332",
        "ES91 2100 0418 4502 0005 1332",
        "GB82WEST12345698765432",
        "gb82west12345698765432",
        "DE89370400440532013000",
        "FR1420041010050500013M02606",
        "NL91ABNA0417164300",
        "MT84MALT011000012345MTLCAST001S",
        "NO9386011117947",
    };

    [Theory]
    [MemberData(nameof(ValidIbans))]
    public void IsValid_PublishedExamples_True(string iban) => Assert.True(IbanChecksum.IsValid(iban));

    [Theory]
    [InlineData("ES9121000418450200051333")] // check fails
    [InlineData("ES912100041845020005133")] // one short for Spain
    [InlineData("XX9121000418450200051332")] // no such country
    [InlineData("ES91-2100-0418-4502-0005-1332")] // not how an IBAN is written
    [InlineData("ES")]
    public void IsValid_WrongChecksumLengthOrCountry_False(string iban) => Assert.False(IbanChecksum.IsValid(iban));

    [Theory]
    [MemberData(nameof(ValidIbans))]
    public void IsValid_AnySingleCharacterChanged_False(string valid)
    {
        var accepted = ChecksumVariants.SingleSubstitutions(valid.ToUpperInvariant().Replace(" ", string.Empty, StringComparison.Ordinal), letters: true)
            .Where(v => IbanChecksum.IsValid(v))
            .ToList();

        Assert.Empty(accepted);
    }

    [Fact]
    public void CheckDigits_CountryAndAccount_BuildAValidIban()
    {
        var digits = IbanChecksum.CheckDigits("ES", "21000418450200051332");

        Assert.Equal("91", digits);
    }
}
