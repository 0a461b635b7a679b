using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

public sealed class SpanishIdChecksumTests
{
    [Theory]
    [InlineData("12345678Z")]
    [InlineData("12345678z")]
    [InlineData("12.345.678-Z")]
    [InlineData("00000000T")]
    [InlineData("99999999R")]
    public void IsValidDni_RightControlLetter_True(string dni) => Assert.True(SpanishIdChecksum.IsValidDni(dni));

    [Theory]
    [InlineData("12345678A")]
    [InlineData("1234567Z")]
    [InlineData("123456789Z")]
    [InlineData("12345678")]
    [InlineData("X1234567L")]
    public void IsValidDni_WrongLetterOrShape_False(string dni) => Assert.False(SpanishIdChecksum.IsValidDni(dni));

    [Theory]
    [InlineData("X1234567L")]
    [InlineData("Y1234567X")]
    [InlineData("Z1234567R")]
    [InlineData("x-1234567-l")]
    public void IsValidNie_RightControlLetter_True(string nie) => Assert.True(SpanishIdChecksum.IsValidNie(nie));

    [Theory]
    [InlineData("X1234567A")]
    [InlineData("A1234567L")]
    [InlineData("X123456L")]
    public void IsValidNie_WrongLetterOrShape_False(string nie) => Assert.False(SpanishIdChecksum.IsValidNie(nie));

    [Theory]
    [InlineData("12345678Z", false)]
    [InlineData("48151623L", false)]
    [InlineData("X1234567L", true)]
    [InlineData("Z7654321H", true)]
    public void IsValid_AnySingleDigitOrLetterChanged_False(string valid, bool nie)
    {
        Func<string, bool> check = nie ? v => SpanishIdChecksum.IsValidNie(v) : v => SpanishIdChecksum.IsValidDni(v);
        Assert.True(check(valid), $"{valid} is the valid starting point");

        var variants = ChecksumVariants.SingleSubstitutions(valid[..^1]).Select(v => v + valid[^1])
            .Concat("TRWAGMYFPDXBNJZSQVHLCKE".Where(l => l != valid[^1]).Select(l => valid[..^1] + l));
        var accepted = variants.Where(check).ToList();

        Assert.Empty(accepted);
    }

    [Fact]
    public void ControlLetter_NumberModulo23_LetterFromTheOfficialTable()
    {
        Assert.Equal('Z', SpanishIdChecksum.ControlLetter(12345678));
        Assert.Equal('T', SpanishIdChecksum.ControlLetter(0));
        Assert.Equal('E', SpanishIdChecksum.ControlLetter(22));
    }
}
