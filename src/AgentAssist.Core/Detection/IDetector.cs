using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Detection;

/// <summary>
/// A guardrail written in code rather than configured in a rule pack (the privacy detectors, for example).
/// The engine runs every registered detector on every draft, after the rule packs.
/// </summary>
public interface IDetector
{
    /// <summary>Stable id, used in logs and metrics.</summary>
    string Id { get; }

    /// <summary>Adds what the detector finds in <paramref name="context"/> to <paramref name="findings"/>.</summary>
    void Detect(CheckContext context, ICollection<Finding> findings);
}
