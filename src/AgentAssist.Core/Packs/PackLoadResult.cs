namespace AgentAssist.Core.Packs;

/// <summary>The outcome of loading a pack: the pack when it is valid, and every problem found.</summary>
public sealed record PackLoadResult(RulePack? Pack, IReadOnlyList<PackDiagnostic> Diagnostics, IReadOnlyList<RuleExample> Examples)
{
    public bool Succeeded => Pack is not null && Diagnostics.Count == 0;
}
