namespace AgentAssist.Slack.Security;

/// <summary>What the check of a request's Slack signature found.</summary>
public enum SlackSignatureStatus
{
    Valid,

    /// <summary>No <c>X-Slack-Signature</c> or <c>X-Slack-Request-Timestamp</c> header.</summary>
    Missing,

    /// <summary>The timestamp is not a whole number of seconds.</summary>
    MalformedTimestamp,

    /// <summary>The timestamp is outside the window around now (a replay or a wrong clock).</summary>
    Stale,

    /// <summary>The signature is not <c>v0=</c> and 64 hex digits.</summary>
    MalformedSignature,

    /// <summary>The signature does not match the body and timestamp.</summary>
    Mismatch,
}
