namespace AgentAssist.Core.Checking;

/// <summary>How to fix a finding.</summary>
/// <param name="Description">Advice for the agent, in the rule pack's language.</param>
/// <param name="Replacement">
/// Text that replaces the finding's span when the fix is applied automatically; <see langword="null"/> when the fix needs a person.
/// </param>
public sealed record Fix(string Description, string? Replacement = null)
{
    /// <summary>Whether the engine may apply this fix to build the corrected draft.</summary>
    public bool IsAutomatic => Replacement is not null;
}
