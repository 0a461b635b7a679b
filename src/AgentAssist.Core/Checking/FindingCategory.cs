namespace AgentAssist.Core.Checking;

/// <summary>What kind of guardrail a finding comes from; used for reporting and for grouping on cards.</summary>
public enum FindingCategory
{
    Tone,
    Wording,
    Profanity,
    Sexual,
    Slur,
    Insult,
    Privacy,
    Confidential,
    Approval,
    Length,
    Structure,
}
