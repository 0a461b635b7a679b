using System.Text.Json;
using AgentAssist.Core.Serialization;

namespace AgentAssist.Bot.Suggestions;

/// <summary>The body of a <c>POST /api/v1/suggest</c> answer, for the OpenAPI document (the endpoint writes it directly).</summary>
/// <param name="Verdict">The verdict on the draft, as <c>/api/v1/check</c> returns it.</param>
/// <param name="Customer">The customer profile found for the request's handle: id, handle, preferredName, language, tier.</param>
/// <param name="CustomerContext">status (notRequested, found, unknown, malformed, unavailable) and note: why a given handle gave no context.</param>
/// <param name="Suggestion">text, source, language, check (the verdict on the suggested text) and changes; null when withheld.</param>
/// <param name="Withheld">Why no suggestion is offered; null when one is.</param>
public sealed record SuggestResponse(VerdictDocument Verdict, JsonElement? Customer, JsonElement CustomerContext, JsonElement? Suggestion, string? Withheld);
