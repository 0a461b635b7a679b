using AgentAssist.BotFramework.Tests.Fixtures;

namespace AgentAssist.BotFramework.Tests.Authentication;

/// <summary>The token matrix: the claims, headers and keys a channel or an attacker could send.</summary>
internal static class TokenCases
{
    public static IReadOnlyList<TokenCase> Build(LoopbackChannel channel)
    {
        var appId = LoopbackChannel.ClientId;
        var serviceUrl = channel.ServiceUrl;
        var now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        var teams = ChannelSigningKey.Teams;

        Dictionary<string, object?> Header(string alg = "RS256", ChannelSigningKey? key = null) =>
            new() { ["alg"] = alg, ["typ"] = "JWT", ["kid"] = (key ?? teams).Kid };

        Dictionary<string, object?> Claims(Action<Dictionary<string, object?>>? change = null)
        {
            var claims = new Dictionary<string, object?>
            {
                ["iss"] = LoopbackChannel.Issuer,
                ["aud"] = appId,
                ["serviceurl"] = serviceUrl,
                ["nbf"] = now - 60,
                ["iat"] = now - 60,
                ["exp"] = now + 1800,
            };
            change?.Invoke(claims);
            return claims;
        }

        string Token(Dictionary<string, object?>? header = null, Dictionary<string, object?>? claims = null, ChannelSigningKey? key = null) =>
            RawToken.Sign(header ?? Header(key: key), claims ?? Claims(), (key ?? teams).Rsa);

        var valid = Token();
        TokenCase Case(string name, string token, bool accepted, bool core = true, string? url = null, string channelId = "msteams") =>
            new(name, "Bearer " + token, url ?? serviceUrl, channelId, accepted, core);

        return
        [
            Case("valid", valid, accepted: true),
            Case("valid-rs384", Token(Header("RS384")), accepted: true),
            Case("valid-rs512", Token(Header("RS512")), accepted: true),
            Case("expired-within-skew", Token(claims: Claims(c => { c["exp"] = now - 120; c["nbf"] = now - 600; })), accepted: true),
            Case("expired", Token(claims: Claims(c => { c["exp"] = now - 3600; c["nbf"] = now - 7200; })), accepted: false),
            Case("not-yet-valid", Token(claims: Claims(c => c["nbf"] = now + 3600)), accepted: false),
            Case("wrong-issuer", Token(claims: Claims(c => c["iss"] = "https://sts.windows.net/attacker/")), accepted: false),
            Case("issuer-trailing-slash", Token(claims: Claims(c => c["iss"] = LoopbackChannel.Issuer + "/")), accepted: false),
            Case("wrong-audience", Token(claims: Claims(c => c["aud"] = Guid.NewGuid().ToString())), accepted: false),
            Case("audience-array", Token(claims: Claims(c => c["aud"] = new[] { appId })), accepted: false),
            Case("audience-array-with-other", Token(claims: Claims(c => c["aud"] = new[] { "other", appId })), accepted: false),
            Case("audience-trailing-slash", Token(claims: Claims(c => c["aud"] = appId + "/")), accepted: false),
            Case("audience-upper-case", Token(claims: Claims(c => c["aud"] = appId.ToUpperInvariant())), accepted: false, core: false),
            Case("no-audience", Token(claims: Claims(c => c.Remove("aud"))), accepted: false),
            Case("serviceurl-array", Token(claims: Claims(c => c["serviceurl"] = new[] { serviceUrl })), accepted: false),
            Case("serviceurl-other", Token(claims: Claims(c => c["serviceurl"] = "https://attacker.example/")), accepted: false),
            Case("serviceurl-missing", Token(claims: Claims(c => c.Remove("serviceurl"))), accepted: false),
            Case("activity-serviceurl-other", valid, accepted: false, url: "https://attacker.example/"),
            Case("exp-string", Token(claims: Claims(c => c["exp"] = (now + 1800).ToString(System.Globalization.CultureInfo.InvariantCulture))), accepted: false),
            Case("nbf-string", Token(claims: Claims(c => c["nbf"] = (now - 60).ToString(System.Globalization.CultureInfo.InvariantCulture))), accepted: false, core: false),
            Case("no-exp", Token(claims: Claims(c => c.Remove("exp"))), accepted: false, core: false),
            Case("forged-key-same-kid", Token(key: ChannelSigningKey.ForgedTeams), accepted: false),
            Case("unpublished-key", Token(key: ChannelSigningKey.Unpublished), accepted: false),
            Case("no-kid", RawToken.Sign(new Dictionary<string, object?> { ["alg"] = "RS256", ["typ"] = "JWT" }, Claims(), teams.Rsa), accepted: false),
            Case("alg-none", Token(Header("none")), accepted: false),
            Case("alg-hs256-public-key", Token(Header("HS256")), accepted: false),
            Case("alg-ps256", Token(Header("PS256")), accepted: false),
            Case("tampered-payload", valid[..valid.IndexOf('.', StringComparison.Ordinal)] + "." + Token(claims: Claims(c => c["aud"] = "x")).Split('.')[1] + "." + valid.Split('.')[2], accepted: false),
            Case("webchat-key-on-msteams", Token(key: ChannelSigningKey.WebChatOnly), accepted: false),
            Case("webchat-key-on-webchat", Token(key: ChannelSigningKey.WebChatOnly), accepted: true, channelId: "webchat"),
            Case("teams-key-on-webchat", valid, accepted: false, channelId: "webchat"),
            new("no-scheme", valid, serviceUrl, "msteams", ExpectAccepted: false),
            new("basic-scheme", "Basic " + valid, serviceUrl, "msteams", ExpectAccepted: false),
            new("empty", "", serviceUrl, "msteams", ExpectAccepted: false),
            new("bearer-lower-case", "bearer " + valid, serviceUrl, "msteams", ExpectAccepted: true, Core: false, SchemeSpelling: true),
            new("bearer-two-spaces", "Bearer  " + valid, serviceUrl, "msteams", ExpectAccepted: true, Core: false, SchemeSpelling: true),
        ];
    }
}
