using AgentAssist.Core.Checking;
using AgentAssist.Core.Rules;

namespace AgentAssist.Core.Packs;

/// <summary>A loaded, validated rule pack.</summary>
/// <param name="Id">Prefix of its rule ids.</param>
/// <param name="Name">Name shown to people.</param>
/// <param name="Version">Version the brand team gives it.</param>
/// <param name="Languages">Languages whose drafts it checks; empty for all.</param>
/// <param name="Channels">Channels it defines.</param>
/// <param name="Rules">Its rules, in file-name order.</param>
/// <param name="Source">Folder it was loaded from.</param>
public sealed record RulePack(
    string Id,
    string Name,
    string Version,
    IReadOnlyList<string> Languages,
    IReadOnlyList<ChannelProfile> Channels,
    IReadOnlyList<IRule> Rules,
    string Source)
{
    public string? Description { get; init; }

    /// <summary>Where the pack's data comes from and under which licence.</summary>
    public string? Attribution { get; init; }

    public bool AppliesTo(string language) => Languages.Count == 0 || Languages.Contains(language, StringComparer.Ordinal);
}
