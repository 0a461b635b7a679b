using System.CommandLine;
using System.Text.Json;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Sentiment;

namespace AgentAssist.Cli;

/// <summary>
/// <c>agentassist sentiment</c>: how customers' messages read. One message as an argument, or with
/// <c>--file</c> one message a line in and one JSON object a line out (<c>label</c>, <c>score</c>, …); an empty or
/// unreadable line gives an error object for that line and the rest go on.
/// </summary>
internal static class SentimentCommand
{
    public static Command Create(TextReader input, TextWriter output, TextWriter error)
    {
        var text = new Argument<string?>("text") { Description = "The customer's message. Omit it to read --file.", Arity = ArgumentArity.ZeroOrOne };
        var file = new Option<string?>("--file", "-f") { Description = "Read one message a line from this file ('-' for standard input); write one JSON object a line." };
        var language = new Option<string?>("--lang", "-l") { Description = "Language of the messages; detected for each when omitted." };
        language.AcceptOnlyFromAmong("en", "es");
        var format = new Option<string>("--format") { Description = "Output for a single message: text for people, json for programs.", DefaultValueFactory = _ => "text" };
        format.AcceptOnlyFromAmong("text", "json");
        var command = new Command("sentiment", "Read how a customer's message feels: negative, neutral or positive.") { text, file, language, format };
        command.SetAction(parse =>
        {
            var message = parse.GetValue(text);
            var path = parse.GetValue(file);
            if (message is not null == path is not null)
            {
                error.WriteLine("error: give one message as an argument or a file of messages with --file, not both and not neither.");
                return ExitCodes.Usage;
            }

            var analyzer = new SentimentAnalyzer(SentimentLexicons.Load(), new LanguageDetector());
            if (message is not null)
            {
                if (string.IsNullOrWhiteSpace(message))
                {
                    error.WriteLine("error: the message is empty.");
                    return ExitCodes.Usage;
                }

                var result = analyzer.Analyze(message, parse.GetValue(language));
                output.WriteLine(parse.GetValue(format) == "json"
                    ? JsonSerializer.Serialize(SentimentLine.From(null, result), SentimentJsonContext.Default.SentimentLine)
                    : $"{result.Label.ToString().ToLowerInvariant()} {result.Score.ToString("+0.000;-0.000;0.000", System.Globalization.CultureInfo.InvariantCulture)} ({result.Language}){Signals(result)}");
                return ExitCodes.Ok;
            }

            TextReader reader;
            try
            {
                reader = path == "-" ? input : new StreamReader(path!);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException)
            {
                error.WriteLine($"error: {e.Message}");
                return ExitCodes.Usage;
            }

            using (reader == input ? null : reader)
            {
                return AnalyzeLines(reader, output, analyzer, parse.GetValue(language));
            }
        });
        return command;
    }

    /// <summary>One JSON line per input line; bad lines get an error line and do not stop the rest.</summary>
    private static int AnalyzeLines(TextReader reader, TextWriter output, SentimentAnalyzer analyzer, string? language)
    {
        var failed = false;
        var number = 0;
        while (reader.ReadLine() is { } line)
        {
            number++;
            SentimentLine result;
            if (string.IsNullOrWhiteSpace(line))
            {
                result = SentimentLine.Failed(number, "empty line");
            }
            else if (line.Contains('\uFFFD', StringComparison.Ordinal))
            {
                // The reader replaces bytes that are not UTF-8 with U+FFFD: the line cannot be read as written.
                result = SentimentLine.Failed(number, "unreadable line: not valid UTF-8");
            }
            else
            {
                result = SentimentLine.From(number, analyzer.Analyze(line, language));
            }

            failed |= result.Error is not null;
            output.WriteLine(JsonSerializer.Serialize(result, SentimentJsonContext.Default.SentimentLine));
        }

        return failed ? ExitCodes.InvalidData : ExitCodes.Ok;
    }

    private static string Signals(SentimentResult result) =>
        result.Signals == SentimentSignals.None ? "" : $" [{result.Signals.ToString().ToLowerInvariant()}]";
}
