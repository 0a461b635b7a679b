using System.Diagnostics;
using System.Text.Json;
using AgentAssist.Bot.Tests.Fixtures;

namespace AgentAssist.Bot.Tests.Manifest;

/// <summary>
/// The Teams app template in <c>manifests/teams</c> and its node tools: <c>validate-manifest.js</c> (official schemas
/// from npm @microsoft/app-manifest) and <c>package.js</c>.
/// </summary>
internal static class ManifestTools
{
    public static string TemplateFolder => Path.Combine(RepoPaths.Root, "manifests", "teams");

    /// <summary>Why the node tools cannot run here, or null when they can.</summary>
    public static string? SkipReason =>
        Directory.Exists(Path.Combine(RepoPaths.NodeModules, "@microsoft", "app-manifest"))
            ? null
            : $"node_modules/@microsoft/app-manifest is not installed in {RepoPaths.Root}: run 'npm ci' there (.ci/run does) to validate the Teams manifest against the official schema.";

    /// <summary>The problems validate-manifest.js finds in a package folder.</summary>
    public static async Task<IReadOnlyList<string>> ValidateAsync(string folder, bool release = false)
    {
        string[] arguments = release ? ["--release", folder] : [folder];
        var result = await RunAsync("validate-manifest.js", arguments);
        if (result.ExitCode is not (0 or 1))
        {
            throw new InvalidOperationException($"validate-manifest.js exited with {result.ExitCode}: {result.Error}");
        }

        using var document = JsonDocument.Parse(result.Output);
        var problems = document.RootElement.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList();
        Assert.True((result.ExitCode == 0) == (problems.Count == 0), $"exit code {result.ExitCode} with {problems.Count} problems");
        return problems;
    }

    public static async Task<NodeResult> RunAsync(string script, params string[] arguments)
    {
        var start = new ProcessStartInfo("node")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = RepoPaths.Root,
        };
        start.ArgumentList.Add(Path.Combine(TemplateFolder, "tools", script));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
        var output = node.StandardOutput.ReadToEndAsync();
        var error = node.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        await node.WaitForExitAsync(timeout.Token);
        return new NodeResult(node.ExitCode, await output, await error);
    }

    /// <summary>A copy of the template in a new temporary folder.</summary>
    public static DirectoryInfo CopyTemplate()
    {
        var folder = Directory.CreateTempSubdirectory("agentassist-teams-test-");
        foreach (var file in Directory.EnumerateFiles(TemplateFolder))
        {
            File.Copy(file, Path.Combine(folder.FullName, Path.GetFileName(file)));
        }

        return folder;
    }
}
