using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

public sealed class DomainAllowListTests
{
    private static readonly DomainAllowList Lumora = new(["lumora.com", "Lumora.ES"]);

    [Theory]
    [InlineData("https://help.lumora.com/returns")]
    [InlineData("lumora.com")]
    [InlineData("care@lumora.com")]
    [InlineData("soporte@ayuda.lumora.es")]
    [InlineData("http://user@lumora.com:8080/x")]
    public void Allows_BrandDomainOrSubdomain_True(string value) => Assert.True(Lumora.Allows(value));

    [Theory]
    [InlineData("https://lumora.com.evil.io/login")]
    [InlineData("https://notlumora.com")]
    [InlineData("ana@gmail.com")]
    [InlineData("https://evil.io/?next=lumora.com")]
    public void Allows_OtherDomain_False(string value) => Assert.False(Lumora.Allows(value));

    [Theory]
    [InlineData("lumora.com", true)]
    [InlineData("help.lumora.co.uk", true)]
    [InlineData("lumora", false)]
    [InlineData("-lumora.com", false)]
    [InlineData("lumora..com", false)]
    [InlineData("https://lumora.com", false)]
    public void IsValidDomain_Domain_AsExpected(string domain, bool valid) => Assert.Equal(valid, DomainAllowList.IsValidDomain(domain));
}
