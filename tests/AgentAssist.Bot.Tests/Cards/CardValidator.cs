using System.Diagnostics;
using System.Text.Json;
using AgentAssist.Bot.Tests.Fixtures;

namespace AgentAssist.Bot.Tests.Cards;

/// <summary>
/// Runs <c>validate-cards.js</c> (Microsoft's adaptivecards parser plus the 1.5 subset schema) with node over
/// a set of card JSON documents and returns each card's problems.
/// </summary>
internal static class CardValidator
{
    /// <summary>Why validation cannot run here, or null when it can.</summary>
    public static string? SkipReason =>
        Directory.Exists(Path.Combine(RepoPaths.NodeModules, "adaptivecards"))
            ? null
            : $"node_modules/adaptivecards is not installed in {RepoPaths.Root}: run 'npm ci' there (.ci/run does) to validate cards with Microsoft's parser.";

    public static async Task<IReadOnlyDictionary<string, IReadOnlyList<string>>> ValidateAsync(IReadOnlyDictionary<string, string> cardJsonByName)
    {
        var folder = Directory.CreateTempSubdirectory("agentassist-cards-");
        try
        {
            foreach (var (name, json) in cardJsonByName)
            {
                await File.WriteAllTextAsync(Path.Combine(folder.FullName, name + ".json"), json);
            }

            var start = new ProcessStartInfo("node")
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                WorkingDirectory = RepoPaths.Root,
            };
            start.ArgumentList.Add(RepoPaths.CardValidationScript);
            start.ArgumentList.Add(folder.FullName);
            using var node = Process.Start(start) ?? throw new InvalidOperationException("Could not start node.");
            var output = node.StandardOutput.ReadToEndAsync();
            var error = node.StandardError.ReadToEndAsync();
            using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
            await node.WaitForExitAsync(timeout.Token);
            if (node.ExitCode is not (0 or 1))
            {
                throw new InvalidOperationException($"validate-cards.js exited with {node.ExitCode}: {await error}");
            }

            using var document = JsonDocument.Parse(await output);
            return document.RootElement.GetProperty("cards").EnumerateArray().ToDictionary(
                card => Path.GetFileNameWithoutExtension(card.GetProperty("file").GetString()!),
                card => (IReadOnlyList<string>)card.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!).ToList());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}
