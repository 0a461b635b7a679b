namespace AgentAssist.Cli.Tests;

/// <summary>Runs <c>agentassist</c> in process with its own streams, as a shell would.</summary>
internal static class Cli
{
    /// <summary>The three Lumora brand packs, named one by one so that packs other teams are editing cannot interfere.</summary>
    public static IReadOnlyList<string> BrandPackDirectories { get; } =
        new[] { "brand", "brand-en", "brand-es" }.Select(p => Path.Combine(RepoPaths.Rules, p)).ToList();

    public static string[] BrandPacks { get; } = BrandPackDirectories.SelectMany(p => new[] { "--pack", p }).ToArray();

    public static CliResult Run(params string[] args) => RunWithInput(string.Empty, args);

    public static CliResult RunWithInput(string input, params string[] args)
    {
        using var stdin = new StringReader(input);
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exitCode = CliApplication.Run(args, stdin, stdout, stderr);
        return new CliResult(exitCode, stdout.ToString().ReplaceLineEndings("\n"), stderr.ToString().ReplaceLineEndings("\n"));
    }

    /// <summary><c>check</c> against the brand packs.</summary>
    public static CliResult Check(params string[] args) => Run(["check", .. args, .. BrandPacks]);
}

internal sealed record CliResult(int ExitCode, string Output, string Error)
{
    public string[] OutputLines => Output.TrimEnd('\n').Split('\n');

    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}--- stderr\n{Error}";
}
