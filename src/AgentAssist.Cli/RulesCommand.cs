using System.CommandLine;
using AgentAssist.Core.Packs;

namespace AgentAssist.Cli;

/// <summary><c>agentassist rules test|lint</c>: for brand teams and CI, before a pack goes live.</summary>
internal static class RulesCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var rules = new Command("rules", "Validate and test rule packs.")
        {
            Create("test", "Load every pack and run every rule's examples; exit 2 if anything fails.", runExamples: true, output, error),
            Create("lint", "Validate every pack (YAML, keys, patterns, channels) without running examples; exit 2 on a problem.", runExamples: false, output, error),
        };
        return rules;
    }

    private static Command Create(string name, string description, bool runExamples, TextWriter output, TextWriter error)
    {
        var command = new Command(name, description) { CommonOptions.Rules, CommonOptions.Packs };
        command.SetAction(parse =>
        {
            IReadOnlyList<PackLoadResult> results;
            try
            {
                results = PackSource.Load(parse.GetValue(CommonOptions.Rules), parse.GetValue(CommonOptions.Packs) ?? [], runExamples);
            }
            catch (DirectoryNotFoundException e)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }

            var failed = 0;
            foreach (var result in results)
            {
                foreach (var diagnostic in result.Diagnostics)
                {
                    error.WriteLine(diagnostic);
                }

                failed += result.Diagnostics.Count;
                if (result.Pack is { } pack)
                {
                    var examples = runExamples ? $", {result.Examples.Count} examples passed" : string.Empty;
                    output.WriteLine($"ok    {pack.Id} {pack.Version}: {pack.Rules.Count} rules{examples}");
                }
                else
                {
                    output.WriteLine($"FAIL  {result.Diagnostics[0].File}: {result.Diagnostics.Count} problem(s)");
                }
            }

            if (failed == 0)
            {
                var ruleCount = results.Sum(r => r.Pack?.Rules.Count ?? 0);
                var names = results.Select(r => r.Pack!.Id).ToList();
                try
                {
                    _ = new RuleSet(results.Select(r => r.Pack!));
                }
                catch (ArgumentException e)
                {
                    error.WriteLine($"error: {e.Message}");
                    return ExitCodes.InvalidPack;
                }

                output.WriteLine($"{names.Count} pack(s), {ruleCount} rules: all good.");
                return ExitCodes.Ok;
            }

            output.WriteLine($"{failed} problem(s) found; packs with problems would be refused.");
            return ExitCodes.InvalidPack;
        });
        return command;
    }
}
