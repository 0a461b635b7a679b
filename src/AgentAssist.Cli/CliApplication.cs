using System.CommandLine;

namespace AgentAssist.Cli;

/// <summary>Builds the <c>agentassist</c> command tree and runs it with the given streams, so tests run it in process.</summary>
internal static class CliApplication
{
    public static int Run(string[] args, TextReader input, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("AgentAssist: check customer-service replies against brand, privacy and approval guardrails.")
        {
            CheckCommand.Create(input, output, error),
            RulesCommand.Create(output, error),
            CustomersCommand.Create(output, error),
            SentimentCommand.Create(input, output, error),
        };
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var problem in parse.Errors)
            {
                error.WriteLine($"error: {problem.Message}");
            }

            error.WriteLine("Run 'agentassist --help' for usage.");
            return ExitCodes.Usage;
        }

        return parse.Invoke(configuration);
    }
}
