using System.Text.Json;

namespace AgentAssist.Bot.Approvals;

/// <summary>
/// The <c>data</c> of the approval cards' actions, with the card's inputs (<c>editedText</c>, <c>reason</c>) merged in
/// by Teams on a click. Every value is a string.
/// </summary>
/// <param name="Request">The approval request's id.</param>
/// <param name="EditedText">The edit field, for edit-and-approve.</param>
/// <param name="Reason">The reason field, for reject.</param>
/// <param name="Ui">The language the card was in.</param>
internal sealed record ApprovalActionData(string? Request = null, string? EditedText = null, string? Reason = null, string? Ui = null)
{
    public const string EditedTextInputId = "editedText";
    public const string ReasonInputId = "reason";

    /// <summary>Longest reason kept; a reason is a sentence or two for the agent.</summary>
    public const int MaxReasonLength = 1000;

    private static readonly JsonSerializerOptions ReadOptions = new(JsonSerializerDefaults.Web);

    /// <summary>Reads action data; null when it is not an object of strings.</summary>
    public static ApprovalActionData? Read(JsonElement data)
    {
        if (data.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        try
        {
            return data.Deserialize<ApprovalActionData>(ReadOptions);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
