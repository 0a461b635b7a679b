using System.Globalization;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Suggestions;

/// <summary>
/// The default suggester: deterministic, no network. Builds the reply from the draft's own sentences: every automatic
/// fix applied; a flagged word taken out of its sentence, which is kept and mended; the agent's greeting, sign-off,
/// acknowledgement and hand-off recognised and replaced rather than doubled; on public channels the sentences with
/// personal or confidential data left out. Around them it puts a greeting with the customer's preferred name, one
/// acknowledgement of an order, case or contact that relates to the draft's topic (on public channels never the
/// customer's contact history), a hand-off to a private message only when the reply needs private data or an account
/// action, and a closing last — all in the draft's own form of address (tú or usted). Optional parts are left out until
/// the reply fits the channel; the draft's sentences never are. Feeding the suggestion back gives the same suggestion.
/// The result is re-checked and repaired or withheld by <see cref="GuardedSuggester.Guard"/>. All phrasing comes from
/// <see cref="OfflineTemplates"/>.
/// </summary>
public sealed class OfflineReplySuggester : IReplySuggester
{
    private readonly OfflineTemplates _templates;
    private readonly GuardrailEngine _engine;
    private readonly TimeProvider _time;
    private readonly Dictionary<string, SentenceRoles> _roles;

    public OfflineReplySuggester(OfflineTemplates templates, GuardrailEngine engine, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(templates);
        ArgumentNullException.ThrowIfNull(engine);
        ArgumentNullException.ThrowIfNull(time);
        _templates = templates;
        _engine = engine;
        _time = time;
        _roles = templates.Languages.ToDictionary(
            static l => l,
            l => new SentenceRoles(templates.TryGet(l, out var language) ? language : throw new InvalidOperationException(l)),
            StringComparer.Ordinal);
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

        var roles = _roles[templates.Language];
        var channel = verdict.Channel;
        var register = channel.Register;
        var isPublic = channel.Kind == ChannelKind.Public;
        var changes = new List<SuggestionChange>();
        var context = customer?.Context ?? draft.Customer;

        var read = Read(draft.Text, verdict, templates, roles, Names(context), isPublic, changes);
        if (read.Body.Count == 0)
        {
            return SuggestionResult.Withheld(SuggestionSources.Offline, "Nothing of the draft is left to suggest from once its greeting, sign-off and the parts the guardrails flag are taken out.");
        }

        var formal = Address.IsFormal(string.Join(' ', read.Body), templates.Reading);
        string Phrase(string phrase) => formal ? Address.Formal(phrase, templates.Reading.FormalAddressSwap) : phrase;

        var name = PreferredName(context);
        var greetings = OfflineLanguageTemplates.ForRegister(templates.Greetings, register);
        var greeting = name is null ? greetings.Anonymous : greetings.Named.Replace("{name}", name, StringComparison.Ordinal);
        changes.Add(new SuggestionChange(SuggestionChangeKind.Greeting, read.HadGreeting ? "Replaced the greeting with one in the channel's register." : name is null ? "Greeted the customer." : "Greeted the customer by their preferred name."));

        var acknowledgement = Acknowledgement(customer, templates, isPublic, read.Body);
        if (acknowledgement is not null)
        {
            changes.Add(new SuggestionChange(SuggestionChangeKind.Acknowledgement, acknowledgement.Value.Note));
        }

        var needsHandoff = isPublic && (read.DroppedPrivateData || read.HadHandoff || TopicWords.ContainsAny(string.Join(' ', read.Body), templates.Reading.PrivateTopicWords));
        var handoff = needsHandoff ? Phrase(OfflineLanguageTemplates.ForRegister(templates.Handoff, register)) : null;
        if (handoff is not null)
        {
            changes.Add(new SuggestionChange(SuggestionChangeKind.HandOff, "Invited the customer to continue in a private message: the reply needs private data or an account action."));
        }

        var closing = Phrase(OfflineLanguageTemplates.ForRegister(templates.Closing, register));
        if (closing.Length > 0)
        {
            changes.Add(new SuggestionChange(SuggestionChangeKind.Closing, read.HadSignOff ? "Put the closing last, in the channel's register." : "Added a closing line."));
        }

        var parts = new Parts(greeting, acknowledgement is { } a ? Phrase(a.Text) : null, read.Body, handoff, closing.Length > 0 ? closing : null, register);
        if (!Fit(parts, channel.MaxLength, isPublic, changes))
        {
            return SuggestionResult.Withheld(SuggestionSources.Offline, $"The draft's own sentences are longer than the {channel.DisplayName} limit of {channel.MaxLength} characters; shorten the draft.");
        }

        var text = parts.Compose();
        var suggestion = new Suggestion(text, SuggestionSources.Offline, templates.Language, verdict, changes);
        var recheck = draft with { Language = templates.Language, Customer = draft.Customer ?? customer?.Context };
        return GuardedSuggester.Guard(recheck, suggestion, _engine);
    }

    /// <summary>
    /// Entity types that only name a thing (an order), never tell anything about the customer. A handle is not one: it
    /// names the customer, often as a greeting without a comma ("hi @samwise your order…"), where its sentence goes.
    /// </summary>
    private static bool NamesOnly(string? entityType) => entityType is "ORDER_NUMBER";

    /// <summary>
    /// The draft read sentence by sentence: automatic fixes applied, flagged words taken out of their sentences, on
    /// public channels the sentences with personal or confidential data left out; then the greeting, template
    /// closing, sign-offs, acknowledgements and hand-offs set aside (the suggester writes its own), and what is left
    /// mended (a final mark, ¡…! ¿…? pairs, a capital) and without repeats.
    /// </summary>
    private static DraftParts Read(
        string text, Verdict verdict, OfflineLanguageTemplates templates, SentenceRoles roles, IReadOnlyList<string> names, bool isPublic, List<SuggestionChange> changes)
    {
        var edits = new List<Finding>();
        var firstWord = FirstLetter(text);
        var droppedPrivate = false;
        foreach (var finding in verdict.Findings)
        {
            if (finding.Fix is { IsAutomatic: true })
            {
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
            else if (SentenceRepair.IsRemovable(finding))
            {
                edits.Add(SentenceRepair.Removal(SentenceRepair.RemovalSpan(text, finding), finding.RuleId));
                changes.Add(new SuggestionChange(SuggestionChangeKind.Repaired, "Took the flagged wording out of its sentence and kept the sentence.", finding.RuleId));
            }
        }

        var greeting = roles.Greeting(text, names);
        if (greeting is { } own)
        {
            edits.Add(SentenceRepair.Removal(own, "Suggestion.Greeting"));
        }

        if (isPublic)
        {
            var personal = verdict.Findings.Where(static f => f.EntityType is not null || f.Category is FindingCategory.Privacy or FindingCategory.Confidential).ToList();
            foreach (var sentence in Sentences.Split(text))
            {
                // What the agent's own greeting holds ("Hola @maria_g,") goes with the greeting.
                var inSentence = personal.FindAll(f => f.Span.Overlaps(sentence) && !(greeting is { } g && g.Contains(f.Span)));
                if (inSentence.Count == 0)
                {
                    continue;
                }

                if (inSentence.TrueForAll(static f => NamesOnly(f.EntityType)))
                {
                    // An order number only names what the sentence is about ("tu pedido LM-2048 sale hoy"):
                    // the sentence reads whole without it, and nothing of it needs a private message.
                    foreach (var identifier in inSentence)
                    {
                        edits.Add(SentenceRepair.Removal(identifier.Span, identifier.RuleId));
                        changes.Add(new SuggestionChange(SuggestionChangeKind.Redaction, $"Took the {identifier.EntityType} out of its sentence and kept the sentence.", identifier.RuleId));
                    }

                    continue;
                }

                var finding = inSentence[0];
                edits.Add(SentenceRepair.Removal(sentence, finding.RuleId));
                droppedPrivate = true;
                changes.Add(new SuggestionChange(SuggestionChangeKind.Redaction, $"Left out a sentence with {finding.EntityType ?? "confidential information"}; the hand-off moves it to a private message.", finding.RuleId));
            }
        }

        var repaired = SentenceRepair.Tidy(CorrectedText.Apply(text, edits));
        var hadSignOff = false;
        if (roles.TemplateClosing(repaired) is { } closing)
        {
            repaired = repaired[..closing.Start].TrimEnd();
            hadSignOff = true;
        }

        var body = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var hadHandoff = false;
        var afterSignOff = false;
        foreach (var span in Sentences.Split(repaired))
        {
            var sentence = span.Slice(repaired);
            if (roles.IsSignOff(sentence) || (afterSignOff && IsSignature(sentence)))
            {
                hadSignOff = afterSignOff = true;
                continue;
            }

            afterSignOff = false;
            if (roles.IsAcknowledgement(sentence))
            {
                continue;
            }

            if (isPublic && roles.IsHandoff(sentence))
            {
                hadHandoff = true;
                continue;
            }

            if (SentenceRepair.Mend(sentence, templates.Language) is { } mended && seen.Add(Key(mended)))
            {
                body.Add(mended);
            }
        }

        return new DraftParts(body, greeting is not null, hadSignOff, hadHandoff, droppedPrivate);
    }

    /// <summary>A line of a signature after a sign-off ("The Lumora team", "Ana"): a few words and no final mark.</summary>
    private static bool IsSignature(string sentence) =>
        TopicWords.Words(sentence).Count <= 4 && sentence.TrimEnd()[^1] is not ('.' or '!' or '?' or '…');

    /// <summary>What makes two sentences the same sentence: their folded words.</summary>
    private static string Key(string sentence) => string.Join(' ', TopicWords.Words(sentence));

    /// <summary>The names a draft may open with as a vocative: preferred name, full name, first name, handle.</summary>
    private static List<string> Names(CustomerContext? customer)
    {
        var names = new List<string>();
        if (customer is null)
        {
            return names;
        }

        foreach (var name in new[] { customer.PreferredName, customer.FullName, customer.FullName?.Split(' ', StringSplitOptions.RemoveEmptyEntries).FirstOrDefault(), customer.Handle, customer.Handle?.TrimStart('@') })
        {
            if (!string.IsNullOrWhiteSpace(name))
            {
                names.Add(name.Trim());
            }
        }

        return names;
    }

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
    /// One acknowledgement, of something the draft is about: the latest recent contact that is not settled, else the
    /// newest open order, else the newest open case, else the latest recent settled contact. A contact relates when its
    /// summary shares a word with the draft; an order when the draft talks of orders or shares a word with its summary;
    /// a case when the draft shares a word with its subject. On public channels the customer's contact history (when,
    /// how, what about) is never mentioned: only an order or case, by its generic name. Nothing is acknowledged that
    /// the draft already says.
    /// </summary>
    private (string Text, string Note)? Acknowledgement(CustomerProfile? customer, OfflineLanguageTemplates templates, bool isPublic, IReadOnlyList<string> body)
    {
        if (customer is null)
        {
            return null;
        }

        var draft = string.Join(' ', body);
        var reading = templates.Reading;
        var topic = TopicWords.Stems(draft, reading.TopicStopWords);
        bool Relates(string? about) => TopicWords.Stems(about, reading.TopicStopWords).Overlaps(topic);

        var candidates = new List<(string Text, string Note)>();
        var today = DateOnly.FromDateTime(_time.GetUtcNow().UtcDateTime);
        var recent = isPublic
            ? []
            : customer.RecentInteractions
                .Select(i => (Interaction: i, Days: today.DayNumber - DateOnly.FromDateTime(i.At.UtcDateTime).DayNumber))
                .Where(i => i.Days >= 0 && i.Days <= templates.RecentDays && Relates(i.Interaction.Summary))
                .OrderBy(static i => i.Days)
                .ThenByDescending(static i => i.Interaction.At)
                .ToList();
        var unsettled = recent.FirstOrDefault(static i => i.Interaction.Outcome != InteractionOutcome.Resolved);
        if (unsettled.Interaction is not null)
        {
            candidates.Add((Interaction(unsettled.Interaction, unsettled.Days, templates), $"Acknowledged the latest {unsettled.Interaction.Channel.ToString().ToLowerInvariant()} contact about the same topic, which is {unsettled.Interaction.Outcome.ToString().ToLowerInvariant()}."));
        }

        if (customer.OpenOrders.OrderByDescending(static o => o.PlacedOn).FirstOrDefault() is { } order
            && (TopicWords.ContainsAny(draft, reading.OrderWords) || Relates(order.Summary)))
        {
            var named = !isPublic && !string.IsNullOrWhiteSpace(order.Summary);
            var phrase = named ? templates.Order.Named.Replace("{summary}", order.Summary!.Trim(), StringComparison.Ordinal) : templates.Order.Generic;
            candidates.Add((SentenceRepair.Capitalise(templates.Orders[order.Status].Replace("{order}", phrase, StringComparison.Ordinal)), $"Acknowledged the open order, which is {order.Status.ToString().ToLowerInvariant()}."));
        }

        if (customer.OpenCases.OrderByDescending(static c => c.OpenedOn).FirstOrDefault() is { } openCase && Relates(openCase.Subject))
        {
            var phrase = isPublic ? templates.Case.Generic : templates.Case.Named.Replace("{subject}", Lower(openCase.Subject.Trim()), StringComparison.Ordinal);
            candidates.Add((SentenceRepair.Capitalise(templates.Cases.Replace("{case}", phrase, StringComparison.Ordinal)), "Acknowledged the open case about the same topic."));
        }

        if (recent.Count > 0)
        {
            var latest = recent[0];
            candidates.Add((Interaction(latest.Interaction, latest.Days, templates), $"Acknowledged the latest {latest.Interaction.Channel.ToString().ToLowerInvariant()} contact about the same topic."));
        }

        // What the draft already says needs no acknowledgement: half the acknowledgement's words in the draft is saying it.
        foreach (var candidate in candidates)
        {
            var words = TopicWords.Stems(candidate.Text, reading.TopicStopWords);
            if (words.Count == 0 || words.Count(topic.Contains) * 2 < words.Count)
            {
                return candidate;
            }
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
        return SentenceRepair.Capitalise(templates.Interactions[(interaction.Channel, interaction.Outcome)].Replace("{when}", when, StringComparison.Ordinal));
    }

    /// <summary>A subject is a title ("Lamp flickers") but goes mid-sentence ("your case about lamp flickers").</summary>
    private static string Lower(string subject) => CorrectedText.LowerFirstWord(subject);

    /// <summary>
    /// Leaves optional parts out until the reply fits: the closing, then the acknowledgement, then (on public channels,
    /// where a greeting is not required) the greeting. The draft's own sentences and a hand-off are never left out, so
    /// the same draft always keeps the same parts. Returns false when even they do not fit.
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
    private sealed class Parts(string? greeting, string? acknowledgement, IReadOnlyList<string> body, string? handoff, string? closing, string register)
    {
        public string? Greeting { get; set; } = greeting;

        public string? Acknowledgement { get; set; } = acknowledgement;

        public IReadOnlyList<string> Body { get; } = body;

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
                middle.Add(Body[i]);
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
