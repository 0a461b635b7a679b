using System.Text;
using AgentAssist.Slack.Security;

namespace AgentAssist.Slack.Tests.Security;

public sealed class SlackSignatureTests
{
    internal const string Secret = "8f742231b10e8888abcd99yyyzzz85a5";

    internal static readonly DateTimeOffset Now = DateTimeOffset.FromUnixTimeSeconds(1_700_000_000);

    private static readonly TimeSpan Window = TimeSpan.FromMinutes(5);

    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"type":"event_callback","event_id":"Ev1","event":{"type":"app_mention","text":"check x es: Hola"}}""");

    [Fact]
    public void Verify_SignedNow_Valid()
    {
        var ts = Now.ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(SlackSignatureStatus.Valid, SlackSignature.Verify(Secret, ts, SlackSignature.Sign(Secret, ts, Body), Body, Now, Window));
    }

    [Fact]
    public void Sign_SlackDocumentationExample_MatchesPublishedSignature()
    {
        // The worked example on api.slack.com/authentication/verifying-requests-from-slack.
        const string body = "token=xyzz0WbapA4vBCDEFasx0q6G&team_id=T1DC2JH3J&team_domain=testteamnow&channel_id=G8PSS9T3V&channel_name=foobar&user_id=U2CERLKJA&user_name=roadrunner&command=%2Fwebhook-collect&text=&response_url=https%3A%2F%2Fhooks.slack.com%2Fcommands%2FT1DC2JH3J%2F397700885554%2F96rGlfmibIGlgcZRskXaIFfN&trigger_id=398738663015.47445629121.803a0bc887a14d10d2c447fce8b6703c";

        var signature = SlackSignature.Sign(Secret, "1531420618", Encoding.UTF8.GetBytes(body));

        Assert.Equal("v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", signature);
    }

    [Theory]
    [InlineData(-301, SlackSignatureStatus.Stale)]
    [InlineData(-300, SlackSignatureStatus.Valid)]
    [InlineData(300, SlackSignatureStatus.Valid)]
    [InlineData(301, SlackSignatureStatus.Stale)]
    [InlineData(-86_400, SlackSignatureStatus.Stale)]
    public void Verify_TimestampAgainstWindow_RefusedOutsideFiveMinutes(int offsetSeconds, SlackSignatureStatus expected)
    {
        var ts = (Now.ToUnixTimeSeconds() + offsetSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(expected, SlackSignature.Verify(Secret, ts, SlackSignature.Sign(Secret, ts, Body), Body, Now, Window));
    }

    [Theory]
    [InlineData(null, "v0=00", SlackSignatureStatus.Missing)]
    [InlineData("1700000000", null, SlackSignatureStatus.Missing)]
    [InlineData("17e8", "v0=00", SlackSignatureStatus.MalformedTimestamp)]
    [InlineData("-1700000000", "v0=00", SlackSignatureStatus.MalformedTimestamp)]
    [InlineData("1700000000", "v0=abc", SlackSignatureStatus.MalformedSignature)]
    [InlineData("1700000000", "v1=0000000000000000000000000000000000000000000000000000000000000000", SlackSignatureStatus.MalformedSignature)]
    [InlineData("1700000000", "v0=zz00000000000000000000000000000000000000000000000000000000000000", SlackSignatureStatus.MalformedSignature)]
    [InlineData("1700000000", "v0=0000000000000000000000000000000000000000000000000000000000000000", SlackSignatureStatus.Mismatch)]
    public void Verify_MalformedHeaders_Refused(string? timestamp, string? signature, SlackSignatureStatus expected)
    {
        Assert.Equal(expected, SlackSignature.Verify(Secret, timestamp, signature, Body, Now, Window));
    }

    [Fact]
    public void Verify_BodyChangedAfterSigning_Mismatch()
    {
        const string ts = "1700000000";
        var signature = SlackSignature.Sign(Secret, ts, Body);
        var tampered = (byte[])Body.Clone();
        tampered[^5] ^= 0x01;

        Assert.Equal(SlackSignatureStatus.Mismatch, SlackSignature.Verify(Secret, ts, signature, tampered, Now, Window));
    }
}
