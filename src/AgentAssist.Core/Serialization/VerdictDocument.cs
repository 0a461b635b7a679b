using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Serialization;

/// <summary>
/// The documented JSON form of a verdict (see docs/verdict-json.md), shared by the CLI and the HTTP API.
/// Field names and enum spellings are a public contract: add fields, never rename them.
/// </summary>
public sealed record VerdictDocument(
    string Outcome,
    string Language,
    bool LanguageDetected,
    ChannelDocument Channel,
    IReadOnlyList<string> Packs,
    IReadOnlyList<FindingDocument> Findings,
    string CorrectedText)
{
    public static VerdictDocument From(Verdict verdict, string text)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(text);
        return new VerdictDocument(
            Name(verdict.Outcome),
            verdict.Language,
            verdict.LanguageDetected,
            new ChannelDocument(verdict.Channel.Id, verdict.Channel.Kind == ChannelKind.Public ? "public" : "private", verdict.Channel.MaxLength),
            verdict.Packs,
            verdict.Findings.Select(f => FindingDocument.From(f, text)).ToList(),
            verdict.CorrectedText);
    }

    public static string Name(Outcome outcome) => outcome switch
    {
        Checking.Outcome.Pass => "pass",
        Checking.Outcome.Warn => "warn",
        Checking.Outcome.NeedsApproval => "needsApproval",
        _ => "block",
    };

    public static string Name(Severity severity) => severity switch
    {
        Severity.Info => "info",
        Severity.Warning => "warning",
        Severity.Approval => "approval",
        _ => "block",
    };

    public static string Name(FindingCategory category) => category.ToString().ToLowerInvariant();
}

/// <summary>The channel a draft was checked for.</summary>
public sealed record ChannelDocument(string Id, string Kind, int? MaxLength);

/// <summary>One finding in JSON.</summary>
public sealed record FindingDocument(
    string RuleId,
    string Category,
    string Severity,
    string Message,
    string? Reason,
    SpanDocument Span,
    FixDocument? Fix,
    string? EntityType,
    double Score)
{
    public static FindingDocument From(Finding finding, string text)
    {
        ArgumentNullException.ThrowIfNull(finding);
        var (start, length) = finding.Span.ToCodePoints(text);
        return new FindingDocument(
            finding.RuleId,
            VerdictDocument.Name(finding.Category),
            VerdictDocument.Name(finding.Severity),
            finding.Message,
            finding.Reason,
            new SpanDocument(finding.Span.Start, finding.Span.Length, start, length, finding.Span.Slice(text)),
            finding.Fix is { } fix ? new FixDocument(fix.Description, fix.Replacement, fix.IsAutomatic) : null,
            finding.EntityType,
            Math.Round(finding.Score, 3));
    }
}

/// <summary>
/// Where a finding is: <c>start</c>/<c>length</c> in UTF-16 code units (JavaScript, .NET, Teams),
/// <c>codePointStart</c>/<c>codePointLength</c> in Unicode scalar values (Python, Rust), and the text it covers.
/// </summary>
public sealed record SpanDocument(int Start, int Length, int CodePointStart, int CodePointLength, string Text);

/// <summary>How to fix a finding; <c>automatic</c> fixes are applied in <c>correctedText</c>.</summary>
public sealed record FixDocument(string Description, string? Replacement, bool Automatic);
