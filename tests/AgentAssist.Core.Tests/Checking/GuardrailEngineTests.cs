using AgentAssist.Core.Checking;
using AgentAssist.Core.Detection;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Checking;

public sealed class GuardrailEngineTests
{
    private static readonly Lazy<RuleSetProvider> BrandPacks = new(() =>
    {
        var provider = new RuleSetProvider(RuleSet.Empty);
        var problems = provider.TryReplace(RulePackLoader.LoadMany(RepoPaths.BrandPackDirectories));
        Assert.Empty(problems);
        return provider;
    });

    private static GuardrailEngine Engine(params IDetector[] detectors) => new(BrandPacks.Value, detectors, new LanguageDetector());

    private static string[] Show(Verdict verdict, string text) =>
        verdict.Findings.Select(f => $"{f.RuleId} {f.Severity} {f.Span.Start}+{f.Span.Length} '{f.Span.Slice(text)}'").ToArray();

    [Fact]
    public void Check_EnglishShoutingAndRefundPromiseOnX_NeedsApprovalWithExactRulesAndSpans()
    {
        const string text = "We are VERY sorry. We will refund the full amount today.";

        var verdict = Engine().Check(new Draft(text, "x"));

        Assert.Equal(Outcome.NeedsApproval, verdict.Outcome);
        Assert.Equal(["Brand.Shouting Warning 7+4 'VERY'", "BrandEn.Commitments Approval 19+14 'We will refund'"], Show(verdict, text));
        Assert.Equal(
            ["'VERY' is in capitals, which reads as shouting.", "'We will refund' promises money or a benefit, which needs a supervisor's approval."],
            verdict.Findings.Select(f => f.Message));
        Assert.Equal(("en", true, "x", 280), (verdict.Language, verdict.LanguageDetected, verdict.Channel.Id, verdict.Channel.MaxLength));
        Assert.Equal(["Brand@1.0.0", "BrandEn@1.0.0"], verdict.Packs);
        Assert.Equal("We are very sorry. We will refund the full amount today.", verdict.CorrectedText);
    }

    [Fact]
    public void Check_SpanishDraftWithoutLanguage_DetectedAsSpanishWithTheBrandPacksSpanishWords()
    {
        const string text = "Hola, MUCHAS gracias por tu paciencia!!";

        var verdict = Engine().Check(new Draft(text, "x"));

        Assert.Equal(("es", true, Outcome.Warn), (verdict.Language, verdict.LanguageDetected, verdict.Outcome));
        Assert.Equal(["Brand@1.0.0", "BrandEs@1.0.0"], verdict.Packs);
        Assert.Equal(["Brand.Shouting Warning 6+6 'MUCHAS'", "Brand.Exclamations Warning 37+2 '!!'"], Show(verdict, text));
        Assert.Equal(
            ["'MUCHAS' está en mayúsculas, y eso se lee como gritar.", "'!!' repite signos de exclamación o interrogación."],
            verdict.Findings.Select(f => f.Message));
        Assert.Equal(
            ["Las mayúsculas se leen como enfado, y una respuesta enfadada de la marca se comparte.", "Varios signos seguidos suenan impacientes o sarcásticos."],
            verdict.Findings.Select(f => f.Reason));
        Assert.Equal(["Escríbelo en minúsculas.", "Deja un solo signo."], verdict.Findings.Select(f => f.Fix?.Description));
        Assert.Equal("Hola, muchas gracias por tu paciencia!", verdict.CorrectedText);
    }

    [Fact]
    public void Check_SpanishRefundPromise_NeedsApprovalFromTheSpanishPack()
    {
        const string text = "Hola, te reembolsaremos el importe completo hoy.";

        var verdict = Engine().Check(new Draft(text, "x"));

        Assert.Equal(Outcome.NeedsApproval, verdict.Outcome);
        Assert.Equal(["BrandEs.Compromisos Approval 6+17 'te reembolsaremos'"], Show(verdict, text));
        Assert.Equal("'te reembolsaremos' promete dinero o un beneficio, y eso necesita la aprobación de un supervisor.", verdict.Findings[0].Message);
    }

    [Theory]
    [InlineData("Please calm down.", "en", "BrandEn.Blame")]
    [InlineData("Please calm down.", "es", "")]
    [InlineData("Cálmate, por favor.", "es", "BrandEs.Culpa")]
    [InlineData("Cálmate, por favor.", "en", "")]
    [InlineData("Kindly send us a DM.", "en", "BrandEn.PreferredWording")]
    [InlineData("Kindly send us a DM.", "es", "")]
    public void Check_LanguagePack_RunsOnlyOnDraftsInItsLanguage(string text, string language, string expectedRule)
    {
        var verdict = Engine().Check(new Draft(text, "x", language));

        Assert.Equal(expectedRule, string.Join(",", verdict.Findings.Select(f => f.RuleId)));
        Assert.Equal(["Brand@1.0.0", language == "en" ? "BrandEn@1.0.0" : "BrandEs@1.0.0"], verdict.Packs);
        Assert.False(verdict.LanguageDetected);
    }

    [Fact]
    public void Check_PrivateChannelWithoutGreeting_CorrectedTextInsertsGreetingAndAppliesFixes()
    {
        const string text = "Your order is gonna arrive tomorrow.";

        var verdict = Engine().Check(new Draft(text, "email", "en"));

        Assert.Equal(["BrandEn.Greeting Warning 0+0 ''", "BrandEn.Formality Warning 14+5 'gonna'"], Show(verdict, text));
        Assert.Equal("Hi, your order is going to arrive tomorrow.", verdict.CorrectedText);
        Assert.Equal(Outcome.Warn, verdict.Outcome);
    }

    [Fact]
    public void Check_SpanishPrivateChannelWithoutGreeting_InsertsTheSpanishGreeting()
    {
        const string text = "Tu pedido sale hoy.";

        var verdict = Engine().Check(new Draft(text, "whatsapp", "es"));

        Assert.Equal(["BrandEs.Saludo Warning 0+0 ''"], Show(verdict, text));
        Assert.Equal("Hola, tu pedido sale hoy.", verdict.CorrectedText);
    }

    [Fact]
    public void Check_PublicChannelWithoutGreeting_NoGreetingFinding()
    {
        var verdict = Engine().Check(new Draft("Your order is on its way.", "x", "en"));

        Assert.Equal(Outcome.Pass, verdict.Outcome);
        Assert.Empty(verdict.Findings);
        Assert.Equal("Your order is on its way.", verdict.CorrectedText);
    }

    [Fact]
    public void Check_PrivateDraftStartingWithAvoidedWord_CorrectedTextHasGreetingAndSubstitution()
    {
        var verdict = Engine().Check(new Draft("Kindly send us your order number.", "whatsapp", "en"));

        Assert.Equal("Hi, please send us your order number.", verdict.CorrectedText);
    }

    [Fact]
    public void Check_AcronymWithPreferredWording_CorrectedTextDoesNotShout()
    {
        var verdict = Engine().Check(new Draft("We will reply ASAP.", "x", "en"));

        Assert.Equal("We will reply as soon as possible.", verdict.CorrectedText);
    }

    [Fact]
    public void Check_UnknownChannel_ThrowsListingTheKnownChannels()
    {
        var error = Assert.Throws<ArgumentException>(() => Engine().Check(new Draft("Hello", "myspace")));

        Assert.Equal("draft", error.ParamName);
        Assert.Equal(
            "Unknown channel 'myspace'. Known channels: email, facebook, instagram, messenger, private, public, whatsapp, x, x-dm. (Parameter 'draft')",
            error.Message);
    }

    [Theory]
    // 281 characters on X (280): blocked, the finding covers the last character.
    [InlineData(281, "x", Outcome.Block)]
    [InlineData(280, "x", Outcome.Pass)]
    [InlineData(281, "whatsapp", Outcome.Pass)]
    public void Check_LengthPerChannel_BlocksOnlyPastTheChannelLimit(int length, string channel, Outcome expected)
    {
        var text = "Hi " + new string('a', length - 3);

        var verdict = Engine().Check(new Draft(text, channel, "en"));

        Assert.Equal(expected, verdict.Outcome);
        Assert.Equal(expected == Outcome.Block, verdict.Findings.Any(f => f.RuleId == "Brand.Length" && f.Span == new TextSpan(280, 1)));
    }

    [Fact]
    public void Check_EmojiHeavyReplyWithin280Characters_NotBlockedOnX()
    {
        // 280 text elements but 560 UTF-16 code units: people (and X) count each emoji once.
        var text = string.Concat(Enumerable.Repeat("🎧", 2)) + new string('a', 278);

        var verdict = Engine().Check(new Draft(text, "x", "en"));

        Assert.DoesNotContain(verdict.Findings, f => f.RuleId == "Brand.Length");
    }

    [Fact]
    public void Check_WithDetector_MergesItsFindingsInPositionThenSeverityOrder()
    {
        const string text = "We are VERY sorry, write to ana@example.com.";
        var detector = new FixedDetector(new Finding("Privacy.Email", FindingCategory.Privacy, Severity.Block, new TextSpan(28, 15), "An email address."));

        var verdict = Engine(detector).Check(new Draft(text, "x", "en"));

        Assert.Equal(["Brand.Shouting Warning 7+4 'VERY'", "Privacy.Email Block 28+15 'ana@example.com'"], Show(verdict, text));
        Assert.Equal(Outcome.Block, verdict.Outcome);
        Assert.Equal(text, detector.SawText);
    }

    [Fact]
    public void Check_TwoFindingsAtTheSameStart_MoreSevereFirst()
    {
        const string text = "KIVO is not for us.";
        var detector = new FixedDetector(new Finding("Test.Info", FindingCategory.Wording, Severity.Info, new TextSpan(0, 4), "m"));

        var verdict = Engine(detector).Check(new Draft(text, "x", "en"));

        Assert.Equal(
            ["BrandEn.Competitors Approval 0+4 'KIVO'", "Brand.Shouting Warning 0+4 'KIVO'", "Test.Info Info 0+4 'KIVO'"],
            Show(verdict, text));
    }

    private sealed class FixedDetector(Finding finding) : IDetector
    {
        public string Id => "test";

        public string? SawText { get; private set; }

        public void Detect(CheckContext context, ICollection<Finding> findings)
        {
            SawText = context.Text;
            findings.Add(finding);
        }
    }
}
