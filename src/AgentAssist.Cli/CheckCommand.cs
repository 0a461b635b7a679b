using System.CommandLine;
using System.Text.Json;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Serialization;

namespace AgentAssist.Cli;

/// <summary><c>agentassist check</c>: checks one draft and reports the verdict.</summary>
internal static class CheckCommand
{
    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        var text = new Argument<string?>("text") { Description = "The draft. Omit it to read --file or standard input.", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file", "-f") { Description = "Read the draft from this file ('-' for standard input)." };
        var channel = new Option<string>("--channel", "-c") { Description = "public, private, or a channel a pack names (x, whatsapp, email…).", DefaultValueFactory = _ => "public" };
        var language = new Option<string?>("--lang", "-l") { Description = "Language of the draft; detected when omitted." };
        language.AcceptOnlyFromAmong("en", "es");
        var region = new Option<string?>("--region") { Description = "The customer's country (ISO 3166, e.g. ES, US, MX) for local formats such as phone numbers." };
        var format = new Option<string>("--format") { Description = "Output: text for people, json for programs.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("check", "Check a draft reply against the guardrails.") { text, file, channel, language, region, format, CommonOptions.Rules, CommonOptions.Packs };
        command.SetAction(parse =>
        {
            string draftText;
            try
            {
                draftText = ReadDraft(parse.GetValue(text), parse.GetValue(file), input);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }

            IReadOnlyList<PackLoadResult> results;
            try
            {
                results = PackSource.Load(parse.GetValue(CommonOptions.Rules), parse.GetValue(CommonOptions.Packs) ?? [], runExamples: false);
            }
            catch (DirectoryNotFoundException e)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }

            var provider = new RuleSetProvider(RuleSet.Empty);
            var problems = provider.TryReplace(results);
            if (problems.Count > 0)
            {
                foreach (var problem in problems)
                {
                    error.WriteLine(problem);
                }

                return ExitCodes.InvalidPack;
            }

            var engine = new GuardrailEngine(provider, [], new LanguageDetector());
            var channelId = parse.GetValue(channel)!;
            if (!provider.Current.TryGetChannel(channelId, out _))
            {
                error.WriteLine($"error: unknown channel '{channelId}'. Known channels: {string.Join(", ", provider.Current.Channels.Select(c => c.Id).Order(StringComparer.Ordinal))}.");
                return ExitCodes.Usage;
            }

            var customer = parse.GetValue(region) is { } countryCode ? new CustomerContext(Region: countryCode.ToUpperInvariant()) : null;
            var verdict = engine.Check(new Draft(draftText, channelId, parse.GetValue(language), customer));
            if (parse.GetValue(format) == "json")
            {
                output.WriteLine(JsonSerializer.Serialize(VerdictDocument.From(verdict, draftText), VerdictJsonContext.Readable.VerdictDocument));
            }
            else
            {
                HumanReport.Write(output, verdict, draftText);
            }

            return verdict.Outcome switch
            {
                Outcome.Block => ExitCodes.Blocked,
                Outcome.NeedsApproval => ExitCodes.NeedsApproval,
                _ => ExitCodes.Ok,
            };
        });
        return command;
    }

    private static string ReadDraft(string? text, string? file, TextReader input)
    {
        if (text is not null && file is not null)
        {
            throw new ArgumentException("give the draft as an argument or with --file, not both");
        }

        if (text is not null)
        {
            return text;
        }

        if (file is null or "-")
        {
            return input.ReadToEnd().TrimEnd('\r', '\n');
        }

        return File.ReadAllText(file).TrimEnd('\r', '\n');
    }
}
