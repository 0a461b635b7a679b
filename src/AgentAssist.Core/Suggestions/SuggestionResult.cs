namespace AgentAssist.Core.Suggestions;

/// <summary>
/// Either a <see cref="Suggestion"/> or the reason none is offered. A suggestion whose re-check verdict blocks is never
/// offered: <see cref="GuardedSuggester"/> turns it into a withheld result.
/// </summary>
public sealed record SuggestionResult
{
    private SuggestionResult(string source, Suggestion? suggestion, string? withheldReason)
    {
        Source = source;
        Suggestion = suggestion;
        WithheldReason = withheldReason;
    }

    /// <summary>The suggester that produced this result (<see cref="SuggestionSources"/>).</summary>
    public string Source { get; }

    /// <summary>The suggestion; <see langword="null"/> when withheld.</summary>
    public Suggestion? Suggestion { get; }

    /// <summary>Why no suggestion is offered, in plain English without draft text; <see langword="null"/> when one is.</summary>
    public string? WithheldReason { get; }

    /// <summary>Whether no suggestion is offered.</summary>
    public bool IsWithheld => Suggestion is null;

    /// <summary>
    /// The suggestion when it changes <paramref name="draft"/>; <see langword="null"/> when withheld or when it is the
    /// draft itself, which a card has no reason to offer again.
    /// </summary>
    public Suggestion? ChangeTo(string draft) => Suggestion is { } suggestion && suggestion.Text != draft ? suggestion : null;

    /// <summary>A result that offers <paramref name="suggestion"/>.</summary>
    public static SuggestionResult Offered(Suggestion suggestion)
    {
        ArgumentNullException.ThrowIfNull(suggestion);
        return new SuggestionResult(suggestion.Source, suggestion, null);
    }

    /// <summary>A result that offers nothing, and says why.</summary>
    public static SuggestionResult Withheld(string source, string reason)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(source);
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        return new SuggestionResult(source, null, reason);
    }
}
