using AgentAssist.Core.Checking;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Rules;

namespace AgentAssist.Core.Tests.Packs;

/// <summary>
/// A rule pack written to a fresh folder under the system temp folder and deleted on dispose, so a test shows the
/// YAML it is about. The default <c>pack.yaml</c> defines pack <c>Test</c> with the channels
/// <c>sms</c> (public, informal, 160 characters) and <c>mail</c> (private, formal).
/// </summary>
internal sealed class TempPack : IDisposable
{
    public const string DefaultHeader = """
        id: Test
        name: Test pack
        version: 2.1.0
        channels:
          sms:
            kind: public
            maxLength: 160
            register: informal
          mail:
            kind: private
            register: formal
        """;

    public TempPack(string? header = null, params (string File, string Yaml)[] rules)
    {
        Directory = Path.Combine(Path.GetTempPath(), "agentassist-tests", Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        File.WriteAllText(Path.Combine(Directory, RulePackLoader.PackFileName), header ?? DefaultHeader);
        foreach (var (file, yaml) in rules)
        {
            File.WriteAllText(Path.Combine(Directory, file), yaml);
        }
    }

    public string Directory { get; }

    public string PathOf(string file) => Path.Combine(Directory, file);

    /// <summary>Writes a pack with one rule file, <c>Rule.yaml</c> (so its id is <c>Test.Rule</c>).</summary>
    public static TempPack WithRule(string yaml) => new(null, ("Rule.yaml", yaml));

    /// <summary>Loads a rule from <paramref name="yaml"/> (running its examples unless told not to) and removes the files again.</summary>
    public static IRule Rule(string yaml, bool runExamples = true)
    {
        using var pack = WithRule(yaml);
        return pack.LoadSingleRule(runExamples);
    }

    /// <summary>The diagnostics of a pack whose only rule is <paramref name="yaml"/>, as <c>line:column: message</c>.</summary>
    public static IReadOnlyList<string> Problems(string yaml)
    {
        using var pack = WithRule(yaml);
        return pack.Load().Diagnostics.Select(d => $"{d.Line}:{d.Column}: {d.Message}").ToList();
    }

    public PackLoadResult Load(bool runExamples = true) => RulePackLoader.Load(Directory, runExamples);

    /// <summary>Loads the pack, fails the test with every diagnostic when it does not load, and returns its only rule.</summary>
    public IRule LoadSingleRule(bool runExamples = true)
    {
        var result = Load(runExamples);
        Assert.True(result.Succeeded, string.Join(Environment.NewLine, result.Diagnostics));
        return Assert.Single(result.Pack!.Rules);
    }

    /// <summary>Runs <paramref name="rule"/> alone on <paramref name="text"/>, as the engine would for that channel and language.</summary>
    public static List<Finding> Evaluate(IRule rule, string text, string channel = "public", string language = "en")
    {
        ArgumentNullException.ThrowIfNull(rule);
        var findings = new List<Finding>();
        rule.Evaluate(new CheckContext(text, Channel(channel), language), findings);
        return findings;
    }

    public static ChannelProfile Channel(string id) => id switch
    {
        "sms" => new ChannelProfile("sms", ChannelKind.Public, "sms", 160, "informal"),
        "mail" => new ChannelProfile("mail", ChannelKind.Private, "mail", null, "formal"),
        "public" => ChannelProfile.GenericPublic,
        "private" => ChannelProfile.GenericPrivate,
        _ => throw new ArgumentOutOfRangeException(nameof(id), id, "not a channel of the test pack"),
    };

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
