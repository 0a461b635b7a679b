namespace AgentAssist.Llm;

/// <summary>A model's answer made ready to suggest, or the problem that rules it out.</summary>
/// <param name="Text">The reply with personal data restored; <see langword="null"/> when ruled out.</param>
/// <param name="Problem">What is wrong with the answer; <see langword="null"/> when it is usable.</param>
/// <param name="Detail">Plain words on the problem, without any of the answer's text.</param>
/// <param name="DroppedPlaceholders">How many personal values sent to the model its answer left out.</param>
internal sealed record AnswerValidation(string? Text, AnswerProblem? Problem, string? Detail, int DroppedPlaceholders = 0)
{
    public static AnswerValidation Usable(string text, int dropped) => new(text, null, null, dropped);

    public static AnswerValidation Rejected(AnswerProblem problem, string detail) => new(null, problem, detail);
}
