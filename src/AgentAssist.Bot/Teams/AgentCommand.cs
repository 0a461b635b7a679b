namespace AgentAssist.Bot.Teams;

/// <summary>What an agent's message asks for. <c>CommandLanguage</c> is the language of the command word, when it has one.</summary>
internal abstract record AgentCommand
{
    private AgentCommand()
    {
    }

    /// <summary>Check a draft.</summary>
    public sealed record Check(DraftRequest Draft, string? CommandLanguage) : AgentCommand;

    /// <summary>List the commands; <paramref name="UnknownCommand"/> when the agent typed a command the bot does not know.</summary>
    public sealed record Help(bool UnknownCommand, string? CommandLanguage) : AgentCommand;

    /// <summary>Offer the form.</summary>
    public sealed record Form(string? CommandLanguage) : AgentCommand;

    /// <summary>List the agent's requests waiting for approval.</summary>
    public sealed record Status(string? CommandLanguage) : AgentCommand;

    /// <summary>Nothing to check: an empty message, only a mention, or a command with no draft after the colon.</summary>
    public sealed record Empty(string? CommandLanguage) : AgentCommand;

    /// <summary>A <c>/check</c> whose options before the colon are not a channel, a language and a handle.</summary>
    public sealed record InvalidOptions(string? CommandLanguage) : AgentCommand;
}
