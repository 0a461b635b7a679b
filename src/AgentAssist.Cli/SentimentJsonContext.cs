using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentAssist.Cli;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web)]
[JsonSerializable(typeof(SentimentLine))]
internal sealed partial class SentimentJsonContext : JsonSerializerContext;
