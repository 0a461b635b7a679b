namespace AgentAssist.Core.Approvals;

/// <summary>Ids for approval requests and outbox messages.</summary>
public static class ApprovalIds
{
    /// <summary>
    /// A new id: a version 7 UUID as 32 lower-case hex digits. Ids made later sort later (to the millisecond), which
    /// keeps primary-key inserts at the end of the index and lets pages of pending requests break ties by id.
    /// </summary>
    public static string New(TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        return Guid.CreateVersion7(time.GetUtcNow()).ToString("N");
    }
}
