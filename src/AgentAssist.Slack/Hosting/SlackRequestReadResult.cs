using AgentAssist.Slack.Security;

namespace AgentAssist.Slack.Hosting;

/// <summary>
/// A request body and what its signature check found. Only a <see cref="IsVerified"/> body may be acted on; a refused
/// one is kept for Slack's unsigned certificate check (<c>ssl_check=1</c>), which is answered and otherwise ignored.
/// </summary>
public sealed record SlackRequestReadResult(SlackSignatureStatus Status, byte[]? Body, bool IsTooLarge)
{
    public bool IsVerified => Status == SlackSignatureStatus.Valid && Body is not null;

    internal static SlackRequestReadResult Refused(SlackSignatureStatus status) => new(status, null, false);

    internal static SlackRequestReadResult TooLarge() => new(SlackSignatureStatus.Missing, null, true);
}
