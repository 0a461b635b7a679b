namespace AgentAssist.Bot.Approvals;

/// <summary>The <c>verb</c>s of the approval cards' <c>Action.Execute</c> buttons and refreshes.</summary>
internal static class ApprovalVerbs
{
    /// <summary>A supervisor approves the draft as it is.</summary>
    public const string Approve = "approvalApprove";

    /// <summary>A supervisor approves the text in the edit field, checked again first.</summary>
    public const string EditAndApprove = "approvalEdit";

    /// <summary>A supervisor rejects the draft with the reason in the reason field.</summary>
    public const string Reject = "approvalReject";

    /// <summary>The agent withdraws the request.</summary>
    public const string Withdraw = "approvalWithdraw";

    /// <summary>A viewer's client fetches the approval card as that viewer should see it.</summary>
    public const string Refresh = "approvalRefresh";

    /// <summary>The agent's client fetches the waiting (or decided) card.</summary>
    public const string Status = "approvalStatus";

    public static bool IsApprovalVerb(string verb) =>
        verb is Approve or EditAndApprove or Reject or Withdraw or Refresh or Status;
}
