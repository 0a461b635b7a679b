namespace AgentAssist.Llm.Prompting;

/// <summary>The model's answer with personal data put back, or why that was not possible.</summary>
/// <param name="Text">The restored answer; <see langword="null"/> when restoring failed.</param>
/// <param name="Problem">Why the answer cannot be restored; <see langword="null"/> when it was.</param>
/// <param name="Dropped">Tokens sent to the model that its answer left out.</param>
internal sealed record PlaceholderRestoration(string? Text, string? Problem, IReadOnlyList<string> Dropped)
{
    public bool IsSuccess => Text is not null;

    public static PlaceholderRestoration Succeeded(string text, IReadOnlyList<string> dropped) => new(text, null, dropped);

    public static PlaceholderRestoration Failed(string problem) => new(null, problem, []);
}
