using AgentAssist.Core.Packs;

namespace AgentAssist.Core.Suggestions;

/// <summary>The outcome of loading offline templates: the templates when every file is valid, and every problem found.</summary>
public sealed record OfflineTemplatesLoadResult(OfflineTemplates? Templates, IReadOnlyList<PackDiagnostic> Diagnostics)
{
    public bool Succeeded => Templates is not null && Diagnostics.Count == 0;
}
