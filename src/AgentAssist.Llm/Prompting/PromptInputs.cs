using System.Globalization;
using System.Text;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Packs;
using AgentAssist.Core.Privacy;

namespace AgentAssist.Llm.Prompting;

/// <summary>
/// The texts the suggest-reply template is filled with. Everything that comes from the draft or the customer goes
/// through <see cref="PersonalDataPlaceholders"/> first; what comes from the rule packs is the brand's own words.
/// </summary>
internal static class PromptInputs
{
    /// <summary>The template's input variables, by name; the template may use any of them and must use no other.</summary>
    public static readonly IReadOnlySet<string> Names = new HashSet<string>(StringComparer.Ordinal)
    {
        "brand", "brand_voice", "channel_rules", "language", "customer", "findings", "draft",
    };

    /// <summary>The rule packs in force for <paramref name="language"/>, one line each, as the brand team describes them.</summary>
    public static string BrandVoice(RuleSet rules, string language)
    {
        ArgumentNullException.ThrowIfNull(rules);
        var brief = new StringBuilder();
        foreach (var pack in rules.Packs)
        {
            if (pack.AppliesTo(language))
            {
                brief.Append("- ").Append(pack.Name);
                if (!string.IsNullOrWhiteSpace(pack.Description))
                {
                    brief.Append(": ").Append(OneLine(pack.Description));
                }

                brief.Append('\n');
            }
        }

        return brief.Length == 0 ? "- Plain, warm and direct." : brief.ToString().TrimEnd();
    }

    /// <summary>Who reads the channel, its register and its length limit.</summary>
    public static string ChannelRules(ChannelProfile channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var rules = new StringBuilder();
        rules.Append(CultureInfo.InvariantCulture, $"- {channel.DisplayName} ({channel.Id}): ");
        rules.Append(channel.Kind == ChannelKind.Public
            ? "a public post that anyone can read. Never put personal data in it; when the customer's details are needed, ask them to continue in a private message."
            : "a private message only the customer reads. Repeat only the personal data the customer already gave, and never full card numbers, passwords or national ids.");
        rules.Append(CultureInfo.InvariantCulture, $"\n- Register: {channel.Register}.");
        if (channel.MaxLength is { } limit)
        {
            rules.Append(CultureInfo.InvariantCulture, $"\n- At most {limit} characters, placeholders counted as the values they stand for.");
        }

        return rules.ToString();
    }

    /// <summary>The language's English name, which models follow more reliably than a code.</summary>
    public static string LanguageName(string language) => language switch
    {
        "en" => "English",
        "es" => "Spanish",
        _ => CultureInfo.GetCultureInfo(language).EnglishName,
    };

    /// <summary>What is known about the customer, personal values as placeholders; one fact a line.</summary>
    public static string Customer(CustomerProfile? profile, CustomerContext? context, PersonalDataPlaceholders placeholders)
    {
        ArgumentNullException.ThrowIfNull(placeholders);
        context ??= profile?.Context;
        if (context is null)
        {
            return "- Nothing is known about the customer.";
        }

        // Orders and cases first, so an order number the customer also shared is named as the order it is.
        foreach (var order in profile?.OpenOrders ?? [])
        {
            placeholders.Add("ORDER", order.Number);
        }

        foreach (var item in profile?.OpenCases ?? [])
        {
            placeholders.Add("CASE", item.Id);
        }

        var lines = new StringBuilder();
        if (!string.IsNullOrWhiteSpace(context.PreferredName))
        {
            lines.Append("- Preferred name: ").Append(placeholders.Add("PREFERRED_NAME", context.PreferredName)).Append('\n');
        }

        if (!string.IsNullOrWhiteSpace(context.FullName))
        {
            lines.Append("- Full name: ").Append(placeholders.Add("PERSON", context.FullName)).Append('\n');
        }

        if (context.Handle?.Trim().TrimStart('@') is { Length: > 0 } handle)
        {
            lines.Append("- Handle: @").Append(placeholders.Add("USER_HANDLE", handle)).Append('\n');
        }

        if (!string.IsNullOrWhiteSpace(context.Language))
        {
            lines.Append("- Prefers: ").Append(LanguageName(context.Language.Trim().ToLowerInvariant())).Append('\n');
        }

        foreach (var identifier in context.SharedIdentifiers)
        {
            if (!string.IsNullOrWhiteSpace(identifier))
            {
                lines.Append("- Already shared with us: ").Append(placeholders.Add(LabelOf(identifier, context), identifier)).Append('\n');
            }
        }

        if (profile is not null)
        {
            if (!string.IsNullOrWhiteSpace(profile.Tier))
            {
                lines.Append("- Tier: ").Append(placeholders.Mask(OneLine(profile.Tier))).Append('\n');
            }

            foreach (var order in profile.OpenOrders)
            {
                lines.Append(CultureInfo.InvariantCulture, $"- Open order {placeholders.Add("ORDER", order.Number)}: {order.Status.ToString().ToLowerInvariant()}, placed {order.PlacedOn:yyyy-MM-dd}");
                AppendSummary(lines, order.Summary, placeholders);
            }

            foreach (var item in profile.OpenCases)
            {
                lines.Append(CultureInfo.InvariantCulture, $"- Open case {placeholders.Add("CASE", item.Id)}: opened {item.OpenedOn:yyyy-MM-dd}");
                AppendSummary(lines, item.Subject, placeholders);
            }

            foreach (var interaction in profile.RecentInteractions)
            {
                lines.Append(CultureInfo.InvariantCulture, $"- Contact by {interaction.Channel.ToString().ToLowerInvariant()} on {interaction.At:yyyy-MM-dd}, {interaction.Outcome.ToString().ToLowerInvariant()}");
                AppendSummary(lines, interaction.Summary, placeholders);
            }
        }

        return lines.Length == 0 ? "- Nothing is known about the customer." : lines.ToString().TrimEnd();
    }

    /// <summary>The draft's findings, one a line, most severe first, with the rule's advice; personal values as placeholders.</summary>
    public static string Findings(Verdict verdict, string draftText, PersonalDataPlaceholders placeholders)
    {
        ArgumentNullException.ThrowIfNull(verdict);
        ArgumentNullException.ThrowIfNull(placeholders);
        var lines = new StringBuilder();
        foreach (var finding in verdict.Findings.OrderByDescending(f => f.Severity))
        {
            lines.Append(CultureInfo.InvariantCulture, $"- {finding.Severity.ToString().ToLowerInvariant()}, {finding.RuleId}");
            if (finding.Span.End <= draftText.Length && !finding.Span.IsEmpty)
            {
                var marked = OneLine(finding.Span.Slice(draftText));
                lines.Append(" at \"").Append(placeholders.Mask(marked, AsWhole(finding, marked.Length))).Append('"');
            }

            lines.Append(": ").Append(placeholders.Mask(OneLine(finding.Message)));
            // A privacy fix quotes the masked value, whose visible tail (****5678) is still a piece of the data.
            if (finding.Fix is { } fix && !IsAboutData(finding))
            {
                lines.Append(" Fix: ").Append(placeholders.Mask(OneLine(fix.Description)));
            }

            lines.Append('\n');
        }

        return lines.Length == 0 ? "- None." : lines.ToString().TrimEnd();
    }

    /// <summary>A privacy finding marks its whole span as one value, even where the recognizers alone would not.</summary>
    private static Finding[] AsWhole(Finding finding, int length) =>
        IsAboutData(finding) ? [finding with { Span = new Core.Text.TextSpan(0, length) }] : [];

    private static bool IsAboutData(Finding finding) =>
        finding.EntityType is not null || finding.Category is FindingCategory.Privacy or FindingCategory.Confidential;

    /// <summary>The entity type of an identifier the customer shared, when it is one whole entity; <c>SHARED</c> otherwise.</summary>
    private static string LabelOf(string identifier, CustomerContext context)
    {
        var trimmed = identifier.Trim();
        var matches = EntityAnalyzer.Default.Analyze(trimmed, context.Language ?? "en", context.Region);
        return matches is [{ } only] && only.Span.Length == trimmed.Length ? only.EntityType : "SHARED";
    }

    private static void AppendSummary(StringBuilder lines, string? summary, PersonalDataPlaceholders placeholders)
    {
        if (!string.IsNullOrWhiteSpace(summary))
        {
            lines.Append(": ").Append(placeholders.Mask(OneLine(summary)));
        }

        lines.Append('\n');
    }

    private static string OneLine(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
