namespace AgentAssist.Core.Checking;

/// <summary>The result of checking a draft.</summary>
/// <param name="Outcome">Pass, warn, needs approval, or block: the highest severity among <paramref name="Findings"/>.</param>
/// <param name="Language">The language the draft was checked in.</param>
/// <param name="LanguageDetected">Whether the language was detected rather than given.</param>
/// <param name="Channel">The channel the draft was checked for.</param>
/// <param name="Findings">Findings ordered by position, then by severity (highest first).</param>
/// <param name="CorrectedText">The draft with every automatic fix applied; equal to the draft when none applies.</param>
public sealed record Verdict(
    Outcome Outcome,
    string Language,
    bool LanguageDetected,
    ChannelProfile Channel,
    IReadOnlyList<Finding> Findings,
    string CorrectedText)
{
    /// <summary>The rule packs (id and version) the draft was checked against.</summary>
    public IReadOnlyList<string> Packs { get; init; } = [];

    public static Outcome Combine(IEnumerable<Finding> findings)
    {
        ArgumentNullException.ThrowIfNull(findings);
        var highest = Severity.Info;
        foreach (var finding in findings)
        {
            if (finding.Severity > highest)
            {
                highest = finding.Severity;
            }
        }

        return highest switch
        {
            Severity.Block => Outcome.Block,
            Severity.Approval => Outcome.NeedsApproval,
            Severity.Warning => Outcome.Warn,
            _ => Outcome.Pass,
        };
    }
}
