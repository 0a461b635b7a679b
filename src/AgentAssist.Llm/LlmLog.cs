using Microsoft.Extensions.Logging;

namespace AgentAssist.Llm;

/// <summary>Log messages of the language-model suggester. None carries the draft, the answer, a personal value or the API key.</summary>
internal static partial class LlmLog
{
    [LoggerMessage(EventId = 3000, Level = LogLevel.Information,
        Message = "Replies are suggested by model {Model} at {Endpoint} ({Kind}), falling back offline after {Timeout}")]
    public static partial void Enabled(ILogger logger, string model, string endpoint, LlmEndpointKind kind, TimeSpan timeout);

    [LoggerMessage(EventId = 3001, Level = LogLevel.Debug,
        Message = "The model suggested a reply in {ElapsedMs} ms; {Placeholders} personal values sent as placeholders, {Dropped} left out")]
    public static partial void Suggested(ILogger logger, long elapsedMs, int placeholders, int dropped);

    [LoggerMessage(EventId = 3002, Level = LogLevel.Warning,
        Message = "The model's suggestion was not used ({Problem}: {Detail}) after {ElapsedMs} ms; the offline suggester answered")]
    public static partial void FellBack(ILogger logger, AnswerProblem problem, string detail, long elapsedMs);
}
