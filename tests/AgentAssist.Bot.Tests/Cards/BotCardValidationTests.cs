using System.Text;
using System.Text.Json;
using AgentAssist.BotFramework.Schema;

namespace AgentAssist.Bot.Tests.Cards;

/// <summary>
/// Every card the bot can send passes Microsoft's adaptivecards parser (schema 1.5) and the 1.5 subset JSON schema,
/// and fits in a Teams message.
/// </summary>
public sealed class BotCardValidationTests(ValidatedCards validated) : IClassFixture<ValidatedCards>
{
    /// <summary>Teams refuses messages over about 28 KB.</summary>
    private const int TeamsMessageLimitBytes = 28 * 1024;

    public static TheoryData<string> CardNames() => BotCardCatalog.Names();

    [SkippableTheory]
    [MemberData(nameof(CardNames))]
    public void Card_ParsedAndSchemaChecked_NoProblems(string name)
    {
        Skip.If(CardValidator.SkipReason is not null, CardValidator.SkipReason);

        var problems = validated.Problems[name];

        Assert.True(problems.Count == 0, $"{name}:\n{string.Join("\n", problems)}\n{BotCardCatalog.All[name].ToJson()}");
    }

    [Fact]
    public void Catalog_EveryOutcomeAndBothLanguages_Present()
    {
        var names = BotCardCatalog.All.Keys.ToList();

        Assert.Contains("result-pass-en", names);
        Assert.Contains("result-warn-en", names);
        Assert.Contains("result-needs-approval-en", names);
        Assert.Contains("result-block-en", names);
        Assert.Equal(names.Count(n => n.EndsWith("-en", StringComparison.Ordinal) && !n.StartsWith("result-", StringComparison.Ordinal)), names.Count(n => n.EndsWith("-es", StringComparison.Ordinal) && !n.StartsWith("result-", StringComparison.Ordinal)));
        var headings = BotCardCatalog.All.Where(c => c.Key.StartsWith("result-", StringComparison.Ordinal) && c.Key.EndsWith("-en", StringComparison.Ordinal))
            .Select(c => Fixtures.CardJson.Heading(c.Value.ToJsonElement()))
            .ToHashSet();
        Assert.True(headings.SetEquals(["Ready to send", "Ready to send, with warnings", "Needs a supervisor's approval", "Do not send this reply"]), string.Join(" | ", headings));
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void Card_AsTeamsActivity_FitsInAMessage(string name)
    {
        var activity = new Activity { Type = ActivityTypes.Message, Attachments = [BotCardCatalog.All[name].ToAttachment()] };

        var bytes = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(activity, BotFrameworkJson.Options));

        Assert.True(bytes < TeamsMessageLimitBytes, $"{name} is {bytes} bytes.");
    }

    [SkippableFact]
    public async Task Validator_BrokenCards_ReportsWhatTeamsWouldRefuse()
    {
        Skip.If(CardValidator.SkipReason is not null, CardValidator.SkipReason);
        const string head = "\"type\":\"AdaptiveCard\",\"version\":\"1.5\"";
        var broken = new Dictionary<string, string>
        {
            ["execute-without-verb"] = $"{{{head},\"body\":[{{\"type\":\"TextBlock\",\"text\":\"x\"}}],\"actions\":[{{\"type\":\"Action.Execute\",\"title\":\"Go\"}}]}}",
            ["unknown-element"] = $"{{{head},\"body\":[{{\"type\":\"TextBlok\",\"text\":\"x\"}}]}}",
            ["misspelt-property"] = $"{{{head},\"body\":[{{\"type\":\"TextBlock\",\"text\":\"x\",\"colour\":\"attention\"}}]}}",
            ["bad-enum"] = $"{{{head},\"body\":[{{\"type\":\"TextBlock\",\"text\":\"x\",\"size\":\"huge\"}}]}}",
            ["required-input-without-label"] = $"{{{head},\"body\":[{{\"type\":\"Input.Text\",\"id\":\"a\",\"isRequired\":true}}]}}",
            ["duplicate-input-ids"] = $"{{{head},\"body\":[{{\"type\":\"Input.Text\",\"id\":\"a\"}},{{\"type\":\"Input.Text\",\"id\":\"a\"}}]}}",
            ["newer-version"] = "{\"type\":\"AdaptiveCard\",\"version\":\"1.6\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"x\"}]}",
            ["bad-lang"] = "{\"type\":\"AdaptiveCard\",\"version\":\"1.5\",\"lang\":\"english\",\"body\":[{\"type\":\"TextBlock\",\"text\":\"x\"}]}",
            ["empty-text-run"] = $"{{{head},\"body\":[{{\"type\":\"RichTextBlock\",\"inlines\":[{{\"type\":\"TextRun\",\"text\":\"\"}}]}}]}}",
        };

        var problems = await CardValidator.ValidateAsync(broken);

        Assert.All(broken.Keys, name => Assert.True(problems[name].Count > 0, $"{name} passed validation."));
        Assert.Contains(problems["execute-without-verb"], p => p.Contains("verb", StringComparison.Ordinal));
        Assert.Contains(problems["unknown-element"], p => p.StartsWith("adaptivecards parse UnknownElementType", StringComparison.Ordinal));
        Assert.Contains(problems["misspelt-property"], p => p.Contains("colour", StringComparison.Ordinal));
        Assert.Contains(problems["required-input-without-label"], p => p.StartsWith("adaptivecards validate RequiredInputsShouldHaveLabel", StringComparison.Ordinal));
        Assert.Contains(problems["bad-lang"], p => p.StartsWith("adaptivecards parse InvalidPropertyValue", StringComparison.Ordinal));
        Assert.Contains(problems["duplicate-input-ids"], p => p.StartsWith("adaptivecards validate Duplicate", StringComparison.Ordinal));
    }
}
