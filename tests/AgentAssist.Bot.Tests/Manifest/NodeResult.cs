namespace AgentAssist.Bot.Tests.Manifest;

/// <summary>What a node script printed and how it exited.</summary>
internal sealed record NodeResult(int ExitCode, string Output, string Error);
