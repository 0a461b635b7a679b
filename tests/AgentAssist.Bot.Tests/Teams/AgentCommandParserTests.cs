using AgentAssist.Bot.Teams;

namespace AgentAssist.Bot.Tests.Teams;

public sealed class AgentCommandParserTests
{
    private static readonly HashSet<string> Channels = new(StringComparer.OrdinalIgnoreCase) { "public", "private", "x", "whatsapp", "x-dm" };

    private static AgentCommand Parse(string text) => AgentCommandParser.Parse(text, Channels.Contains);

    [Theory]
    [InlineData("We are sorry about the delay.")]
    [InlineData("Check the tracking link below: https://example.com/t/1")]
    [InlineData("Help is on the way, Sam!")]
    [InlineData("check your inbox, we sent it")]
    [InlineData("Formulario enviado, gracias.")]
    public void Parse_OrdinaryText_IsADraftOnThePublicChannel(string text)
    {
        var check = Assert.IsType<AgentCommand.Check>(Parse(text));

        Assert.Equal(new DraftRequest(text), check.Draft);
    }

    [Theory]
    [InlineData("check x es @maria_g: Hola María", "x", "es", "@maria_g", "Hola María")]
    [InlineData("CHECK @maria_g whatsapp: Hi", "whatsapp", null, "@maria_g", "Hi")]
    [InlineData("revisar es x-dm: Hola:\nsegunda línea", "x-dm", "es", null, "Hola:\nsegunda línea")]
    [InlineData("comprobar: Hola 😊", "public", null, null, "Hola 😊")]
    [InlineData("/check en: Hi there", "public", "en", null, "Hi there")]
    [InlineData("/check Hi there", "public", null, null, "Hi there")]
    [InlineData("check   x   en  :   spaced  ", "x", "en", null, "spaced")]
    public void Parse_CheckCommand_ReadsOptionsInAnyOrder(string text, string channel, string? language, string? handle, string draft)
    {
        var check = Assert.IsType<AgentCommand.Check>(Parse(text));

        Assert.Equal(new DraftRequest(draft, channel, language, handle), check.Draft);
    }

    [Theory]
    [InlineData("check x es: Hola", "en")]
    [InlineData("revisar x es: Hola", "es")]
    public void Parse_CheckCommand_KeepsTheCommandWordLanguage(string text, string language)
    {
        Assert.Equal(language, Assert.IsType<AgentCommand.Check>(Parse(text)).CommandLanguage);
    }

    [Theory]
    [InlineData("status", "en")]
    [InlineData("/Status", "en")]
    [InlineData("estado", "es")]
    public void Parse_StatusWord_Status(string text, string language)
    {
        Assert.Equal(language, Assert.IsType<AgentCommand.Status>(Parse(text)).CommandLanguage);
    }

    [Fact]
    public void Parse_StatusInASentence_IsADraft()
    {
        Assert.IsType<AgentCommand.Check>(Parse("status of your order: shipped"));
    }

    [Theory]
    [InlineData("help", "en")]
    [InlineData("Help", "en")]
    [InlineData("/help", "en")]
    [InlineData("?", "en")]
    [InlineData("ayuda", "es")]
    [InlineData("  / ayuda  ", "es")]
    public void Parse_HelpWord_Help(string text, string language)
    {
        var help = Assert.IsType<AgentCommand.Help>(Parse(text));

        Assert.False(help.UnknownCommand);
        Assert.Equal(language, help.CommandLanguage);
    }

    [Theory]
    [InlineData("/foo")]
    [InlineData("/settings please")]
    [InlineData("/check fr: Bonjour")]
    public void Parse_UnknownSlashCommand_HelpSayingSo(string text)
    {
        var command = Parse(text);

        Assert.True(command is AgentCommand.Help { UnknownCommand: true } or AgentCommand.InvalidOptions, command.ToString());
    }

    [Fact]
    public void Parse_SlashCheckWithUnknownOption_InvalidOptions()
    {
        Assert.IsType<AgentCommand.InvalidOptions>(Parse("/check x x-dm: two channels"));
    }

    [Theory]
    [InlineData("form", "en")]
    [InlineData("/form", "en")]
    [InlineData("check", "en")]
    [InlineData("formulario", "es")]
    [InlineData("revisar", "es")]
    public void Parse_FormWordAlone_Form(string text, string language)
    {
        Assert.Equal(language, Assert.IsType<AgentCommand.Form>(Parse(text)).CommandLanguage);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("check x:")]
    [InlineData("revisar x es @ana:   ")]
    public void Parse_NoDraft_Empty(string text)
    {
        Assert.IsType<AgentCommand.Empty>(Parse(text));
    }
}
