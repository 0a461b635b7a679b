using System.Text.Json.Serialization;

namespace AgentAssist.BotFramework.Cards;

/// <summary>A button; <c>type</c> in JSON names what it does.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "type")]
[JsonDerivedType(typeof(ExecuteAction), "Action.Execute")]
[JsonDerivedType(typeof(SubmitAction), "Action.Submit")]
[JsonDerivedType(typeof(ShowCardAction), "Action.ShowCard")]
public abstract record CardAction(string Title)
{
    public string? Id { get; init; }

    /// <summary>Teams ignores positive and destructive styling; other hosts colour the button.</summary>
    public ActionStyle? Style { get; init; }

    public string? Tooltip { get; init; }
}
