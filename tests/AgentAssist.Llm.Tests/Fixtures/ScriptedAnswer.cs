namespace AgentAssist.Llm.Tests.Fixtures;

/// <summary>How the loopback model server answers one chat completion request.</summary>
/// <param name="Content">The assistant message's content.</param>
/// <param name="Status">HTTP status; an OpenAI error body when not 200.</param>
/// <param name="Delay">Wait before answering.</param>
/// <param name="FinishReason">The choice's finish_reason.</param>
/// <param name="RawBody">A body to send as is instead of a chat completion.</param>
public sealed record ScriptedAnswer(string? Content, int Status = 200, TimeSpan Delay = default, string FinishReason = "stop", string? RawBody = null)
{
    public static ScriptedAnswer Reply(string content) => new(content);

    public static ScriptedAnswer Error(int status) => new(null, status);

    public static ScriptedAnswer Slow(string content, TimeSpan delay) => new(content, Delay: delay);
}
