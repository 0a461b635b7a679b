using Microsoft.Extensions.Options;

namespace AgentAssist.Storage;

/// <summary>Fails start-up with <see cref="StorageOptions.Validate"/>'s messages when the storage settings are wrong.</summary>
internal sealed class StorageOptionsValidator : IValidateOptions<StorageOptions>
{
    public ValidateOptionsResult Validate(string? name, StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
