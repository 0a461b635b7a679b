using System.Globalization;
using System.Text;
using AgentAssist.Core.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace AgentAssist.Bot.Audit;

/// <summary>The admin endpoint that exports the audit log for a time range as CSV or JSON.</summary>
internal static class AuditEndpoints
{
    /// <summary>The range exported when the caller gives none: the last seven days.</summary>
    public static readonly TimeSpan DefaultRange = TimeSpan.FromDays(7);

    public static IEndpointRouteBuilder MapAuditEndpoints(this IEndpointRouteBuilder app)
    {
        app.MapGroup("/api/v1/admin")
            .AddEndpointFilter<AdminKeyFilter>()
            .MapGet("/audit", Export)
            .WithName("ExportAuditLog")
            .WithSummary("Export the audit log for a time range as CSV or JSON.")
            .WithDescription(
                "Checks, approval requests, decisions, edits, rejections, withdrawals, reminders and escalations in "
                + "[from, to), oldest first. `from` and `to` are ISO 8601 times (default: the last 7 days); `format` is "
                + "`json` (default, an array) or `csv` (RFC 4180). Needs the admin key (setting Admin:ApiKey) in the "
                + $"{AdminOptions.KeyHeader} header. Draft text appears only within the retention period.")
            .Produces(StatusCodes.Status200OK, contentType: "application/json")
            .Produces(StatusCodes.Status200OK, contentType: "text/csv")
            .ProducesProblem(StatusCodes.Status400BadRequest)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status404NotFound);
        return app;
    }

    private static Results<PushStreamHttpResult, ProblemHttpResult> Export(string? from, string? to, string? format, IAuditLog audit, TimeProvider time, HttpContext context)
    {
        var aborted = context.RequestAborted;
        var until = to is null ? time.GetUtcNow() : ParseTime(to);
        if (until is null)
        {
            return BadRequest("'to' is not an ISO 8601 time: write it like 2026-01-31T00:00:00Z.");
        }

        var since = from is null ? until.Value - DefaultRange : ParseTime(from);
        if (since is null)
        {
            return BadRequest("'from' is not an ISO 8601 time: write it like 2026-01-01T00:00:00Z.");
        }

        if (since >= until)
        {
            return BadRequest("'from' must be before 'to'.");
        }

        var kind = (format ?? "json").Trim().ToLowerInvariant();
        var name = string.Create(CultureInfo.InvariantCulture, $"audit-{since.Value.UtcDateTime:yyyyMMddTHHmmssZ}-{until.Value.UtcDateTime:yyyyMMddTHHmmssZ}");
        return kind switch
        {
            "json" => TypedResults.Stream(
                stream => AuditJsonWriter.WriteAsync(audit.ReadAsync(since.Value, until.Value, aborted), stream, aborted),
                "application/json; charset=utf-8",
                name + ".json"),
            "csv" => TypedResults.Stream(
                async stream =>
                {
                    await using var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
                    await AuditCsvWriter.WriteAsync(audit.ReadAsync(since.Value, until.Value, aborted), writer, aborted);
                    await writer.FlushAsync(aborted);
                },
                "text/csv; charset=utf-8",
                name + ".csv"),
            _ => BadRequest($"'format' must be csv or json, not '{format}'."),
        };
    }

    private static DateTimeOffset? ParseTime(string value) =>
        DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time) ? time : null;

    private static ProblemHttpResult BadRequest(string detail) =>
        TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest, title: "Bad audit query", detail: detail);
}
