using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentAssist.Bot.Insights;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, AllowTrailingCommas = false, UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(SentimentRequest))]
[JsonSerializable(typeof(SentimentResponse))]
internal sealed partial class InsightsJsonContext : JsonSerializerContext;
