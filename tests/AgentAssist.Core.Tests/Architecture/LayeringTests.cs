using System.Xml.Linq;
using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Tests.Architecture;

/// <summary>
/// Dependencies point inward (docs and STYLE.md): Core references none of our projects and no host, channel or
/// AI framework; adapters reference only Core; only the host (AgentAssist.Bot) and the CLI compose several projects.
/// </summary>
public sealed class LayeringTests
{
    private const string Core = "AgentAssist.Core";

    private static readonly string[] Composers = ["AgentAssist.Bot", "AgentAssist.Cli"];

    /// <summary>Assembly and package name prefixes Core must never depend on.</summary>
    private static readonly string[] ForbiddenInCore =
    [
        "Microsoft.AspNetCore", "Microsoft.Bot", "Microsoft.Teams", "Microsoft.Graph", "Slack", "SlackNet", "Microsoft.SemanticKernel",
        "Microsoft.Extensions.AI", "Npgsql", "Microsoft.Data.Sqlite", "Microsoft.EntityFrameworkCore",
    ];

    public static TheoryData<string> SourceProjects() => new(SourceProjectNames());

    /// <summary>Every src/X folder holding X.csproj.</summary>
    private static List<string> SourceProjectNames() =>
        Directory.EnumerateDirectories(RepoPaths.Src)
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(name => File.Exists(Path.Combine(RepoPaths.Src, name, $"{name}.csproj")))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static XDocument Project(string name) => XDocument.Load(Path.Combine(RepoPaths.Src, name, $"{name}.csproj"));

    private static IEnumerable<string> Includes(XDocument project, string item) =>
        project.Descendants(item).Select(e => (string?)e.Attribute("Include") ?? string.Empty);

    /// <summary>The project names a project references, from the file names of its ProjectReference items.</summary>
    private static List<string> ProjectReferences(string name) =>
        Includes(Project(name), "ProjectReference").Select(p => Path.GetFileNameWithoutExtension(p.Replace('\\', '/'))).ToList();

    private static bool IsForbidden(string name) =>
        ForbiddenInCore.Any(prefix => name.Equals(prefix, StringComparison.OrdinalIgnoreCase) || name.StartsWith(prefix + ".", StringComparison.OrdinalIgnoreCase));

    [Fact]
    public void CoreAssembly_ReferencedAssemblies_NoHostChannelOrAiFramework()
    {
        var referenced = typeof(GuardrailEngine).Assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.Contains("YamlDotNet", referenced);
        Assert.DoesNotContain(referenced, IsForbidden);
        Assert.DoesNotContain(referenced, r => r.StartsWith("AgentAssist.", StringComparison.Ordinal));
    }

    [Fact]
    public void CoreProject_References_NoOtherProjectNoWebSdkAndNoForbiddenPackage()
    {
        var project = Project(Core);

        Assert.Equal("Microsoft.NET.Sdk", (string?)project.Root!.Attribute("Sdk"));
        Assert.Empty(Includes(project, "ProjectReference"));
        Assert.Empty(Includes(project, "FrameworkReference"));
        Assert.DoesNotContain(Includes(project, "PackageReference"), IsForbidden);
    }

    [Theory]
    [MemberData(nameof(SourceProjects))]
    public void Project_ProjectReferences_PointInward(string name)
    {
        var references = ProjectReferences(name);
        var known = SourceProjectNames();

        Assert.All(references, r => Assert.Contains(r, known));
        Assert.DoesNotContain(name, references);
        if (name == Core)
        {
            Assert.Empty(references);
        }
        else if (Composers.Contains(name))
        {
            Assert.Contains(Core, references);
            Assert.DoesNotContain(references, r => Composers.Contains(r));
        }
        else
        {
            Assert.All(references, r => Assert.Equal(Core, r));
        }
    }

    [Fact]
    public void SourceProjects_Discovered_IncludeCoreAndBothComposers()
    {
        var names = SourceProjectNames();

        Assert.Contains(Core, names);
        Assert.All(Composers, c => Assert.Contains(c, names));
    }
}
