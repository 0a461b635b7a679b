using System.Diagnostics;

namespace AgentAssist.Operations.Tests;

/// <summary>
/// infra/main.bicep compiles with the Bicep CLI (the NuGet package Azure.Bicep.CommandLine.linux-x64, restored with this
/// project) without errors or warnings. Skipped where the package has no binary for this machine.
/// </summary>
public sealed class InfrastructureTests
{
    [SkippableFact]
    public async Task MainBicep_Build_CompilesWithoutDiagnostics()
    {
        var bicep = BicepBinary();
        Skip.If(bicep is null, "The Bicep CLI (NuGet package azure.bicep.commandline.linux-x64) is not in the NuGet package folder.");
        var output = Path.Combine(Path.GetTempPath(), $"agentassist-main-{Guid.NewGuid():N}.json");
        try
        {
            var start = new ProcessStartInfo(bicep!)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            foreach (var argument in new[] { "build", Path.Combine(Root(), "infra", "main.bicep"), "--outfile", output })
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start)!;
            var stderr = process.StandardError.ReadToEndAsync();
            await process.StandardOutput.ReadToEndAsync();
            await process.WaitForExitAsync();
            var diagnostics = await stderr;

            Assert.True(process.ExitCode == 0, diagnostics);
            Assert.True(diagnostics.Trim().Length == 0, diagnostics);
            var template = await File.ReadAllTextAsync(output);
            foreach (var type in new[] { "Microsoft.App/containerApps", "Microsoft.DBforPostgreSQL/flexibleServers", "Microsoft.BotService/botServices/channels", "Microsoft.KeyVault/vaults", "Microsoft.ManagedIdentity/userAssignedIdentities", "Microsoft.Insights/components" })
            {
                Assert.Contains(type, template, StringComparison.Ordinal);
            }
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string? BicepBinary()
    {
        var packages = Environment.GetEnvironmentVariable("NUGET_PACKAGES") is { Length: > 0 } configured
            ? configured
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".nuget", "packages");
        var folder = Path.Combine(packages, "azure.bicep.commandline.linux-x64");
        if (!OperatingSystem.IsLinux() || !Directory.Exists(folder))
        {
            return null;
        }

        var binary = Directory.EnumerateFiles(folder, "bicep", SearchOption.AllDirectories).OrderDescending().FirstOrDefault();
        if (binary is not null && !OperatingSystem.IsWindows())
        {
            // NuGet does not keep the executable bit.
            File.SetUnixFileMode(binary, File.GetUnixFileMode(binary) | UnixFileMode.UserExecute);
        }

        return binary;
    }

    private static string Root()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "AgentAssist.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("AgentAssist.sln not found above the test output.");
    }
}
