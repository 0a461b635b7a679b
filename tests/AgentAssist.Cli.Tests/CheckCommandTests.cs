using System.Text.Json;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Serialization;

namespace AgentAssist.Cli.Tests;

public sealed class CheckCommandTests
{
    private static string KnownChannels => "email, facebook, instagram, messenger, private, public, whatsapp, x, x-dm";

    private static string TempFile(string contents)
    {
        var path = Path.Combine(Path.GetTempPath(), "agentassist-tests", $"{Guid.NewGuid():N}.txt");
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, contents);
        return path;
    }

    private static string EngineJson(string text, string channel, string? language)
    {
        var provider = new RuleSetProvider(RuleSet.Empty);
        Assert.Empty(provider.TryReplace(RulePackLoader.LoadMany(Cli.BrandPackDirectories)));
        var verdict = new GuardrailEngine(provider, [], new LanguageDetector()).Check(new Draft(text, channel, language));
        return JsonSerializer.Serialize(VerdictDocument.From(verdict, text), VerdictJsonContext.Readable.VerdictDocument) + "\n";
    }

    [Theory]
    [InlineData("Thanks for your patience, Sam.", ExitCodes.Ok, "PASS")]
    [InlineData("We are VERY sorry about this.", ExitCodes.Ok, "WARN")]
    [InlineData("We will refund you today.", ExitCodes.NeedsApproval, "NEEDS APPROVAL")]
    [InlineData("Please calm down, Sam.", ExitCodes.Blocked, "BLOCK")]
    public void Check_TextArgument_ExitCodeFollowsTheOutcome(string text, int exitCode, string label)
    {
        var result = Cli.Check(text, "--channel", "x");

        Assert.Equal(exitCode, result.ExitCode);
        Assert.StartsWith($"{label}  channel x (public), language en (detected), packs Brand@1.0.0, BrandEn@1.0.0\n", result.Output, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Error);
    }

    [Fact]
    public void Check_ExitCodes_HaveTheDocumentedValues()
    {
        Assert.Equal((0, 1, 2, 3, 4), (ExitCodes.Ok, ExitCodes.Usage, ExitCodes.InvalidPack, ExitCodes.NeedsApproval, ExitCodes.Blocked));
    }

    [Theory]
    [InlineData("We will refund you today.", "x", null)]
    [InlineData("Hola, MUCHAS gracias!! 👋🏽", "x", null)]
    [InlineData("Your order is gonna arrive tomorrow.", "email", "en")]
    public void Check_JsonFormat_IsTheEnginesVerdictDocument(string text, string channel, string? language)
    {
        string[] lang = language is null ? [] : ["--lang", language];

        var result = Cli.Check([text, "-c", channel, "--format", "json", .. lang]);

        Assert.Equal(EngineJson(text, channel, language), result.Output);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(channel, json.RootElement.GetProperty("channel").GetProperty("id").GetString());
    }

    [Fact]
    public void Check_JsonForRefundPromise_ParsesWithRuleIdSpanAndOutcome()
    {
        var result = Cli.Check("👍 We will refund you today.", "-c", "x", "--lang", "en", "--format", "json");

        Assert.Equal(ExitCodes.NeedsApproval, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        var root = json.RootElement;
        Assert.Equal("needsApproval", root.GetProperty("outcome").GetString());
        Assert.False(root.GetProperty("languageDetected").GetBoolean());
        var finding = Assert.Single(root.GetProperty("findings").EnumerateArray());
        Assert.Equal("BrandEn.Commitments", finding.GetProperty("ruleId").GetString());
        var span = finding.GetProperty("span");
        Assert.Equal((3, 14, 2, 14, "We will refund"), (span.GetProperty("start").GetInt32(), span.GetProperty("length").GetInt32(),
            span.GetProperty("codePointStart").GetInt32(), span.GetProperty("codePointLength").GetInt32(), span.GetProperty("text").GetString()));
    }

    [Fact]
    public void Check_File_ReadsTheDraftWithoutItsTrailingNewline()
    {
        var file = TempFile("We will refund you today.\n");
        try
        {
            var fromFile = Cli.Check("--file", file, "-c", "x", "--format", "json");

            Assert.Equal(ExitCodes.NeedsApproval, fromFile.ExitCode);
            Assert.Equal(EngineJson("We will refund you today.", "x", null), fromFile.Output);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Check_StandardInput_ReadsTheDraft(bool fileDash)
    {
        string[] source = fileDash ? ["--file", "-"] : [];

        var result = Cli.RunWithInput("Please calm down.\r\n", ["check", .. source, "-c", "x", "--lang", "en", "--format", "json", .. Cli.BrandPacks]);

        Assert.Equal(ExitCodes.Blocked, result.ExitCode);
        Assert.Equal(EngineJson("Please calm down.", "x", "en"), result.Output);
    }

    [Fact]
    public void Check_UnknownChannelWithText_Exit1ListingKnownChannels()
    {
        var result = Cli.Check("Hello", "-c", "myspace");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal($"error: unknown channel 'myspace'. Known channels: {KnownChannels}.\n", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Check_UnknownChannelWithFile_Exit1ListingKnownChannels()
    {
        var file = TempFile("Hello");
        try
        {
            var result = Cli.Check("--file", file, "--channel", "myspace");

            Assert.Equal(ExitCodes.Usage, result.ExitCode);
            Assert.Equal($"error: unknown channel 'myspace'. Known channels: {KnownChannels}.\n", result.Error);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Check_MissingFile_Exit1NamingTheFile()
    {
        var missing = Path.Combine(Path.GetTempPath(), "agentassist-tests", "no-such-draft.txt");

        var result = Cli.Check("--file", missing, "-c", "x");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.StartsWith("error: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(missing, result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Check_TextAndFileTogether_Exit1()
    {
        var result = Cli.Check("Hello", "--file", "draft.txt");

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal("error: give the draft as an argument or with --file, not both\n", result.Error);
    }

    [Theory]
    [InlineData("--lang", "fr")]
    [InlineData("--format", "xml")]
    public void Check_ValueNotAllowed_Exit1WithUsageHint(string option, string value)
    {
        var result = Cli.Check("Hello", option, value);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Contains($"'{value}'", result.Error, StringComparison.Ordinal);
        Assert.EndsWith("Run 'agentassist --help' for usage.\n", result.Error, StringComparison.Ordinal);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Check_BrokenPack_Exit2WithFileLineColumnOnStandardError()
    {
        var pack = RepoPaths.FixturePack("YamlError");

        var result = Cli.Run("check", "Hello", "--pack", pack);

        Assert.Equal(ExitCodes.InvalidPack, result.ExitCode);
        Assert.Equal($"{Path.Combine(pack, "Rule.yaml")}:5:2: not valid YAML: While parsing a block mapping, did not find expected key.\n", result.Error);
        Assert.Equal(string.Empty, result.Output);
    }

    [Fact]
    public void Check_PackWhoseExampleFails_StillChecks()
    {
        var result = Cli.Run("check", "This has foo.", "--pack", RepoPaths.FixturePack("FailingExample"));

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.StartsWith("WARN  channel public (public)", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_MissingRulesFolder_Exit1()
    {
        var missing = Path.Combine(Path.GetTempPath(), "agentassist-tests", "no-such-rules");

        var result = Cli.Run("check", "Hello", "--rules", missing);

        Assert.Equal(ExitCodes.Usage, result.ExitCode);
        Assert.Equal($"error: No rule pack folder at '{missing}'. Pass --rules with a folder of packs, or --pack with a pack folder.\n", result.Error);
    }

    [Fact]
    public void Check_HumanOutput_UnderlinesTheWordCountingAnEmojiBeforeItAsOneColumn()
    {
        var result = Cli.Check("👋🏽 We are VERY sorry.", "-c", "x", "--lang", "en");

        Assert.Equal(ExitCodes.Ok, result.ExitCode);
        Assert.Equal(
            """
            WARN  channel x (public), language en, packs Brand@1.0.0, BrandEn@1.0.0

            1:10  warning  Brand.Shouting  'VERY' is in capitals, which reads as shouting.
                👋🏽 We are VERY sorry.
                         ^^^^
                why: Capitals read as anger in writing, and an angry brand reply gets shared.
                fix: Write it in lower case. → "very"

            With the automatic fixes:
                👋🏽 We are very sorry.

            """.ReplaceLineEndings("\n"),
            result.Output);
    }

    [Theory]
    // Second line: the line and column are the finding's, and only that line is shown.
    [InlineData("Hi Sam,\nwe are VERY sorry.", "2:8", "    we are VERY sorry.", "           ^^^^")]
    // A combining accent before the word is part of its letter: one column.
    [InlineData("Cafe\u0301 is VERY good.", "1:9", "    Cafe\u0301 is VERY good.", "            ^^^^")]
    // A ZWJ family and a flag: one column each.
    [InlineData("👨‍👩‍👧🇪🇸 VERY good.", "1:4", "    👨‍👩‍👧🇪🇸 VERY good.", "       ^^^^")]
    // Right-to-left words before: offsets are logical, one column per letter.
    [InlineData("שלום VERY good.", "1:6", "    שלום VERY good.", "         ^^^^")]
    public void Check_HumanOutput_CaretAlignedUnderTheSpan(string text, string position, string line, string carets)
    {
        var result = Cli.Check(text, "-c", "x", "--lang", "en");

        var lines = result.OutputLines;
        var header = Array.FindIndex(lines, l => l.StartsWith($"{position}  warning  Brand.Shouting  ", StringComparison.Ordinal));
        Assert.True(header > 0, result.ToString());
        Assert.Equal(line, lines[header + 1]);
        Assert.Equal(carets, lines[header + 2]);
    }

    [Fact]
    public void Check_HumanOutputForInsertion_OneCaretWhereTheGreetingGoes()
    {
        var result = Cli.Check("Your order left today.", "-c", "whatsapp", "--lang", "en");

        var lines = result.OutputLines;
        var header = Array.IndexOf(lines, "1:1  warning  BrandEn.Greeting  Private replies start with a greeting.");
        Assert.True(header > 0, result.ToString());
        Assert.Equal("    ^", lines[header + 2]);
        Assert.Equal("    fix: Start with a greeting, with the customer's name when you know it. → \"Hi, \"", lines[header + 4]);
        Assert.Equal("    Hi, your order left today.", lines[^1]);
    }
}
