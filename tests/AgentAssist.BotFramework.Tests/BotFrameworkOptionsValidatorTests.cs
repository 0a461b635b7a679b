using AgentAssist.BotFramework.Tests.Fixtures;
using Microsoft.Extensions.Options;

namespace AgentAssist.BotFramework.Tests;

public sealed class BotFrameworkOptionsValidatorTests
{
    private const string AppId = "6f1f4bd6-3c6e-4f83-9b1c-2f7d1a3c9e01";
    private const string TenantId = "3f2504e0-4f89-41d3-9a0c-0305e82c3301";

    [Fact]
    public void Validate_Defaults_SucceedsUnauthenticated()
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, new BotFrameworkOptions());

        Assert.True(result.Succeeded);
    }

    [Theory]
    [InlineData(BotAppType.MultiTenant, null)]
    [InlineData(BotAppType.SingleTenant, TenantId)]
    public void Validate_CompleteCredentials_Succeeds(BotAppType appType, string? tenantId)
    {
        var options = new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "secret", MicrosoftAppType = appType, MicrosoftAppTenantId = tenantId };

        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Succeeded, result.FailureMessage);
    }

    public static TheoryData<string, BotFrameworkOptions, string> InvalidOptions => new()
    {
        { "app id without password", new BotFrameworkOptions { MicrosoftAppId = AppId }, "BotFramework:MicrosoftAppPassword is required when BotFramework:MicrosoftAppId is set" },
        { "password without app id", new BotFrameworkOptions { MicrosoftAppPassword = "secret" }, "set the app id too" },
        { "app id not a GUID", new BotFrameworkOptions { MicrosoftAppId = "my-bot", MicrosoftAppPassword = "secret" }, "MicrosoftAppId must be the application (client) id GUID" },
        { "single tenant without tenant", new BotFrameworkOptions { MicrosoftAppId = AppId, MicrosoftAppPassword = "secret", MicrosoftAppType = BotAppType.SingleTenant }, "MicrosoftAppTenantId must be the directory (tenant) id GUID when BotFramework:MicrosoftAppType is SingleTenant" },
        { "unknown app type", new BotFrameworkOptions { MicrosoftAppType = (BotAppType)7 }, "MicrosoftAppType must be MultiTenant or SingleTenant" },
        { "metadata over http", new BotFrameworkOptions { OpenIdMetadataUrl = new Uri("http://login.example.com/meta") }, "BotFramework:OpenIdMetadataUrl must use https" },
        { "relative token endpoint", new BotFrameworkOptions { TokenEndpointBase = new Uri("login", UriKind.Relative) }, "BotFramework:TokenEndpointBase must be an absolute https URL" },
        { "zero attempts", new BotFrameworkOptions { ConnectorMaxAttempts = 0 }, "ConnectorMaxAttempts must be between 1 and 10" },
        { "negative delay", new BotFrameworkOptions { ConnectorRetryBaseDelay = TimeSpan.FromSeconds(-1) }, "must not be negative" },
    };

    [Theory]
    [MemberData(nameof(InvalidOptions))]
    public void Validate_InvalidOptions_FailsWithFix(string scenario, BotFrameworkOptions options, string expectedMessage)
    {
        var result = new BotFrameworkOptionsValidator().Validate(null, options);

        Assert.True(result.Failed, scenario);
        Assert.Contains(expectedMessage, result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_LoopbackHttpEndpoints_Accepted()
    {
        var options = new BotFrameworkOptions
        {
            OpenIdMetadataUrl = new Uri("http://127.0.0.1:5000/v1/.well-known/openidconfiguration"),
            TokenEndpointBase = new Uri("http://[::1]:5001/"),
        };

        Assert.True(new BotFrameworkOptionsValidator().Validate(null, options).Succeeded);
    }

    [Fact]
    public async Task Start_SingleTenantWithoutTenantId_FailsWithMessage()
    {
        await using var channel = await LoopbackChannel.StartAsync();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() =>
            BotHost.StartAsync(channel, settings => settings["BotFramework:MicrosoftAppType"] = "SingleTenant"));

        Assert.Contains("BotFramework:MicrosoftAppTenantId", error.Message, StringComparison.Ordinal);
    }
}
