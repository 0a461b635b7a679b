using System.Text.Json;
using AgentAssist.Bot.Audit;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Serialization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentAssist.Bot.Checking;

/// <summary>The HTTP API for clients other than the chat channels: a CRM side panel, a browser extension, the try-it page.</summary>
internal static partial class CheckEndpoints
{
    public static IEndpointRouteBuilder MapCheckEndpoints(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapPost("/check", CheckAsync)
            .WithName("CheckDraft")
            .WithSummary("Check a drafted reply against the guardrails.")
            .WithDescription("Returns the verdict: outcome, findings with spans, and the draft with automatic fixes applied. See docs/verdict-json.md.")
            .Accepts<CheckRequest>("application/json")
            .Produces<VerdictDocument>(StatusCodes.Status200OK, "application/json")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge);
        api.MapGet("/channels", ListChannels)
            .WithName("ListChannels")
            .WithSummary("The channels the rule packs in force know.");
        return app;
    }

    private static async Task<Results<ContentHttpResult, ProblemHttpResult>> CheckAsync(
        HttpRequest request,
        GuardrailEngine engine,
        CheckAuditor auditor,
        ILoggerFactory loggers,
        CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(CheckEndpoints));
        var read = await CheckRequestReader.ReadAsync(request, engine, cancellationToken);
        if (!read.IsValid)
        {
            return read.Problem;
        }

        var text = read.Draft.Text;
        var verdict = engine.Check(read.Draft);
        auditor.Record(verdict, "api", null, "api");
        if (logger.IsEnabled(LogLevel.Information))
        {
            var ruleIds = string.Join(",", verdict.Findings.Select(f => f.RuleId).Distinct());
            LogChecked(logger, verdict.Outcome, verdict.Channel.Id, verdict.Language, verdict.Findings.Count, ruleIds);
        }

        var json = JsonSerializer.Serialize(VerdictDocument.From(verdict, text), VerdictJsonContext.Default.VerdictDocument);
        return TypedResults.Content(json, "application/json; charset=utf-8");
    }

    private static ChannelListItem[] ListChannels(GuardrailEngine engine) =>
        engine.Rules.Channels
            .OrderBy(c => c.Kind)
            .ThenBy(c => c.Id, StringComparer.Ordinal)
            .Select(c => new ChannelListItem(c.Id, c.DisplayName, c.Kind == ChannelKind.Public ? "public" : "private", c.MaxLength))
            .ToArray();

    [LoggerMessage(Level = LogLevel.Information, Message = "Checked a draft: {Outcome} on {Channel} in {Language}, {FindingCount} findings ({RuleIds})")]
    private static partial void LogChecked(ILogger logger, Outcome outcome, string channel, string language, int findingCount, string ruleIds);
}
