using Microsoft.Extensions.Options;

namespace AgentAssist.Slack;

/// <summary>Checks the Slack settings at start, with messages that say how to fix them.</summary>
internal sealed class SlackOptionsValidator : IValidateOptions<SlackOptions>
{
    public ValidateOptionsResult Validate(string? name, SlackOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return ValidateOptionsResult.Success;
        }

        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.BotToken))
        {
            failures.Add("Slack:BotToken is required when Slack:SigningSecret is set: copy the Bot User OAuth Token (xoxb-…) from OAuth & Permissions on your app's page at api.slack.com/apps.");
        }

        if (!options.ApiBaseUrl.IsAbsoluteUri || options.ApiBaseUrl.Scheme is not ("https" or "http") || !options.ApiBaseUrl.AbsolutePath.EndsWith('/'))
        {
            failures.Add($"Slack:ApiBaseUrl must be an absolute http(s) URL ending in '/', such as {SlackOptions.DefaultApiBaseUrl}.");
        }

        if (options.SignatureWindow <= TimeSpan.Zero || options.SignatureWindow > TimeSpan.FromMinutes(5))
        {
            failures.Add("Slack:SignatureWindow must be more than zero and at most 00:05:00 (Slack's rule).");
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
