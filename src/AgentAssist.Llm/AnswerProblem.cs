namespace AgentAssist.Llm;

/// <summary>Why a model's answer was not used and the offline suggester answered instead.</summary>
public enum AnswerProblem
{
    /// <summary>No answer within <see cref="LlmOptions.Timeout"/>.</summary>
    Timeout = 0,

    /// <summary>The server answered with an HTTP error (429, 500, 401…).</summary>
    HttpError = 1,

    /// <summary>The server could not be reached, or its response was not a chat completion.</summary>
    Unreachable = 2,

    /// <summary>The answer was empty.</summary>
    Empty = 3,

    /// <summary>The answer was cut off at the token limit.</summary>
    Truncated = 4,

    /// <summary>The answer held Markdown or a code block, or was not the reply alone ("Here is the reply:").</summary>
    NotPlainReply = 5,

    /// <summary>The answer was in another language than the draft.</summary>
    WrongLanguage = 6,

    /// <summary>The answer had a placeholder the service never sent, or a mangled one.</summary>
    BadPlaceholder = 7,

    /// <summary>The answer was longer than the channel allows.</summary>
    TooLong = 8,
}
