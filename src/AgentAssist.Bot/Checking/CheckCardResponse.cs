using System.Text.Json;
using AgentAssist.Core.Serialization;

namespace AgentAssist.Bot.Checking;

/// <summary>The answer of <c>POST /api/v1/check/card</c>.</summary>
/// <param name="Verdict">The verdict JSON, as <c>POST /api/v1/check</c> answers it.</param>
/// <param name="Card">The Adaptive Card the Teams bot sends for the same draft.</param>
public sealed record CheckCardResponse(VerdictDocument Verdict, JsonElement Card);
