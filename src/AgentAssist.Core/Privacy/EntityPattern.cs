using System.Text.RegularExpressions;

namespace AgentAssist.Core.Privacy;

/// <summary>
/// One way an entity can be written, with how sure a bare match makes us. When the pattern has a group named
/// <c>value</c>, only that group is the entity (the rest is a label such as <c>password:</c>).
/// </summary>
/// <param name="Name">Short name for tests and diagnostics (<c>dashed</c>, <c>compact</c>).</param>
/// <param name="Regex">The pattern.</param>
/// <param name="Score">Score of a match before context and validation, in [0, 1].</param>
public sealed record EntityPattern(string Name, Regex Regex, double Score)
{
    /// <summary>Validator for this pattern's matches only, instead of the recognizer's.</summary>
    public EntityValidator? Validator { get; init; }

    /// <summary>A cheap test on the input (a keyword the pattern needs); when it fails this pattern is not run.</summary>
    public Func<RecognitionInput, bool>? Prefilter { get; init; }
}
