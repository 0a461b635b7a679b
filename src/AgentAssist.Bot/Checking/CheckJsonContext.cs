using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentAssist.Bot.Checking;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, AllowTrailingCommas = false, UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip)]
[JsonSerializable(typeof(CheckRequest))]
[JsonSerializable(typeof(ChannelListItem[]))]
internal sealed partial class CheckJsonContext : JsonSerializerContext;
