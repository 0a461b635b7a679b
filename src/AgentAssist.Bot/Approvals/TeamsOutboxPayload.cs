using System.Text.Json;
using AgentAssist.Core.Approvals;

namespace AgentAssist.Bot.Approvals;

/// <summary>
/// What a Teams outbox message asks for. It names the request, not a rendered card: the dispatcher draws the card
/// from the request as it is when the message is sent, so a late delivery never shows a stale state.
/// </summary>
/// <param name="RequestId">The approval request.</param>
/// <param name="Role">For <see cref="TeamsOutboxKinds.PostCard"/>: whose conversation to post to.</param>
/// <param name="Notice">For <see cref="TeamsOutboxKinds.PostCard"/>: the banner of a reminder or escalation.</param>
internal sealed record TeamsOutboxPayload(string RequestId, ApprovalCardRole Role = ApprovalCardRole.Supervisors, ApprovalNotice Notice = ApprovalNotice.None)
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    /// <summary>Reads a payload; null when it is not one.</summary>
    public static TeamsOutboxPayload? Read(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<TeamsOutboxPayload>(json, Options) is { RequestId.Length: > 0 } payload ? payload : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
