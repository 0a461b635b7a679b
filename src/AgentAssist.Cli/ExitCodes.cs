namespace AgentAssist.Cli;

/// <summary>The exit codes of <c>agentassist</c>, documented in docs/cli.md.</summary>
internal static class ExitCodes
{
    /// <summary>The draft may go out (pass or warn), or every rule pack is valid and every example right.</summary>
    public const int Ok = 0;

    /// <summary>Bad arguments or unreadable input.</summary>
    public const int Usage = 1;

    /// <summary>A rule pack is invalid, or one of its examples fails.</summary>
    public const int InvalidPack = 2;

    /// <summary>The draft needs a supervisor's approval.</summary>
    public const int NeedsApproval = 3;

    /// <summary>The draft is blocked.</summary>
    public const int Blocked = 4;

    /// <summary>An input file (customers to import) is invalid; nothing was stored.</summary>
    public const int InvalidData = 5;
}
