using AgentAssist.Core.Packs;

namespace AgentAssist.Cli;

/// <summary>Which rule packs a command uses: the built-in ones, a folder of packs, or single pack folders.</summary>
internal static class PackSource
{
    public static IReadOnlyList<PackLoadResult> Load(string? rulesDirectory, IReadOnlyList<string> packs, bool runExamples)
    {
        if (packs.Count > 0)
        {
            return RulePackLoader.LoadMany(packs.Select(Path.GetFullPath), runExamples);
        }

        var root = Path.GetFullPath(rulesDirectory ?? BuiltInRules.Directory);
        if (!Directory.Exists(root))
        {
            throw new DirectoryNotFoundException($"No rule pack folder at '{root}'. Pass --rules with a folder of packs, or --pack with a pack folder.");
        }

        var results = RulePackLoader.LoadAll(root, runExamples);
        if (results.Count == 0)
        {
            throw new DirectoryNotFoundException($"'{root}' holds no rule packs (sub-folders with a pack.yaml).");
        }

        return results;
    }
}
