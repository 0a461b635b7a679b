using System.Text.Json;
using System.Text.Json.Serialization;

namespace AgentAssist.Core.Customers;

/// <summary>
/// Source-generated JSON for customer files, CRM answers and stored history: camelCase, enums as camelCase strings,
/// unknown properties refused (a misspelt property would otherwise drop data silently), nulls omitted.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
    UseStringEnumConverter = true,
    ReadCommentHandling = JsonCommentHandling.Skip,
    AllowTrailingCommas = true)]
[JsonSerializable(typeof(CustomerFile))]
[JsonSerializable(typeof(CustomerRecord))]
[JsonSerializable(typeof(IReadOnlyList<CustomerRecord>))]
internal sealed partial class CustomerJsonContext : JsonSerializerContext;
