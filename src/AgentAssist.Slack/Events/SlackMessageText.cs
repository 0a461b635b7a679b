using System.Text.RegularExpressions;

namespace AgentAssist.Slack.Events;

/// <summary>
/// A message's text as the person typed it. Slack sends <c>&amp;</c>, <c>&lt;</c> and <c>&gt;</c> escaped and wraps
/// mentions and links in angle brackets (<c>&lt;@U123&gt;</c>, <c>&lt;#C1|general&gt;</c>,
/// <c>&lt;mailto:ana@example.com|ana@example.com&gt;</c>); a draft is checked as the customer would read it.
/// </summary>
public static partial class SlackMessageText
{
    /// <param name="dropLeadingMention">For <c>app_mention</c>: the first user mention is the bot's, and is not part of the draft.</param>
    public static string ToPlainText(string? text, bool dropLeadingMention = false)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var plain = dropLeadingMention ? LeadingMention().Replace(text, string.Empty, 1) : text;
        plain = Reference().Replace(plain, match =>
        {
            var target = match.Groups["target"].Value;
            var label = match.Groups["label"].Success ? match.Groups["label"].Value : null;
            return target[0] switch
            {
                '@' => label is null ? target : "@" + label,
                '#' => "#" + (label ?? target[1..]),
                '!' => "@" + (label ?? target[1..].Split('^')[0]),
                _ => label ?? (target.StartsWith("mailto:", StringComparison.OrdinalIgnoreCase) ? target[7..] : target),
            };
        });
        return plain.Replace("&lt;", "<", StringComparison.Ordinal).Replace("&gt;", ">", StringComparison.Ordinal).Replace("&amp;", "&", StringComparison.Ordinal).Trim();
    }

    [GeneratedRegex(@"^\s*<@[A-Z0-9]+(?:\|[^>]*)?>\s*")]
    private static partial Regex LeadingMention();

    [GeneratedRegex(@"<(?<target>[^<>|]+)(?:\|(?<label>[^<>]*))?>")]
    private static partial Regex Reference();
}
