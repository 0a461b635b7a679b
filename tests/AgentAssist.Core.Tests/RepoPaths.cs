namespace AgentAssist.Core.Tests;

/// <summary>Paths in the repository the tests run from, found by walking up to the folder with AgentAssist.sln.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    /// <summary>The built-in rule packs as brand teams edit them (not the copy in the output folder).</summary>
    public static string Rules => Path.Combine(Root, "rules");

    public static string Src => Path.Combine(Root, "src");

    /// <summary>The test fixtures copied next to the test assembly.</summary>
    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    /// <summary>The folders of the three Lumora brand packs, loaded alone so that packs other teams are editing cannot interfere.</summary>
    public static IReadOnlyList<string> BrandPacks { get; } = ["brand", "brand-en", "brand-es"];

    public static IReadOnlyList<string> BrandPackDirectories => BrandPacks.Select(p => Path.Combine(Rules, p)).ToList();

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AgentAssist.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AgentAssist.sln above {AppContext.BaseDirectory}; run the tests from a clone of the repository.");
    }
}
