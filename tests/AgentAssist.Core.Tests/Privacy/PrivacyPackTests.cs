using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Privacy;

namespace AgentAssist.Core.Tests.Privacy;

/// <summary>The built-in <c>rules/privacy</c> pack, as brand teams edit it, loaded and run through the engine.</summary>
public sealed class PrivacyPackTests
{
    private static readonly Lazy<PackLoadResult> Loaded = new(() => RulePackLoader.Load(PackDirectory()));

    private static readonly Lazy<GuardrailEngine> Engine = new(() =>
    {
        var provider = new RuleSetProvider(RuleSet.Empty);
        Assert.Empty(provider.TryReplace([Loaded.Value]));
        return new GuardrailEngine(provider, [], new LanguageDetector());
    });

    [Fact]
    public void Load_PrivacyPack_LoadsWithNoDiagnosticsAndEveryExamplePasses()
    {
        var result = Loaded.Value;

        Assert.Empty(result.Diagnostics);
        Assert.True(result.Succeeded);
        Assert.Equal("Privacy", result.Pack!.Id);
        Assert.Empty(result.Pack.Languages);
        Assert.Equal(
            ["Privacy.Cards", "Privacy.Confidential", "Privacy.ConfidentialLinks", "Privacy.NationalIds", "Privacy.Passwords", "Privacy.PersonalData"],
            result.Pack.Rules.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.NotEmpty(result.Examples);
    }

    [Theory]
    [InlineData("Hi Ana, we've emailed the label to ana.garcia@gmail.com.", "en", "Could you send us a DM")]
    [InlineData("Hola Ana, te llamamos al 612 34 56 78 esta tarde.", "es", "¿Nos escribes por mensaje privado")]
    public void Check_PublicReplyWithPersonalData_BlockedWithMaskAndHandoffInTheDraftLanguage(string text, string language, string handoff)
    {
        var verdict = Engine.Value.Check(new Draft(text, "public", language));

        Assert.Equal(Outcome.Block, verdict.Outcome);
        var finding = Assert.Single(verdict.Findings);
        Assert.Equal("Privacy.PersonalData", finding.RuleId);
        Assert.Contains(handoff, finding.Fix!.Description, StringComparison.Ordinal);
        Assert.Contains("****", verdict.CorrectedText, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_PrivateReplyRepeatingWhatTheCustomerGave_Passes()
    {
        var customer = new CustomerContext(FullName: "Ana García", Region: "ES") { SharedIdentifiers = ["ana.garcia@gmail.com", "612345678", "LM20481234"] };

        var verdict = Engine.Value.Check(new Draft("Ana García, your order LM-20481234 is confirmed; we'll call 612 345 678 and email ana.garcia@gmail.com.", "private", "en", customer));

        Assert.Equal(Outcome.Pass, verdict.Outcome);
    }

    [Theory]
    [InlineData("The card 4111 1111 1111 1111 is now refunded.", "en", EntityTypes.CreditCard)]
    [InlineData("Hemos validado tu DNI 12345678Z.", "es", EntityTypes.EsNif)]
    [InlineData("Your new password is Lumora#2024, change it soon.", "en", EntityTypes.Password)]
    public void Check_CardNationalIdOrPasswordInPrivateEvenIfGiven_Blocked(string text, string language, string type)
    {
        var customer = new CustomerContext { SharedIdentifiers = ["4111111111111111", "12345678Z", "Lumora#2024"] };

        var verdict = Engine.Value.Check(new Draft(text, "private", language, customer));

        Assert.Equal(Outcome.Block, verdict.Outcome);
        Assert.Equal(type, Assert.Single(verdict.Findings).EntityType);
    }

    [Theory]
    [InlineData("public")]
    [InlineData("private")]
    public void Check_InternalLinkOrCodename_BlockedInEveryChannel(string channel)
    {
        var verdict = Engine.Value.Check(new Draft("Halcyon fixes it; see https://jira.lumora.com/browse/CARE-1234.", channel, "en"));

        Assert.Equal(Outcome.Block, verdict.Outcome);
        Assert.Equal(["Privacy.Confidential", "Privacy.ConfidentialLinks"], verdict.Findings.Select(f => f.RuleId));
        Assert.All(verdict.Findings, f => Assert.Equal(FindingCategory.Confidential, f.Category));
    }

    [Theory]
    [InlineData("Thanks for waiting! Your parcel left our warehouse this morning; track it at https://help.lumora.com/orders.", "en")]
    [InlineData("¡Gracias por esperar! Tu pedido salió esta mañana y llegará el 12/03. Si necesitas algo, escríbenos a ayuda@lumora.es.", "es")]
    public void Check_ReplyWithoutPersonalData_Passes(string text, string language)
    {
        var verdict = Engine.Value.Check(new Draft(text, "public", language));

        Assert.Empty(verdict.Findings);
    }

    private static string PackDirectory()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AgentAssist.sln")))
            {
                return Path.Combine(directory.FullName, "rules", "privacy");
            }
        }

        throw new InvalidOperationException($"No AgentAssist.sln above {AppContext.BaseDirectory}.");
    }
}
