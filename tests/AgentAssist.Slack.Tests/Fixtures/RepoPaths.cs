namespace AgentAssist.Slack.Tests.Fixtures;

/// <summary>Folders of the source tree, found from the test binaries by looking upward for AgentAssist.sln.</summary>
internal static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string NodeModules => Path.Combine(Root, "node_modules");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "AgentAssist.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No AgentAssist.sln above {AppContext.BaseDirectory}: run the tests from the repository.");
    }
}
