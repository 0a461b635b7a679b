namespace AgentAssist.Core.Packs;

/// <summary>A problem in a rule pack, reported as <c>file:line:column: message</c> (line and column start at 1).</summary>
public sealed record PackDiagnostic(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
