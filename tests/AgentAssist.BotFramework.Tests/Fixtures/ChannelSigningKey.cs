using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace AgentAssist.BotFramework.Tests.Fixtures;

/// <summary>An RSA key a channel signs tokens with, and the endorsements it publishes for it.</summary>
public sealed record ChannelSigningKey(string Kid, RSA Rsa, IReadOnlyList<string> Endorsements)
{
    // RSA generation is slow; tests share these keys (signing with one RSA instance is thread-safe).
    private static readonly Lazy<RSA> PrimaryRsa = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> SecondRsa = new(() => RSA.Create(2048));
    private static readonly Lazy<RSA> ThirdRsa = new(() => RSA.Create(2048));

    public static ChannelSigningKey Teams { get; } = new("channel-key-1", PrimaryRsa.Value, ["msteams"]);

    /// <summary>A different private key that claims the kid of <see cref="Teams"/>.</summary>
    public static ChannelSigningKey ForgedTeams { get; } = new("channel-key-1", SecondRsa.Value, ["msteams"]);

    /// <summary>A key the channel starts using after a rotation.</summary>
    public static ChannelSigningKey Rotated { get; } = new("channel-key-2", ThirdRsa.Value, ["msteams"]);

    /// <summary>A key no channel publishes.</summary>
    public static ChannelSigningKey Unpublished { get; } = new("attacker-key", SecondRsa.Value, []);

    public static ChannelSigningKey WebChatOnly { get; } = new("webchat-key", SecondRsa.Value, ["webchat"]);

    public static ChannelSigningKey NotEndorsed { get; } = new("any-channel-key", ThirdRsa.Value, []);

    public SigningCredentials SigningCredentials => new(new RsaSecurityKey(Rsa) { KeyId = Kid }, SecurityAlgorithms.RsaSha256);

    /// <summary>The key as a JWKS entry, with the Bot Framework <c>endorsements</c> extension.</summary>
    public Dictionary<string, object> ToJwk()
    {
        var parameters = Rsa.ExportParameters(includePrivateParameters: false);
        return new Dictionary<string, object>
        {
            ["kty"] = "RSA",
            ["use"] = "sig",
            ["kid"] = Kid,
            ["n"] = Base64UrlEncoder.Encode(parameters.Modulus!),
            ["e"] = Base64UrlEncoder.Encode(parameters.Exponent!),
            ["endorsements"] = Endorsements,
        };
    }
}
