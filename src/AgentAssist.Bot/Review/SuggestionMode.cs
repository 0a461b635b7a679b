namespace AgentAssist.Bot.Review;

/// <summary>Whether, and how, a review suggests a reply.</summary>
public enum SuggestionMode
{
    /// <summary>No suggestion: the verdict only (<c>POST /api/v1/check</c>).</summary>
    None = 0,

    /// <summary>The offline suggester: deterministic, in memory, microseconds.</summary>
    Offline = 1,

    /// <summary>The best suggester configured: the language model when one is set (falling back to offline), else offline.</summary>
    Best = 2,
}
