using System.Buffers.Binary;
using System.IO.Compression;
using System.Text.Json.Nodes;
using AgentAssist.Bot.Teams;

namespace AgentAssist.Bot.Tests.Manifest;

/// <summary>
/// The Teams app template passes the official manifest and localisation schemas, lists the commands the bot
/// understands in English and Spanish, has icons of the sizes Teams needs, and packages into a zip Teams can upload.
/// </summary>
public sealed class TeamsManifestTests
{
    private const string NilGuid = "00000000-0000-0000-0000-000000000000";

    [SkippableFact]
    public async Task Template_OfficialSchemas_NoProblems()
    {
        Skip.If(ManifestTools.SkipReason is not null, ManifestTools.SkipReason);

        var problems = await ManifestTools.ValidateAsync(ManifestTools.TemplateFolder);

        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    [SkippableFact]
    public async Task Template_ReleaseCheck_RefusesThePlaceholders()
    {
        Skip.If(ManifestTools.SkipReason is not null, ManifestTools.SkipReason);

        var problems = await ManifestTools.ValidateAsync(ManifestTools.TemplateFolder, release: true);

        Assert.Contains(problems, p => p.StartsWith("id is the template placeholder", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("bots[0].botId is the template placeholder", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("validDomains: agentassist.lumora.example", StringComparison.Ordinal));
    }

    [SkippableTheory]
    [InlineData("bad-accent-colour", "manifest.json schema /accentColor")]
    [InlineData("unknown-scope", "manifest.json schema /bots/0/scopes/3")]
    [InlineData("misspelt-property", "additionalProperty\":\"botid\"")]
    [InlineData("too-many-commands", "manifest.json schema /bots/0/commandLists/0/commands")]
    [InlineData("wrong-schema-url", "manifest.json: $schema is")]
    [InlineData("missing-outline", "icons.outline outline.png: missing")]
    [InlineData("colour-as-outline", "icons.outline outline.png: is 192×192, Teams needs 32×32")]
    [InlineData("coloured-outline", "visible pixels are not white")]
    [InlineData("localisation-key-without-text", "es.json (es): key bots[0].commandLists[0].commands[4].title names no text")]
    [InlineData("localisation-too-long", "es.json (es) schema /name.short")]
    [InlineData("missing-localisation", "es.json (es): missing")]
    public async Task Validator_BrokenPackage_ReportsTheProblem(string breakage, string expected)
    {
        Skip.If(ManifestTools.SkipReason is not null, ManifestTools.SkipReason);
        var folder = ManifestTools.CopyTemplate();
        try
        {
            Break(folder.FullName, breakage);

            var problems = await ManifestTools.ValidateAsync(folder.FullName);

            Assert.True(problems.Any(p => p.Contains(expected, StringComparison.Ordinal)), $"{breakage}: expected '{expected}' in:\n{string.Join("\n", problems)}");
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Theory]
    [InlineData("manifest.json", "en")]
    [InlineData("es.json", "es")]
    public void CommandList_EveryTitle_IsACommandOfTheParserInThatLanguage(string file, string language)
    {
        var titles = CommandTitles(file);

        Assert.Equal(4, titles.Count);
        var kinds = titles.Select(title => (title, command: AgentCommandParser.Parse(title, _ => false))).ToList();
        Assert.All(kinds, k => Assert.True(
            k.command is AgentCommand.Help { UnknownCommand: false } help && help.CommandLanguage == language
            || k.command is AgentCommand.Form form && form.CommandLanguage == language
            || k.command is AgentCommand.Status status && status.CommandLanguage == language,
            $"'{k.title}' parses as {k.command}"));
        Assert.Single(kinds, k => k.command is AgentCommand.Help);
        Assert.Single(kinds, k => k.command is AgentCommand.Status);

        // Exactly one title takes options and a draft; the others make the whole message a draft for the public channel.
        var withOptions = titles
            .Select(t => AgentCommandParser.Parse($"{t} whatsapp {language}: Hi Sam", id => id == "whatsapp"))
            .OfType<AgentCommand.Check>()
            .Where(c => c.Draft.Channel == "whatsapp")
            .ToList();
        var check = Assert.Single(withOptions);
        Assert.Equal((language, "Hi Sam", language), (check.Draft.Language, check.Draft.Text, check.CommandLanguage));
    }

    [Theory]
    [InlineData("manifest.json", "en")]
    [InlineData("es.json", "es")]
    public void CommandList_Titles_AreTheHelpCardCommands(string file, string language)
    {
        var text = BotText.All.Single(t => t.Language == language);
        var helpCardCommands = new[] { BotTextKey.HelpCommandHelp, BotTextKey.HelpCommandForm, BotTextKey.HelpCommandCheck, BotTextKey.HelpCommandStatus }
            .Select(key => text[key].Split(' ')[0])
            .Order(StringComparer.Ordinal);

        Assert.Equal(helpCardCommands, CommandTitles(file).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Manifest_Bot_ConversesInPersonalTeamAndGroupChat()
    {
        var bot = Template()["bots"]!.AsArray().Single()!;

        Assert.Equal(["personal", "team", "groupChat"], bot["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.Equal(["personal", "team", "groupChat"], bot["commandLists"]![0]!["scopes"]!.AsArray().Select(s => s!.GetValue<string>()));
        Assert.False(bot["isNotificationOnly"]!.GetValue<bool>());
        Assert.Equal(NilGuid, bot["botId"]!.GetValue<string>());
        Assert.Equal(NilGuid, Template()["id"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("color", 192)]
    [InlineData("outline", 32)]
    public void Icon_PngHeader_HasTheSizeTeamsNeeds(string kind, int size)
    {
        var name = Template()["icons"]![kind]!.GetValue<string>();
        var bytes = File.ReadAllBytes(Path.Combine(ManifestTools.TemplateFolder, name));

        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A], bytes[..8]);
        Assert.Equal("IHDR", System.Text.Encoding.ASCII.GetString(bytes, 12, 4));
        var width = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(16));
        var height = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(20));
        Assert.Equal((size, size), (width, height));
        Assert.Equal(6, bytes[25]);
    }

    [SkippableFact]
    public async Task Package_BotIdAndHost_ZipHoldsTheFilledManifestIconsAndLocalisationAtItsRoot()
    {
        Skip.If(ManifestTools.SkipReason is not null, ManifestTools.SkipReason);
        var output = Directory.CreateTempSubdirectory("agentassist-teams-package-");
        try
        {
            var botId = Guid.NewGuid().ToString();
            var zip = Path.Combine(output.FullName, "agentassist.zip");

            var result = await ManifestTools.RunAsync("package.js", "--bot-id", botId, "--host", "agentassist.contoso.com", "--version", "1.2.3", "--out", zip);

            Assert.True(result.ExitCode == 0, result.Error);
            var extracted = Path.Combine(output.FullName, "extracted");
            using (var archive = ZipFile.OpenRead(zip))
            {
                Assert.Equal(["color.png", "es.json", "manifest.json", "outline.png"], archive.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
                archive.ExtractToDirectory(extracted);
            }

            var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(extracted, "manifest.json")))!;
            Assert.Equal(botId, manifest["id"]!.GetValue<string>());
            Assert.Equal(botId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
            Assert.Equal(["agentassist.contoso.com"], manifest["validDomains"]!.AsArray().Select(d => d!.GetValue<string>()));
            Assert.Equal("1.2.3", manifest["version"]!.GetValue<string>());
            Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(ManifestTools.TemplateFolder, "outline.png")), await File.ReadAllBytesAsync(Path.Combine(extracted, "outline.png")));
            Assert.Equal(await File.ReadAllTextAsync(Path.Combine(ManifestTools.TemplateFolder, "es.json")), await File.ReadAllTextAsync(Path.Combine(extracted, "es.json")));
            var problems = await ManifestTools.ValidateAsync(extracted, release: true);
            Assert.True(problems.Count == 0, string.Join("\n", problems));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task Package_SeparateAppIdAndNoHost_KeepsTheIdsApartAndDropsThePlaceholderDomain()
    {
        Skip.If(ManifestTools.SkipReason is not null, ManifestTools.SkipReason);
        var output = Directory.CreateTempSubdirectory("agentassist-teams-package-");
        try
        {
            var (botId, appId) = (Guid.NewGuid().ToString(), Guid.NewGuid().ToString());
            var zip = Path.Combine(output.FullName, "app.zip");

            var result = await ManifestTools.RunAsync("package.js", "--bot-id", botId.ToUpperInvariant(), "--app-id", appId, "--out", zip);

            Assert.True(result.ExitCode == 0, result.Error);
            using var archive = ZipFile.OpenRead(zip);
            await using var stream = archive.GetEntry("manifest.json")!.Open();
            var manifest = (await JsonNode.ParseAsync(stream))!;
            Assert.Equal(appId, manifest["id"]!.GetValue<string>());
            Assert.Equal(botId, manifest["bots"]![0]!["botId"]!.GetValue<string>());
            Assert.Null(manifest["validDomains"]);
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [SkippableTheory]
    [InlineData(NilGuid, "template placeholder")]
    [InlineData("my-bot", "is not a GUID")]
    [InlineData(null, "--bot-id is required")]
    public async Task Package_PlaceholderOrMalformedBotId_RefusedAndNothingWritten(string? botId, string expected)
    {
        Skip.If(ManifestTools.SkipReason is not null, ManifestTools.SkipReason);
        var output = Directory.CreateTempSubdirectory("agentassist-teams-package-");
        try
        {
            var zip = Path.Combine(output.FullName, "agentassist.zip");
            string[] arguments = botId is null ? ["--out", zip] : ["--bot-id", botId, "--out", zip];

            var result = await ManifestTools.RunAsync("package.js", arguments);

            Assert.Equal(2, result.ExitCode);
            Assert.Contains(expected, result.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(zip));
        }
        finally
        {
            output.Delete(recursive: true);
        }
    }

    [SkippableFact]
    public async Task Package_TemplateThatDoesNotValidate_RefusedWithTheProblemsAndNothingWritten()
    {
        Skip.If(ManifestTools.SkipReason is not null, ManifestTools.SkipReason);
        var template = ManifestTools.CopyTemplate();
        try
        {
            Break(template.FullName, "bad-accent-colour");
            var zip = Path.Combine(template.FullName, "out", "agentassist.zip");

            var result = await ManifestTools.RunAsync("package.js", "--bot-id", Guid.NewGuid().ToString(), "--from", template.FullName, "--out", zip);

            Assert.Equal(1, result.ExitCode);
            Assert.Contains("manifest.json schema /accentColor", result.Error, StringComparison.Ordinal);
            Assert.False(File.Exists(zip));
        }
        finally
        {
            template.Delete(recursive: true);
        }
    }

    private static JsonNode Template() =>
        JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestTools.TemplateFolder, "manifest.json")))!;

    /// <summary>Command titles of the first command list: from manifest.json, or from a localisation file's keys.</summary>
    private static List<string> CommandTitles(string file)
    {
        var json = JsonNode.Parse(File.ReadAllText(Path.Combine(ManifestTools.TemplateFolder, file)))!;
        if (file == "manifest.json")
        {
            return [.. json["bots"]![0]!["commandLists"]![0]!["commands"]!.AsArray().Select(c => c!["title"]!.GetValue<string>())];
        }

        return [.. json.AsObject()
            .Where(p => p.Key.StartsWith("bots[0].commandLists[0].commands[", StringComparison.Ordinal) && p.Key.EndsWith("].title", StringComparison.Ordinal))
            .Select(p => p.Value!.GetValue<string>())];
    }

    /// <summary>An 8-bit RGBA PNG of one colour.</summary>
    private static byte[] SolidPng(int size, byte[] rgba)
    {
        var rows = new byte[size * ((size * 4) + 1)];
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                rgba.CopyTo(rows, (y * ((size * 4) + 1)) + 1 + (x * 4));
            }
        }

        using var compressed = new MemoryStream();
        using (var zlib = new ZLibStream(compressed, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(rows);
        }

        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, size);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), size);
        header[8] = 8;
        header[9] = 6;
        using var png = new MemoryStream();
        png.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        WriteChunk(png, "IHDR", header);
        WriteChunk(png, "IDAT", compressed.ToArray());
        WriteChunk(png, "IEND", []);
        return png.ToArray();
    }

    private static void WriteChunk(MemoryStream png, string type, byte[] data)
    {
        var buffer = new byte[data.Length + 12];
        BinaryPrimitives.WriteInt32BigEndian(buffer, data.Length);
        System.Text.Encoding.ASCII.GetBytes(type, buffer.AsSpan(4));
        data.CopyTo(buffer, 8);
        BinaryPrimitives.WriteUInt32BigEndian(buffer.AsSpan(data.Length + 8), Crc32(buffer.AsSpan(4, data.Length + 4)));
        png.Write(buffer);
    }

    private static uint Crc32(ReadOnlySpan<byte> bytes)
    {
        var crc = 0xFFFFFFFFu;
        foreach (var b in bytes)
        {
            crc ^= b;
            for (var bit = 0; bit < 8; bit++)
            {
                crc = (crc & 1) != 0 ? 0xEDB88320u ^ (crc >> 1) : crc >> 1;
            }
        }

        return ~crc;
    }

    private static void Break(string folder, string breakage)
    {
        var manifestPath = Path.Combine(folder, "manifest.json");
        var localisationPath = Path.Combine(folder, "es.json");
        var manifest = JsonNode.Parse(File.ReadAllText(manifestPath))!;
        var localisation = JsonNode.Parse(File.ReadAllText(localisationPath))!;
        var bot = manifest["bots"]![0]!;
        switch (breakage)
        {
            case "bad-accent-colour":
                manifest["accentColor"] = "blue";
                break;
            case "unknown-scope":
                bot["scopes"]!.AsArray().Add("channel");
                break;
            case "misspelt-property":
                bot["botid"] = NilGuid;
                break;
            case "too-many-commands":
                var commands = bot["commandLists"]![0]!["commands"]!.AsArray();
                for (var i = 0; i < 8; i++)
                {
                    commands.Add(new JsonObject { ["title"] = $"extra{i}", ["description"] = "Not a command." });
                }

                break;
            case "wrong-schema-url":
                manifest["$schema"] = "https://developer.microsoft.com/json-schemas/teams/v1.17/MicrosoftTeams.schema.json";
                break;
            case "missing-outline":
                File.Delete(Path.Combine(folder, "outline.png"));
                break;
            case "colour-as-outline":
                File.Copy(Path.Combine(folder, "color.png"), Path.Combine(folder, "outline.png"), overwrite: true);
                break;
            case "coloured-outline":
                File.WriteAllBytes(Path.Combine(folder, "outline.png"), SolidPng(32, [0x2F, 0x4B, 0xC9, 0xFF]));
                break;
            case "localisation-key-without-text":
                localisation["bots[0].commandLists[0].commands[4].title"] = "exportar";
                break;
            case "localisation-too-long":
                localisation["name.short"] = new string('A', 31);
                break;
            case "missing-localisation":
                File.Delete(localisationPath);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(breakage), breakage, "Unknown breakage.");
        }

        File.WriteAllText(manifestPath, manifest.ToJsonString());
        if (File.Exists(localisationPath))
        {
            File.WriteAllText(localisationPath, localisation.ToJsonString());
        }
    }
}
