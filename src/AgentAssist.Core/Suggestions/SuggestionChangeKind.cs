namespace AgentAssist.Core.Suggestions;

/// <summary>Kinds of <see cref="SuggestionChange"/>.</summary>
public enum SuggestionChangeKind
{
    /// <summary>A greeting with the customer's preferred name was added or replaced.</summary>
    Greeting = 0,

    /// <summary>The latest relevant interaction, open order or case was acknowledged.</summary>
    Acknowledgement = 1,

    /// <summary>A rule's automatic fix was applied.</summary>
    AutomaticFix = 2,

    /// <summary>Personal data was masked or removed.</summary>
    Redaction = 3,

    /// <summary>A sentence moving the conversation to a private channel was added.</summary>
    HandOff = 4,

    /// <summary>A closing line was added.</summary>
    Closing = 5,

    /// <summary>Optional parts or whole sentences were left out to respect the channel's length limit.</summary>
    Shortened = 6,

    /// <summary>The re-check found a problem in the suggestion and it was repaired.</summary>
    Repaired = 7,

    /// <summary>The language model failed (timeout, error, unusable answer) and the offline suggester answered instead.</summary>
    Fallback = 8,
}
