using System.Text.Json;

namespace AgentAssist.Llm.Tests.Fixtures;

/// <summary>A chat completion request the loopback model server received.</summary>
/// <param name="Path">Request path and query.</param>
/// <param name="Authorization">The Authorization header, if any.</param>
/// <param name="ApiKey">The api-key header (Azure OpenAI), if any.</param>
/// <param name="Body">The raw JSON body.</param>
public sealed record ModelRequest(string Path, string? Authorization, string? ApiKey, string Body)
{
    public JsonElement Json => JsonDocument.Parse(Body).RootElement;

    /// <summary>The messages' contents, in order, with their roles.</summary>
    public IReadOnlyList<(string Role, string Content)> Messages =>
        Json.GetProperty("messages").EnumerateArray()
            .Select(m => (m.GetProperty("role").GetString()!, m.GetProperty("content").ValueKind == JsonValueKind.String
                ? m.GetProperty("content").GetString()!
                : string.Concat(m.GetProperty("content").EnumerateArray().Select(p => p.GetProperty("text").GetString()))))
            .ToList();
}
