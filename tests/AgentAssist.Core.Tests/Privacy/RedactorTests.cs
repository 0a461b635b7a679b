using AgentAssist.Core.Checking;
using AgentAssist.Core.Privacy;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Privacy;

public sealed class RedactorTests
{
    [Theory]
    [InlineData(EntityTypes.CreditCard, "4111 1111 1111 1234", "****1234")]
    [InlineData(EntityTypes.PhoneNumber, "+34 612 345 678", "****5678")]
    [InlineData(EntityTypes.IbanCode, "ES91 2100 0418 4502 0005 1332", "****1332")]
    [InlineData(EntityTypes.EsNif, "12345678Z", "****678Z")]
    [InlineData(EntityTypes.EmailAddress, "ana.garcia@gmail.com", "****@****.com")]
    [InlineData(EntityTypes.Url, "https://tracking.example.com/t?id=ana", "https://****")]
    [InlineData(EntityTypes.Url, "bit.ly/3xYz", "****")]
    [InlineData(EntityTypes.IpAddress, "86.121.97.248", "****")]
    [InlineData(EntityTypes.Person, "Ana García", "****")]
    [InlineData(EntityTypes.Password, "Lumora2024!", "****")]
    [InlineData("ORDER_NUMBER", "LM-20481234", "****1234")]
    [InlineData("ORDER_NUMBER", "LM-123", "****")]
    public void MaskValue_EntityValue_MaskedKeepingOnlyWhatIdentifiesNothing(string type, string value, string expected) =>
        Assert.Equal(expected, Redactor.MaskValue(type, value));

    [Fact]
    public void Redact_Matches_EveryValueMaskedAndTheRestKept()
    {
        const string text = "Card 4111 1111 1111 1111, mail ana@gmail.com.";
        var matches = EntityAnalyzer.Default.Analyze(text, "en");

        var redacted = Redactor.Redact(text, matches);

        Assert.Equal("Card ****1111, mail ****@****.com.", redacted);
    }

    [Fact]
    public void Redact_Findings_PrivacyAndConfidentialMaskedOthersKept()
    {
        const string text = "Hi Ana, Halcyon ships; call 612 345 678. Cheers!";
        var findings = new List<Finding>
        {
            new("Privacy.PersonalData", FindingCategory.Privacy, Severity.Block, new TextSpan(28, 11), "Personal data in the reply: phone number.", Fix: new Fix("Replace it.", "****5678"))
            {
                EntityType = EntityTypes.PhoneNumber,
            },
            new("Privacy.Confidential", FindingCategory.Confidential, Severity.Block, new TextSpan(8, 7), "'Halcyon' is an internal codename."),
            new("Brand.Exclamations", FindingCategory.Tone, Severity.Warning, new TextSpan(47, 1), "One exclamation mark."),
        };

        var redacted = Redactor.Redact(text, findings);

        Assert.Equal("Hi Ana, **** ships; call ****5678. Cheers!", redacted);
    }

    [Fact]
    public void Redact_OverlappingFindings_MaskedOnceWithNothingLeaking()
    {
        const string text = "see https://x.io/?u=ana@gmail.com now";
        var findings = new List<Finding>
        {
            new("P.Url", FindingCategory.Privacy, Severity.Block, new TextSpan(4, 29), "link") { EntityType = EntityTypes.Url },
            new("P.Mail", FindingCategory.Privacy, Severity.Block, new TextSpan(20, 13), "mail") { EntityType = EntityTypes.EmailAddress },
        };

        var redacted = Redactor.Redact(text, findings);

        Assert.Equal("see https://**** now", redacted);
        Assert.DoesNotContain("ana", redacted, StringComparison.Ordinal);
    }
}
