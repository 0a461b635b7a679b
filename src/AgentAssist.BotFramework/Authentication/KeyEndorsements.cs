using System.Collections;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace AgentAssist.BotFramework.Authentication;

/// <summary>
/// Reads the Bot Framework <c>endorsements</c> list of a JWKS key. <see cref="JsonWebKey"/> has no
/// property for it; the JWKS parser leaves it in <see cref="JsonWebKey.AdditionalData"/>.
/// </summary>
internal static class KeyEndorsements
{
    public const string PropertyName = "endorsements";

    public static IReadOnlyList<string> Read(JsonWebKey key)
    {
        if (!key.AdditionalData.TryGetValue(PropertyName, out var value) || value is null)
        {
            return [];
        }

        return value switch
        {
            string single => [single],
            JsonElement { ValueKind: JsonValueKind.Array } array =>
                [.. array.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!)],
            JsonElement { ValueKind: JsonValueKind.String } text => [text.GetString()!],
            IEnumerable items => [.. items.Cast<object?>().Select(i => i?.ToString()).OfType<string>()],
            _ => [],
        };
    }
}
