using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.IdentityModel.Tokens;

namespace AgentAssist.BotFramework.Tests.Fixtures;

/// <summary>
/// Builds JWTs byte by byte, so tests can give claims shapes a token library would not write: <c>aud</c> as an array,
/// <c>exp</c> as a string, <c>alg</c> none or HS256 keyed with the public key.
/// </summary>
public static class RawToken
{
    public static string Sign(IReadOnlyDictionary<string, object?> header, IReadOnlyDictionary<string, object?> payload, RSA? rsa)
    {
        var signingInput = Part(header) + "." + Part(payload);
        var alg = header.TryGetValue("alg", out var a) ? a as string : null;
        var data = Encoding.ASCII.GetBytes(signingInput);
        byte[] signature = alg switch
        {
            "RS256" => rsa!.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1),
            "RS384" => rsa!.SignData(data, HashAlgorithmName.SHA384, RSASignaturePadding.Pkcs1),
            "RS512" => rsa!.SignData(data, HashAlgorithmName.SHA512, RSASignaturePadding.Pkcs1),
            "PS256" => rsa!.SignData(data, HashAlgorithmName.SHA256, RSASignaturePadding.Pss),
            // Algorithm confusion: an HMAC keyed with the published public key.
            "HS256" => HMACSHA256.HashData(rsa!.ExportSubjectPublicKeyInfo(), data),
            _ => [],
        };
        return signingInput + "." + Base64UrlEncoder.Encode(signature);
    }

    private static string Part(IReadOnlyDictionary<string, object?> value) =>
        Base64UrlEncoder.Encode(JsonSerializer.SerializeToUtf8Bytes(value));
}
