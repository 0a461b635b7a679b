using System.CommandLine;

namespace AgentAssist.Cli;

/// <summary>Options every command that reads rule packs takes.</summary>
internal static class CommonOptions
{
    public static Option<string?> Rules { get; } = new("--rules") { Description = "A folder of rule packs (default: the built-in packs)." };

    public static Option<string[]> Packs { get; } = new("--pack")
    {
        Description = "A rule pack folder to use instead of the built-in packs; repeat for several.",
        AllowMultipleArgumentsPerToken = false,
    };
}
