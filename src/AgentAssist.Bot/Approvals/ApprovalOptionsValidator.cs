using AgentAssist.Core.Approvals;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Approvals;

/// <summary>Refuses to start with approval settings that cannot work, saying how to fix each.</summary>
internal sealed class ApprovalOptionsValidator : IValidateOptions<ApprovalOptions>
{
    public ValidateOptionsResult Validate(string? name, ApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
