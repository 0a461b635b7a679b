namespace AgentAssist.Cli.Tests;

/// <summary>Paths in the repository the tests run from, found by walking up to the folder with AgentAssist.sln.</summary>
internal static class RepoPaths
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    public static string Root => LazyRoot.Value;

    public static string Rules => Path.Combine(Root, "rules");

    public static string Fixtures => Path.Combine(AppContext.BaseDirectory, "Fixtures");

    public static string FixturePack(string name) => Path.Combine(Fixtures, "Packs", name);

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
