namespace AgentAssist.Bot.Teams;

/// <summary>The <c>verb</c>s of the bot's <c>Action.Execute</c> buttons.</summary>
internal static class CardVerbs
{
    /// <summary>The form's button: check the draft in its inputs.</summary>
    public const string Check = "check";

    /// <summary>The result card's button: check the edited draft again with the same options.</summary>
    public const string Recheck = "recheck";

    /// <summary>The result card's button when a supervisor must approve the draft.</summary>
    public const string RequestApproval = "requestApproval";

    /// <summary>Show the form.</summary>
    public const string Form = "form";
}
