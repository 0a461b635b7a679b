namespace AgentAssist.Core.Customers;

/// <summary>A problem in a customer file, reported as <c>file:line:column: message</c> (line and column start at 1).</summary>
public sealed record CustomerImportDiagnostic(string File, int Line, int Column, string Message)
{
    public override string ToString() => $"{File}:{Line}:{Column}: {Message}";
}
