using System.Text;
using System.Text.Json;

namespace AgentAssist.Cli.Tests;

public sealed class SentimentCommandTests
{
    [Fact]
    public void Sentiment_Argument_PrintsLabelScoreAndSignals()
    {
        var result = Cli.Run("sentiment", "My bag was lost and nobody answers. Terrible.", "--lang", "en");

        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("negative -", result.Output, StringComparison.Ordinal);
        Assert.Contains("(en) [complaint]", result.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentiment_JsonFormat_PrintsOneObject()
    {
        var result = Cli.Run("sentiment", "¡Mil gracias, sois geniales!", "--format", "json");

        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal("positive", json.RootElement.GetProperty("label").GetString());
        Assert.Equal("es", json.RootElement.GetProperty("language").GetString());
        Assert.True(json.RootElement.GetProperty("score").GetDouble() > 0);
    }

    [Fact]
    public void Sentiment_StdinLines_OneJsonLinePerInputAndErrorsForEmptyLines()
    {
        var result = Cli.RunWithInput("Thanks, the crew was wonderful\n\nLlevo dos horas esperando y nadie me atiende\n", "sentiment", "--file", "-");

        Assert.Equal(5, result.ExitCode);
        var lines = result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(3, lines.Count);
        Assert.Equal("positive", lines[0].GetProperty("label").GetString());
        Assert.Equal(2, lines[1].GetProperty("line").GetInt32());
        Assert.Equal("empty line", lines[1].GetProperty("error").GetString());
        Assert.False(lines[1].TryGetProperty("label", out _));
        Assert.Equal("es", lines[2].GetProperty("language").GetString());
        Assert.Equal("negative", lines[2].GetProperty("label").GetString());
    }

    [Fact]
    public void Sentiment_FileWithInvalidUtf8Line_ReportsThatLineAndGoesOn()
    {
        var path = Path.Combine(Path.GetTempPath(), $"aa-sentiment-{Guid.NewGuid():N}.txt");
        File.WriteAllBytes(path, [.. Encoding.UTF8.GetBytes("great service\n"), 0xC3, 0x28, 0x0A, .. Encoding.UTF8.GetBytes("awful service\n")]);
        try
        {
            var result = Cli.Run("sentiment", "--file", path, "--lang", "en");

            var lines = result.OutputLines.Select(l => JsonDocument.Parse(l).RootElement).ToList();
            Assert.Equal(3, lines.Count);
            Assert.Equal("positive", lines[0].GetProperty("label").GetString());
            Assert.Contains("unreadable", lines[1].GetProperty("error").GetString(), StringComparison.Ordinal);
            Assert.Equal("negative", lines[2].GetProperty("label").GetString());
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Theory]
    [InlineData("sentiment")]
    [InlineData("sentiment", "hi", "--file", "-")]
    [InlineData("sentiment", "--file", "/no/such/file.txt")]
    [InlineData("sentiment", "  ")]
    public void Sentiment_BadArguments_ExitsWithUsageError(params string[] args)
    {
        var result = Cli.Run(args);

        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith("error:", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Sentiment_UnknownLanguage_IsRefused()
    {
        Assert.NotEqual(0, Cli.Run("sentiment", "bonjour", "--lang", "fr").ExitCode);
    }
}
