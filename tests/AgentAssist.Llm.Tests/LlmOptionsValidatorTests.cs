namespace AgentAssist.Llm.Tests;

public sealed class LlmOptionsValidatorTests
{
    private static List<string> Failures(LlmOptions options) =>
        new LlmOptionsValidator().Validate(null, options).Failures?.ToList() ?? [];

    [Fact]
    public void Validate_NoEndpoint_SucceedsWhateverElse()
    {
        Assert.Empty(Failures(new LlmOptions { Timeout = TimeSpan.Zero, MaxTokens = 0 }));
    }

    [Fact]
    public void Validate_LocalServerWithModel_Succeeds()
    {
        Assert.Empty(Failures(new LlmOptions { Endpoint = new Uri("http://localhost:11434/v1"), Model = "llama3.1:8b" }));
    }

    [Theory]
    [InlineData(LlmEndpointKind.OpenAI, "model id the server serves")]
    [InlineData(LlmEndpointKind.AzureOpenAI, "deployment name")]
    public void Validate_NoModel_SaysWhatToSet(LlmEndpointKind kind, string advice)
    {
        var failures = Failures(new LlmOptions { Endpoint = new Uri("https://example.openai.azure.com"), Kind = kind, ApiKey = "k" });

        var failure = Assert.Single(failures);
        Assert.Contains("Llm:Model is required", failure, StringComparison.Ordinal);
        Assert.Contains(advice, failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_AzureWithoutKey_SaysWhereTheKeyGoes()
    {
        var failure = Assert.Single(Failures(new LlmOptions { Endpoint = new Uri("https://res.openai.azure.com"), Kind = LlmEndpointKind.AzureOpenAI, Model = "care" }));

        Assert.Contains("Llm__ApiKey", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OpenAIWithoutKey_Fails()
    {
        var failure = Assert.Single(Failures(new LlmOptions { Endpoint = new Uri("https://api.openai.com/v1"), Model = "gpt-4o-mini" }));

        Assert.Contains("Llm:ApiKey is required for api.openai.com", failure, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_OutOfRangeSettings_OneMessageEach()
    {
        var failures = Failures(new LlmOptions
        {
            Endpoint = new Uri("ftp://localhost/v1"),
            Model = "m",
            Timeout = TimeSpan.FromMinutes(5),
            MaxTokens = 5,
            Temperature = 3,
            BrandName = " ",
            PromptsDirectory = "/nonexistent/prompts",
        });

        Assert.Equal(6, failures.Count);
        Assert.Contains(failures, f => f.StartsWith("Llm:Endpoint must be an absolute http or https URL", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:Timeout must be between", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:MaxTokens must be between 16 and 8192", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:Temperature must be between 0 and 2", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:BrandName must not be empty", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.StartsWith("Llm:PromptsDirectory is '/nonexistent/prompts'", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_Failures_NeverEchoTheApiKey()
    {
        const string Key = "sk-secret-value";
        var failures = Failures(new LlmOptions { Endpoint = new Uri("https://api.openai.com/v1"), ApiKey = Key, Timeout = TimeSpan.Zero });

        Assert.NotEmpty(failures);
        Assert.DoesNotContain(failures, f => f.Contains(Key, StringComparison.Ordinal));
    }
}
