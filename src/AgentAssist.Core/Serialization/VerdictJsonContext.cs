using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentAssist.Core.Serialization;

/// <summary>Source-generated JSON for the verdict contract: camelCase, nulls omitted.</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    WriteIndented = true)]
[JsonSerializable(typeof(VerdictDocument))]
public sealed partial class VerdictJsonContext : JsonSerializerContext
{
    /// <summary>
    /// The same contract, writing accents, quotes and angle brackets as they are rather than as \u escapes, for people
    /// reading the CLI's output. System.Text.Json still escapes characters outside the Basic Multilingual Plane
    /// (emoji) as surrogate pairs; the JSON means the same. Only for output that is not embedded in HTML.
    /// </summary>
    public static VerdictJsonContext Readable { get; } = new(new JsonSerializerOptions
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    });
}
