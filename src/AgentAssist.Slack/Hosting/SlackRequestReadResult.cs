using AgentAssist.Slack.Security;

namespace AgentAssist.Slack.Hosting;

/// <summary>A request body whose signature was checked; <see cref="Body"/> is set only when it is valid.</summary>
public sealed record SlackRequestReadResult(SlackSignatureStatus Status, byte[]? Body, bool IsTooLarge)
{
    public bool IsVerified => Status == SlackSignatureStatus.Valid && Body is not null;

    internal static SlackRequestReadResult Verified(byte[] body) => new(SlackSignatureStatus.Valid, body, false);

    internal static SlackRequestReadResult Refused(SlackSignatureStatus status) => new(status, null, false);

    internal static SlackRequestReadResult TooLarge() => new(SlackSignatureStatus.Missing, null, true);
}
