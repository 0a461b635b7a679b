using System.Diagnostics.CodeAnalysis;
using AgentAssist.Core.Checking;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentAssist.Bot.Checking;

/// <summary>A check request's body once read: the draft to check, or the problem to answer with.</summary>
internal sealed record CheckRequestReadResult(Draft? Draft, ProblemHttpResult? Problem)
{
    [MemberNotNullWhen(true, nameof(Draft))]
    [MemberNotNullWhen(false, nameof(Problem))]
    public bool IsValid => Draft is not null;
}
