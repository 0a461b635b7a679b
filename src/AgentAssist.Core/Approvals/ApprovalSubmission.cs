using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Approvals;

/// <summary>An agent's request for approval of a checked draft.</summary>
/// <param name="TeamId">The agent's team (a key of <see cref="ApprovalOptions.Teams"/>).</param>
/// <param name="Agent">The agent asking.</param>
/// <param name="Draft">The draft as checked.</param>
/// <param name="Verdict">Its verdict.</param>
/// <param name="Severity">How urgent (selects the due time).</param>
public sealed record ApprovalSubmission(string TeamId, ApprovalActor Agent, Draft Draft, Verdict Verdict, ApprovalSeverity Severity)
{
    /// <summary>A short, non-identifying description of the customer for supervisors.</summary>
    public string? CustomerSummary { get; init; }

    /// <summary>A suggested rewrite, when the reply-assist feature made one.</summary>
    public string? SuggestedRewrite { get; init; }

    /// <summary>See <see cref="ApprovalRequest.RequestKey"/>: a repeated submission with the same key returns the first request.</summary>
    public string? RequestKey { get; init; }

    /// <summary>The agent's card the request was asked from, remembered with the request in the same transaction.</summary>
    public ApprovalCardReference? AgentCard { get; init; }
}
