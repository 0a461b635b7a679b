using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

public sealed class UsSsnRulesTests
{
    [Theory]
    [InlineData("536-22-1234")]
    [InlineData("536 22 1234")]
    [InlineData("536221234")]
    [InlineData("001-01-0001")]
    [InlineData("899-99-9999")]
    public void IsValid_IssuableNumber_True(string ssn) => Assert.True(UsSsnRules.IsValid(ssn));

    [Theory]
    [InlineData("000-22-1234")] // area 000
    [InlineData("666-22-1234")] // area 666
    [InlineData("900-22-1234")] // areas 900-999 are ITINs, not SSNs
    [InlineData("999-22-1234")]
    [InlineData("536-00-1234")] // group 00
    [InlineData("536-22-0000")] // serial 0000
    [InlineData("078-05-1120")] // the wallet-insert number
    [InlineData("123-45-6789")] // the sample number
    [InlineData("111-11-1111")] // one digit repeated
    [InlineData("536-22-123")]
    public void IsValid_RangeTheAdministrationNeverIssues_False(string ssn) => Assert.False(UsSsnRules.IsValid(ssn));

    [Fact]
    public void IsValid_EveryInvalidAreaGroupAndSerial_False()
    {
        var invalid = new List<string>();
        invalid.AddRange(Enumerable.Range(900, 100).Select(area => $"{area:000}-22-1234"));
        invalid.Add("000-22-1234");
        invalid.Add("666-22-1234");
        invalid.AddRange(Enumerable.Range(1, 899).Where(a => a != 666).Select(area => $"{area:000}-00-1234"));
        invalid.AddRange(Enumerable.Range(1, 899).Where(a => a != 666).Select(area => $"{area:000}-22-0000"));

        Assert.DoesNotContain(invalid, v => UsSsnRules.IsValid(v));
    }
}
