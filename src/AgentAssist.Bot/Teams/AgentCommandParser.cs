using System.Text.RegularExpressions;

namespace AgentAssist.Bot.Teams;

/// <summary>
/// Reads an agent's message. Any text is a draft to check on the public channel, except:
/// <list type="bullet">
/// <item><c>help</c>, <c>ayuda</c> or <c>?</c> alone: the command list;</item>
/// <item><c>form</c> or <c>formulario</c> alone (or <c>check</c>, <c>revisar</c> alone): the form;</item>
/// <item><c>status</c> or <c>estado</c> alone: the agent's requests waiting for approval;</item>
/// <item><c>check [channel] [language] [@customer]: draft</c> (also <c>revisar</c>, <c>comprobar</c>): the draft with those options, in any order;</item>
/// <item>a word after <c>/</c> that is no command: the command list, saying so.</item>
/// </list>
/// A message such as "Check the link below: …" whose words before the colon are not options is a draft, unless it starts with
/// <c>/</c>, which makes it a command for sure.
/// </summary>
internal static partial class AgentCommandParser
{
    public static AgentCommand Parse(string text, Func<string, bool> isKnownChannel)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(isKnownChannel);
        var trimmed = text.Trim();
        if (trimmed.Length == 0)
        {
            return new AgentCommand.Empty(null);
        }

        var slash = trimmed.StartsWith('/');
        var body = slash ? trimmed[1..].TrimStart() : trimmed;
        var word = FirstWord().Match(body).Value;
        var rest = body[word.Length..];
        var alone = rest.Trim().Length == 0;
        var keyword = word.ToLowerInvariant();

        switch (keyword)
        {
            case "help" or "?" when alone:
                return new AgentCommand.Help(false, "en");
            case "ayuda" when alone:
                return new AgentCommand.Help(false, "es");
            case "form" or "check" when alone:
                return new AgentCommand.Form("en");
            case "formulario" or "revisar" or "comprobar" when alone:
                return new AgentCommand.Form("es");
            case "status" when alone:
                return new AgentCommand.Status("en");
            case "estado" when alone:
                return new AgentCommand.Status("es");
            case "check" or "revisar" or "comprobar":
                if (ParseCheck(rest, isKnownChannel, keyword == "check" ? "en" : "es", slash) is { } check)
                {
                    return check;
                }

                break;
        }

        if (slash)
        {
            return new AgentCommand.Help(true, null);
        }

        return new AgentCommand.Check(new DraftRequest(trimmed), null);
    }

    private static AgentCommand? ParseCheck(string rest, Func<string, bool> isKnownChannel, string commandLanguage, bool slash)
    {
        var match = CheckOptions().Match(rest);
        if (!match.Success)
        {
            // "/check some text" without options checks the text; without the slash it is an ordinary draft.
            return slash ? Draft(rest.Trim(), new DraftRequest(string.Empty), commandLanguage) : null;
        }

        string? channel = null;
        string? language = null;
        string? handle = null;
        foreach (var token in match.Groups["options"].Value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var lower = token.ToLowerInvariant();
            if (channel is null && isKnownChannel(lower))
            {
                channel = lower;
            }
            else if (language is null && lower is "en" or "es")
            {
                language = lower;
            }
            else if (handle is null && Handle().IsMatch(token))
            {
                handle = token;
            }
            else
            {
                return slash ? new AgentCommand.InvalidOptions(commandLanguage) : null;
            }
        }

        return Draft(match.Groups["draft"].Value.Trim(), new DraftRequest(string.Empty, channel ?? "public", language, handle), commandLanguage);
    }

    private static AgentCommand Draft(string text, DraftRequest options, string commandLanguage) =>
        text.Length == 0
            ? new AgentCommand.Empty(commandLanguage)
            : new AgentCommand.Check(options with { Text = text }, commandLanguage);

    [GeneratedRegex(@"^(?:\?|[\p{L}\p{N}_-]+)")]
    private static partial Regex FirstWord();

    /// <summary>Options up to the first colon, on the first line, then the draft.</summary>
    [GeneratedRegex(@"^(?<options>(?:[ \t][^:\r\n]*)?):(?<draft>.*)$", RegexOptions.Singleline)]
    private static partial Regex CheckOptions();

    [GeneratedRegex(@"^@[\p{L}\p{N}_.-]{1,64}$")]
    private static partial Regex Handle();
}
