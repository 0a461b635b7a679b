using System.Globalization;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Suggestions;

/// <summary>
/// The default suggester: deterministic, no network. Takes the draft with every automatic fix applied, replaces the
/// agent's greeting with one that uses the customer's preferred name in the channel's register, acknowledges the most
/// relevant recent interaction, open order or case, and on public channels leaves out the sentences that hold personal
/// or confidential data and adds a sentence that moves the conversation to a private message. Optional parts are left
/// out, then whole sentences from the end, until the reply fits the channel. The result is re-checked and repaired or
/// withheld by <see cref="GuardedSuggester.Guard"/>, so it needs no other wrapper. All phrasing comes from
/// <see cref="OfflineTemplates"/>.
/// </summary>
public sealed class OfflineReplySuggester : IReplySuggester
{
    private readonly OfflineTemplates _templates;
    private readonly GuardrailEngine _engine;
    private readonly TimeProvider _time;

    public OfflineReplySuggester(OfflineTemplates templates, GuardrailEngine engine, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(time);
        _templates = templates;
        _engine = engine;
        _time = time;
    }

    public ValueTask<SuggestionResult> SuggestAsync(SuggestionRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        return ValueTask.FromResult(Suggest(request));
    }

    /// <summary>The synchronous form of <see cref="SuggestAsync"/>: everything it does is in memory.</summary>
    public SuggestionResult Suggest(SuggestionRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (draft, verdict, customer) = request;
        if (!_templates.TryGet(verdict.Language, out var templates))
        {
            return SuggestionResult.Withheld(SuggestionSources.Offline, $"There are no offline templates for language '{verdict.Language}'; templates exist for {string.Join(", ", _templates.Languages)}.");
        }

        var channel = verdict.Channel;
        var register = channel.Register;
        var isPublic = channel.Kind == ChannelKind.Public;
        var changes = new List<SuggestionChange>();

        var body = Body(draft.Text, verdict, templates, isPublic, changes);

        var name = PreferredName(customer?.Context ?? draft.Customer);
        var greetings = OfflineLanguageTemplates.ForRegister(templates.Greetings, register);
        var greeting = name is null ? greetings.Anonymous : greetings.Named.Replace("{name}", name, StringComparison.Ordinal);
        changes.Add(new SuggestionChange(SuggestionChangeKind.Greeting, name is null ? "Greeted the customer." : "Greeted the customer by their preferred name."));

        var acknowledgement = Acknowledgement(customer, templates, isPublic);
        if (acknowledgement is not null)
        {
            changes.Add(new SuggestionChange(SuggestionChangeKind.Acknowledgement, acknowledgement.Value.Note));
        }

        var handoff = isPublic ? OfflineLanguageTemplates.ForRegister(templates.Handoff, register) : null;
        if (handoff is not null)
        {
            changes.Add(new SuggestionChange(SuggestionChangeKind.HandOff, "Invited the customer to continue in a private message."));
        }

        var closing = OfflineLanguageTemplates.ForRegister(templates.Closing, register);
        if (closing.Length > 0)
        {
            changes.Add(new SuggestionChange(SuggestionChangeKind.Closing, "Added a closing line."));
        }

        var parts = new Parts(greeting, acknowledgement?.Text, Sentences.Split(body).Select(s => s.Slice(body)).ToList(), handoff, closing.Length > 0 ? closing : null, register);
        if (!Fit(parts, channel.MaxLength, isPublic, changes))
        {
            return SuggestionResult.Withheld(SuggestionSources.Offline, $"No suggestion fits the {channel.DisplayName} limit of {channel.MaxLength} characters without cutting a sentence.");
        }

        var text = parts.Compose();
        var suggestion = new Suggestion(text, SuggestionSources.Offline, templates.Language, verdict, changes);
        var recheck = draft with { Language = templates.Language, Customer = draft.Customer ?? customer?.Context };
        return GuardedSuggester.Guard(recheck, suggestion, _engine);
    }

    /// <summary>
    /// The draft with every automatic fix applied, without the agent's own greeting and any greeting a rule would
    /// insert, and on public channels without the sentences that hold personal or confidential data.
    /// </summary>
    private static string Body(string text, Verdict verdict, OfflineLanguageTemplates templates, bool isPublic, List<SuggestionChange> changes)
    {
        var edits = new List<Finding>();
        var firstWord = FirstLetter(text);
        foreach (var finding in verdict.Findings)
        {
            if (finding.Fix is not { IsAutomatic: true })
            {
                continue;
            }

            // The template's greeting replaces whatever greeting a rule would insert before the first word.
            if (finding.Span.IsEmpty && finding.Span.Start <= firstWord)
            {
                continue;
            }

            edits.Add(finding);
            if (!isPublic || finding.Category is not (FindingCategory.Privacy or FindingCategory.Confidential))
            {
                changes.Add(new SuggestionChange(SuggestionChangeKind.AutomaticFix, "Applied the rule's automatic fix.", finding.RuleId));
            }
        }

        if (OwnGreeting(text, templates) is { } greeting)
        {
            edits.Add(Removal(greeting, "Suggestion.Greeting"));
        }

        if (isPublic)
        {
            var personal = verdict.Findings.Where(static f => f.EntityType is not null || f.Category is FindingCategory.Privacy or FindingCategory.Confidential).ToList();
            foreach (var sentence in Sentences.Split(text))
            {
                if (personal.Find(f => f.Span.Overlaps(sentence)) is { } finding)
                {
                    edits.Add(Removal(sentence, finding.RuleId));
                    changes.Add(new SuggestionChange(SuggestionChangeKind.Redaction, $"Left out a sentence with {finding.EntityType ?? "confidential information"}; the hand-off moves it to a private message.", finding.RuleId));
                }
            }
        }

        return CorrectedText.Apply(text, edits).Trim();
    }

    /// <summary>
    /// Removes a span: a finding that outranks every rule's finding, so the removal wins where they overlap.
    /// The removal takes the white space after the span with it.
    /// </summary>
    private static Finding Removal(TextSpan span, string ruleId) =>
        new(ruleId, FindingCategory.Structure, (Severity)int.MaxValue, span, "Removed by the suggester.", Fix: new Fix("Removed.", string.Empty));

    /// <summary>
    /// The agent's greeting at the start of <paramref name="text"/> ("Hi Sam, ", "¡Hola, Lucía! "): a greeting word
    /// followed, within four words, by a comma, colon, full stop or exclamation mark, plus the white space after it.
    /// </summary>
    private static TextSpan? OwnGreeting(string text, OfflineLanguageTemplates templates)
    {
        var start = FirstLetter(text);
        if (start >= text.Length)
        {
            return null;
        }

        if (!templates.GreetingWords.Any(word => StartsWithWord(text, start, word)))
        {
            return null;
        }

        var words = 0;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (c is ',' or ':' or '!' or '.' or '\n')
            {
                var end = i + 1;
                while (end < text.Length && char.IsWhiteSpace(text[end]))
                {
                    end++;
                }

                return TextSpan.FromBounds(0, end);
            }

            if (char.IsWhiteSpace(c) && i > start && !char.IsWhiteSpace(text[i - 1]) && ++words >= 4)
            {
                return null;
            }
        }

        return null;
    }

    private static bool StartsWithWord(string text, int start, string word) =>
        string.Compare(text, start, word, 0, word.Length, StringComparison.OrdinalIgnoreCase) == 0
        && (start + word.Length == text.Length || !char.IsLetterOrDigit(text[start + word.Length]));

    private static int FirstLetter(string text)
    {
        var i = 0;
        while (i < text.Length && !char.IsLetterOrDigit(text[i]))
        {
            i++;
        }

        return i;
    }

    private static string? PreferredName(CustomerContext? customer)
    {
        if (customer is null)
        {
            return null;
        }

        if (!string.IsNullOrWhiteSpace(customer.PreferredName))
        {
            return customer.PreferredName.Trim();
        }

        var first = customer.FullName?.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries).FirstOrDefault();
        return string.IsNullOrEmpty(first) ? null : first;
    }

    /// <summary>
    /// One acknowledgement: the latest recent interaction that is not settled, else the newest open order, else the
    /// newest open case, else the latest recent settled interaction.
    /// </summary>
    private (string Text, string Note)? Acknowledgement(CustomerProfile? customer, OfflineLanguageTemplates templates, bool isPublic)
    {
        if (customer is null)
        {
            return null;
        }

        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var recent = customer.RecentInteractions
            .Select(i => (Interaction: i, Days: today.DayNumber - DateOnly.FromDateTime(i.At.UtcDateTime).DayNumber))
            .Where(i => i.Days >= 0 && i.Days <= templates.RecentDays)
            .OrderBy(static i => i.Days)
            .ThenByDescending(static i => i.Interaction.At)
            .ToList();
        var unsettled = recent.FirstOrDefault(static i => i.Interaction.Outcome != InteractionOutcome.Resolved);
        if (unsettled.Interaction is not null)
        {
            return (Interaction(unsettled.Interaction, unsettled.Days, templates), $"Acknowledged the latest {unsettled.Interaction.Channel.ToString().ToLowerInvariant()} contact, which is {unsettled.Interaction.Outcome.ToString().ToLowerInvariant()}.");
        }

        if (customer.OpenOrders.OrderByDescending(static o => o.PlacedOn).FirstOrDefault() is { } order)
        {
            var named = !isPublic && !string.IsNullOrWhiteSpace(order.Summary);
            var phrase = named ? templates.Order.Named.Replace("{summary}", order.Summary!.Trim(), StringComparison.Ordinal) : templates.Order.Generic;
            return (Sentence(templates.Orders[order.Status].Replace("{order}", phrase, StringComparison.Ordinal)), $"Acknowledged the open order, which is {order.Status.ToString().ToLowerInvariant()}.");
        }

        if (customer.OpenCases.OrderByDescending(static c => c.OpenedOn).FirstOrDefault() is { } openCase)
        {
            var phrase = isPublic ? templates.Case.Generic : templates.Case.Named.Replace("{subject}", Lower(openCase.Subject.Trim()), StringComparison.Ordinal);
            return (Sentence(templates.Cases.Replace("{case}", phrase, StringComparison.Ordinal)), "Acknowledged the open case.");
        }

        if (recent.Count > 0)
        {
            var latest = recent[0];
            return (Interaction(latest.Interaction, latest.Days, templates), $"Acknowledged the latest {latest.Interaction.Channel.ToString().ToLowerInvariant()} contact.");
        }

        return null;
    }

    private static string Interaction(CustomerInteraction interaction, int days, OfflineLanguageTemplates templates)
    {
        var when = days switch
        {
            0 => templates.When.Today,
            1 => templates.When.Yesterday,
            _ => templates.When.Days.Replace("{days}", days.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal),
        };
        return Sentence(templates.Interactions[(interaction.Channel, interaction.Outcome)].Replace("{when}", when, StringComparison.Ordinal));
    }

    /// <summary>A subject is a title ("Lamp flickers") but goes mid-sentence ("your case about lamp flickers").</summary>
    private static string Lower(string subject) => CorrectedText.LowerFirstWord(subject);

    /// <summary>Capitalises the first letter, after any opening marks (¡¿).</summary>
    private static string Sentence(string text)
    {
        var i = FirstLetter(text);
        return i < text.Length && char.IsLower(text[i]) ? string.Concat(text.AsSpan(0, i), char.ToUpperInvariant(text[i]).ToString(), text.AsSpan(i + 1)) : text;
    }

    /// <summary>
    /// Leaves parts out until the reply fits: the closing, then the acknowledgement, then (on public channels, where a
    /// greeting is not required) the greeting, then body sentences from the last. The hand-off and the first body
    /// sentence stay. Returns false when even that does not fit.
    /// </summary>
    private static bool Fit(Parts parts, int? maxLength, bool isPublic, List<SuggestionChange> changes)
    {
        if (maxLength is not { } max)
        {
            return true;
        }

        var shortened = false;
        while (TextElements.Count(parts.Compose()) > max)
        {
            shortened = true;
            if (parts.Closing is not null)
            {
                parts.Closing = null;
                changes.RemoveAll(static c => c.Kind == SuggestionChangeKind.Closing);
            }
            else if (parts.Acknowledgement is not null)
            {
                parts.Acknowledgement = null;
                changes.RemoveAll(static c => c.Kind == SuggestionChangeKind.Acknowledgement);
            }
            else if (isPublic && parts.Greeting is not null)
            {
                parts.Greeting = null;
                changes.RemoveAll(static c => c.Kind == SuggestionChangeKind.Greeting);
            }
            else if (parts.Body.Count > 1)
            {
                parts.Body.RemoveAt(parts.Body.Count - 1);
            }
            else
            {
                return false;
            }
        }

        if (shortened)
        {
            changes.Add(new SuggestionChange(SuggestionChangeKind.Shortened, $"Left out optional parts to stay within {max} characters."));
        }

        return true;
    }

    /// <summary>The pieces of a suggestion, in reading order.</summary>
    private sealed class Parts(string? greeting, string? acknowledgement, List<string> body, string? handoff, string? closing, string register)
    {
        public string? Greeting { get; set; } = greeting;

        public string? Acknowledgement { get; set; } = acknowledgement;

        public List<string> Body { get; } = body;

        public string? Closing { get; set; } = closing;

        /// <summary>
        /// Formal replies are letters (greeting, paragraph, closing on their own lines); elsewhere everything is one
        /// paragraph, and a greeting that ends in a comma runs into the next sentence.
        /// </summary>
        public string Compose()
        {
            var middle = new List<string>(Body.Count + 2);
            if (Acknowledgement is not null)
            {
                middle.Add(Acknowledgement);
            }

            for (var i = 0; i < Body.Count; i++)
            {
                middle.Add(i == 0 ? Sentence(Body[i]) : Body[i]);
            }

            if (handoff is not null)
            {
                middle.Add(handoff);
            }

            var paragraph = Sentences.Join(middle);
            var formal = register == "formal";
            var text = Greeting switch
            {
                null => paragraph,
                _ when paragraph.Length == 0 => Greeting,
                _ when formal => $"{Greeting}\n\n{paragraph}",
                _ when Greeting.EndsWith(':') => $"{Greeting}\n{paragraph}",
                _ when Greeting.EndsWith(',') => $"{Greeting} {CorrectedText.LowerFirstWord(paragraph)}",
                _ => $"{Greeting} {paragraph}",
            };
            return Closing is null ? text : formal ? $"{text}\n\n{Closing}" : $"{text} {Closing}";
        }
    }
}
