using AgentAssist.Core.Approvals;
using Microsoft.Extensions.Options;

namespace AgentAssist.Bot.Approvals;

/// <summary>Refuses to start with Teams approval settings that cannot work (no conversation for a team, unknown time zone…).</summary>
internal sealed class TeamsApprovalOptionsValidator(IOptions<ApprovalOptions> core) : IValidateOptions<TeamsApprovalOptions>
{
    public ValidateOptionsResult Validate(string? name, TeamsApprovalOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = options.Validate(core.Value);
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }
}
