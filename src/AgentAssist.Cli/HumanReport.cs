using System.Globalization;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Serialization;
using AgentAssist.Core.Text;

namespace AgentAssist.Cli;

/// <summary>Writes a verdict for people: the outcome, then each finding with its line underlined.</summary>
internal static class HumanReport
{
    public static void Write(TextWriter output, Verdict verdict, string text)
    {
        var language = verdict.LanguageDetected ? $"{verdict.Language} (detected)" : verdict.Language;
        output.WriteLine($"{Label(verdict.Outcome)}  channel {verdict.Channel.Id} ({Kind(verdict.Channel.Kind)}), language {language}, packs {string.Join(", ", verdict.Packs)}");
        if (verdict.Findings.Count == 0)
        {
            output.WriteLine("No findings.");
            return;
        }

        foreach (var finding in verdict.Findings)
        {
            output.WriteLine();
            var (line, column) = Position(text, finding.Span.Start);
            output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{line}:{column}  {VerdictDocument.Name(finding.Severity)}  {finding.RuleId}  {finding.Message}"));
            Underline(output, text, finding.Span);
            if (finding.Reason is not null)
            {
                output.WriteLine($"    why: {finding.Reason}");
            }

            if (finding.Fix is { } fix)
            {
                output.WriteLine(fix.IsAutomatic && fix.Replacement is { Length: > 0 } replacement
                    ? $"    fix: {fix.Description} → \"{replacement}\""
                    : $"    fix: {fix.Description}");
            }
        }

        if (!string.Equals(verdict.CorrectedText, text, StringComparison.Ordinal))
        {
            output.WriteLine();
            output.WriteLine("With the automatic fixes:");
            output.WriteLine($"    {verdict.CorrectedText.ReplaceLineEndings(Environment.NewLine + "    ")}");
        }
    }

    private static string Label(Outcome outcome) => outcome switch
    {
        Outcome.Pass => "PASS",
        Outcome.Warn => "WARN",
        Outcome.NeedsApproval => "NEEDS APPROVAL",
        _ => "BLOCK",
    };

    private static string Kind(ChannelKind kind) => kind == ChannelKind.Public ? "public" : "private";

    /// <summary>1-based line and column, the column counted in text elements as a person counts characters.</summary>
    private static (int Line, int Column) Position(string text, int offset)
    {
        var lineStart = text.LastIndexOf('\n', Math.Max(0, offset - 1));
        lineStart = offset == 0 ? 0 : lineStart + 1;
        var line = 1 + text.AsSpan(0, lineStart).Count('\n');
        return (line, TextElements.Count(text[lineStart..offset]) + 1);
    }

    private static void Underline(TextWriter output, string text, TextSpan span)
    {
        var lineStart = span.Start == 0 ? 0 : text.LastIndexOf('\n', span.Start - 1) + 1;
        var lineEnd = text.IndexOf('\n', span.Start);
        if (lineEnd < 0)
        {
            lineEnd = text.Length;
        }

        var line = text[lineStart..lineEnd].TrimEnd('\r');
        var before = TextElements.Count(text[lineStart..span.Start]);
        var inside = Math.Max(1, TextElements.Count(text[span.Start..Math.Min(span.End, lineStart + line.Length)]));
        output.WriteLine($"    {line}");
        output.WriteLine($"    {new string(' ', before)}{new string('^', inside)}");
    }
}
