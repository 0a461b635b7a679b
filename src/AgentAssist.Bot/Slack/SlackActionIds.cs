namespace AgentAssist.Bot.Slack;

/// <summary>The <c>action_id</c>s, <c>block_id</c>s and <c>callback_id</c>s of the bot's Slack messages and modals.</summary>
internal static class SlackActionIds
{
    public const string OpenForm = "aa_open_form";
    public const string EditAndCheck = "aa_edit_check";
    public const string UseSuggestion = "aa_use_suggestion";
    public const string RequestApproval = "aa_request_approval";

    /// <summary>The modal to check a draft.</summary>
    public const string CheckView = "aa_check";

    public const string DraftBlock = "aa_draft";
    public const string CorrectedBlock = "aa_corrected";
    public const string SuggestionBlock = "aa_suggestion";
    public const string ActionsBlock = "aa_actions";

    public const string TextInput = "text";
    public const string ChannelInput = "channel";
    public const string LanguageInput = "language";
    public const string CustomerInput = "customer";
}
