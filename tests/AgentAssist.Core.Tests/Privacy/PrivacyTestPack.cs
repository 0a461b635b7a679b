using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Rules;

namespace AgentAssist.Core.Tests.Privacy;

/// <summary>
/// A pack with privacy rules written to a temp folder (so a test shows its YAML) and deleted on dispose.
/// Rule files are named by the test; the pack id is <c>Test</c>.
/// </summary>
internal sealed class PrivacyTestPack : IDisposable
{
    public PrivacyTestPack(params (string File, string Yaml)[] rules)
    {
        Directory = Path.Combine(Path.GetTempPath(), "agentassist-privacy-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, RulePackLoader.PackFileName), "id: Test\nname: Test pack\n");
        foreach (var (file, yaml) in rules)
        {
            File.WriteAllText(Path.Combine(Directory, file), yaml);
        }
    }

    public string Directory { get; }

    public PackLoadResult Load() => RulePackLoader.Load(Directory);

    /// <summary>Loads the pack, failing the test with every diagnostic if it does not load.</summary>
    public RulePack LoadClean()
    {
        var result = Load();
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return result.Pack!;
    }

    /// <summary>Runs one rule on a draft, as the engine would.</summary>
    public static List<Finding> Evaluate(IRule rule, string text, ChannelKind kind, string language = "en", CustomerContext? customer = null)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var channel = kind == ChannelKind.Public ? ChannelProfile.GenericPublic : ChannelProfile.GenericPrivate;
        var findings = new List<Finding>();
        rule.Evaluate(new CheckContext(text, channel, language, customer), findings);
        return findings;
    }

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; never fail a test while cleaning up.
        }
    }
}
