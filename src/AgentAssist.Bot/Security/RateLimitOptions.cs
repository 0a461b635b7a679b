using System.ComponentModel.DataAnnotations;

namespace AgentAssist.Bot.Security;

/// <summary>
/// How many checks and suggestions one caller (the signed-in user, or the client address without sign-in) may ask for
/// per window (section <c>RateLimit</c>). Over it the answer is 429 with <c>Retry-After</c>.
/// </summary>
internal sealed class RateLimitOptions
{
    public const string SectionName = "RateLimit";

    /// <summary>Requests per window and caller; 0 turns the limit off.</summary>
    [Range(0, 1_000_000, ErrorMessage = "RateLimit:PermitLimit must be between 0 (off) and 1000000 requests per window.")]
    public int PermitLimit { get; set; } = 120;

    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "RateLimit:Window must be between 00:00:01 and 01:00:00.")]
    public TimeSpan Window { get; set; } = TimeSpan.FromMinutes(1);
}
