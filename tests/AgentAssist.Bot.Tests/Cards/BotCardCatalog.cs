using AgentAssist.Bot.Approvals;
using AgentAssist.Bot.Teams;
using AgentAssist.Bot.Tests.Fixtures;
using AgentAssist.BotFramework.Cards;
using AgentAssist.Core.Approvals;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Suggestions;
using AgentAssist.Core.Text;

namespace AgentAssist.Bot.Tests.Cards;

/// <summary>Every card the Teams bot can send, in both languages, with results for each outcome; and one card with every builder type.</summary>
internal static class BotCardCatalog
{
    /// <summary>A draft with emoji, a combining accent, a run of marks, an insertion, a removal and a match longer than an excerpt.</summary>
    public const string SyntheticDraft =
        "Hola Jose\u0301 😊😊🎉, sentimos el RETRASO!!! Te reembolsaremos 20 € hoy, escríbenos a maria@example.com. " +
        "Este párrafo es muy largo a propósito, para que el extracto del aviso se corte sin partir ningún emoji ni ningún acento, " +
        "ni siquiera los que van unidos 👩🏽‍💻👩🏽‍💻👩🏽‍💻👩🏽‍💻👩🏽‍💻👩🏽‍💻, y el resultado siga siendo válido.";

    private static readonly Lazy<IReadOnlyDictionary<string, AdaptiveCard>> Cards = new(Build);

    public static IReadOnlyDictionary<string, AdaptiveCard> All => Cards.Value;

    public static TheoryData<string> Names() => new(All.Keys.Order(StringComparer.Ordinal));

    private static Dictionary<string, AdaptiveCard> Build()
    {
        var engine = TestGuardrails.Engine;
        var channels = engine.Rules.Channels;
        var cards = new Dictionary<string, AdaptiveCard>(StringComparer.Ordinal);
        foreach (var text in BotText.All)
        {
            var l = text.Language;
            cards[$"welcome-{l}"] = WelcomeCardBuilder.Build(text, channels);
            cards[$"help-{l}"] = HelpCardBuilder.Build(text, channels);
            cards[$"help-unknown-command-{l}"] = HelpCardBuilder.Build(text, channels, unknownCommand: true);
            cards[$"form-{l}"] = DraftFormCardBuilder.Build(text, channels);
            cards[$"approval-not-enabled-{l}"] = ApprovalNotEnabledCardBuilder.Build(text, new DraftRequest("We will refund you today.", "x", "en", "@sam_k"));
            cards[$"approval-not-enabled-no-draft-{l}"] = ApprovalNotEnabledCardBuilder.Build(text, null);
            cards[$"notice-empty-{l}"] = NoticeCardBuilder.Build(text, BotTextKey.EmptyTitle, text[BotTextKey.EmptyBody]);
            cards[$"notice-too-long-{l}"] = NoticeCardBuilder.Build(text, BotTextKey.TooLongTitle, text.Format(BotTextKey.TooLongBody, AgentConversationHandler.MaxDraftLength, 5123));
            cards[$"notice-unknown-channel-{l}"] = NoticeCardBuilder.Build(text, BotTextKey.UnknownChannelTitle, text.Format(BotTextKey.UnknownChannelBody, "public, private, x"));
            cards[$"notice-invalid-options-{l}"] = NoticeCardBuilder.Build(text, BotTextKey.InvalidOptionsTitle, text.Format(BotTextKey.InvalidOptionsBody, text[BotTextKey.HelpExample]));
            cards[$"notice-expired-card-{l}"] = NoticeCardBuilder.Build(text, BotTextKey.ExpiredCardTitle, text[BotTextKey.ExpiredCardBody]);
            cards[$"result-synthetic-{l}"] = ResultCardBuilder.Build(SyntheticVerdict(engine), new DraftRequest(SyntheticDraft, "x", null, "@josé_ñ"), text);
            AddApprovalCards(cards, text);
        }

        AddResult(cards, "result-pass-en", new DraftRequest("Hi Sam, your order left our warehouse this morning and should reach you by Thursday.", "x"), BotText.English);
        AddResult(cards, "result-warn-en", new DraftRequest("Hi Sam, I have passed this to our L2 team."), BotText.English);
        AddResult(cards, "result-needs-approval-en", new DraftRequest("We are VERY sorry. We will refund the full amount today.", "x", "en"), BotText.English);
        AddResult(cards, "result-block-en", new DraftRequest("You should have read the instructions first!!! Kivo's chargers are worse, obviously.", "email", CustomerHandle: "@sam_k"), BotText.English);
        AddResult(cards, "result-needs-approval-es", new DraftRequest("Hola, sentimos mucho el retraso de tu pedido. Te reembolsaremos el importe completo hoy.", "whatsapp"), BotText.Spanish);
        AddResult(cards, "result-block-emoji-accents-es", new DraftRequest("¡¡Hola María!! 😊🎉🎉 Te reembolsaremos el importe. Deberías haber leído las instrucciones, obviamente.", "x", "es", "@maria_g"), BotText.Spanish);
        AddResult(cards, "result-longest-draft-en", new DraftRequest(LongestDraft(), "email"), BotText.English);
        AddResultWithSuggestion(cards, "result-suggestion-block-en", new DraftRequest("hi @samwise your order LM-30551277 left today!! Sorry for the wait 😊😊😊", "x", "en", "@samwise"), BotText.English);
        AddResultWithSuggestion(cards, "result-suggestion-warn-es", new DraftRequest("Tu pedido sale hoy y llegará el jueves.", "email", "es", "@maria_g"), BotText.Spanish);
        cards["builder-every-type"] = EveryBuilderType();
        return cards;
    }

    private static void AddApprovalCards(Dictionary<string, AdaptiveCard> cards, BotText text)
    {
        var l = text.Language;
        var view = ApprovalSamples.View(text);
        string[] supervisors = ["29:ana", "29:luis"];
        cards[$"approval-pending-{l}"] = ApprovalCardBuilder.Build(ApprovalSamples.Pending(), view, canDecide: true, supervisors);
        cards[$"approval-pending-read-only-{l}"] = ApprovalCardBuilder.Build(ApprovalSamples.Pending(), view, canDecide: false, supervisors);
        cards[$"approval-pending-personal-data-{l}"] = ApprovalCardBuilder.Build(ApprovalSamples.Pending(ApprovalSamples.PrivateDraft, "email"), view, canDecide: true, []);
        cards[$"approval-pending-suggestion-{l}"] = ApprovalCardBuilder.Build(ApprovalSamples.Pending(suggestion: "We're sorry. A supervisor will confirm your refund today."), view, canDecide: true, supervisors);
        cards[$"approval-reminder-{l}"] = ApprovalCardBuilder.Build(ApprovalSamples.Pending(), view, canDecide: true, supervisors, ApprovalNotice.Reminder);
        cards[$"approval-escalation-{l}"] = ApprovalCardBuilder.Build(ApprovalSamples.Pending(), view, canDecide: true, supervisors, ApprovalNotice.Escalation);
        cards[$"approval-pending-longest-draft-{l}"] = ApprovalCardBuilder.Build(ApprovalSamples.Pending(LongestDraft(), "email"), view, canDecide: true, supervisors);
        cards[$"agent-waiting-{l}"] = AgentApprovalCardBuilder.Build(ApprovalSamples.Pending(), view);
        cards[$"approval-status-{l}"] = ApprovalStatusCardBuilder.Build([ApprovalSamples.Pending(), ApprovalSamples.Pending(LongestDraft(), "email")], text, TimeZoneInfo.Utc, view.Now);
        cards[$"approval-status-none-{l}"] = ApprovalStatusCardBuilder.Build([], text, TimeZoneInfo.Utc, view.Now);
        var pass = new DraftRequest("Hi Sam, your order left our warehouse this morning and should reach you by Thursday.", "x");
        cards[$"result-pass-ask-supervisor-{l}"] = ResultCardBuilder.Build(TestGuardrails.Engine.Check(new Draft(pass.Text, pass.Channel)), pass, text, offerApproval: true);
        foreach (var state in new[] { ApprovalState.Approved, ApprovalState.EditedAndApproved, ApprovalState.Rejected, ApprovalState.Withdrawn })
        {
            cards[$"approval-{state}-{l}"] = ApprovalCardBuilder.Build(ApprovalSamples.Decided(state), view, canDecide: true, supervisors);
            cards[$"agent-{state}-{l}"] = AgentApprovalCardBuilder.Build(ApprovalSamples.Decided(state), view);
        }
    }

    private static void AddResult(Dictionary<string, AdaptiveCard> cards, string name, DraftRequest draft, BotText text)
    {
        var customer = draft.CustomerHandle is null ? null : new CustomerContext(Handle: draft.CustomerHandle);
        var verdict = TestGuardrails.Engine.Check(new Draft(draft.Text, draft.Channel, draft.Language, customer));
        cards[name] = ResultCardBuilder.Build(verdict, draft, text);
    }

    /// <summary>A result card with the offline suggester's reply and its "Use suggestion" button, as the bot sends it.</summary>
    private static void AddResultWithSuggestion(Dictionary<string, AdaptiveCard> cards, string name, DraftRequest draft, BotText text)
    {
        var checkedDraft = new Draft(draft.Text, draft.Channel, draft.Language, new CustomerContext(Handle: draft.CustomerHandle));
        var verdict = TestGuardrails.Engine.Check(checkedDraft);
        var suggestion = TestGuardrails.Suggester.Suggest(new SuggestionRequest(checkedDraft, verdict, null)).Suggestion
            ?? throw new InvalidOperationException($"No suggestion for the catalog card {name}.");
        cards[name] = ResultCardBuilder.Build(verdict, draft, text, suggestion);
    }

    /// <summary>A draft of exactly the longest length the bot checks, which needs approval, with accents and emoji.</summary>
    public static string LongestDraft()
    {
        const string opening = "Hi Sam, we will refund the full amount today. ";
        const string filler = "Thanks for your patience, José 😊. ";
        var text = opening + string.Concat(Enumerable.Repeat(filler, (AgentConversationHandler.MaxDraftLength - opening.Length) / filler.Length));
        return text + new string('.', AgentConversationHandler.MaxDraftLength - text.Length);
    }

    /// <summary>Twelve findings of every severity, on emoji, accents, insertions and removals.</summary>
    public static Verdict SyntheticVerdict(GuardrailEngine engine)
    {
        var draft = SyntheticDraft;
        TextSpan At(string part) => new(draft.IndexOf(part, StringComparison.Ordinal), part.Length);
        var x = engine.Rules.TryGetChannel("x", out var channel) ? channel : throw new InvalidOperationException("No channel x.");
        var findings = new List<Finding>
        {
            new("BrandEs.Saludo", FindingCategory.Structure, Severity.Warning, new TextSpan(0, 0), "Los mensajes privados empiezan con un saludo.", "Una respuesta sin saludo suena fría.", new Fix("Empieza con un saludo.", "Hola, ")),
            new("Test.Accent", FindingCategory.Wording, Severity.Info, At("Jose\u0301"), "'Jose\u0301' lleva un acento combinado.", null, new Fix("Usa la letra acentuada.", "José")),
            new("Brand.Emoji", FindingCategory.Tone, Severity.Warning, At("😊😊🎉"), "Demasiados emoji para este canal.", "Un par de emoji dan calidez.", new Fix("Quita los emoji de más.", "😊")),
            new("Brand.Shouting", FindingCategory.Tone, Severity.Warning, At("RETRASO"), "'RETRASO' está en mayúsculas.", "Las mayúsculas se leen como enfado.", new Fix("Escríbelo en minúsculas.", "retraso")),
            new("Brand.Exclamations", FindingCategory.Tone, Severity.Warning, At("!!!"), "'!!!' repite signos.", null, new Fix("Deja un solo signo.", "!")),
            new("BrandEs.Reembolsos", FindingCategory.Approval, Severity.Approval, At("Te reembolsaremos"), "'Te reembolsaremos' promete devolver dinero.", "Compromete a Lumora.", new Fix("Envía la respuesta para aprobación.")),
            new("Test.Currency", FindingCategory.Wording, Severity.Info, At(" €"), "Sin espacio antes de €.", null, new Fix("Quita el espacio.", string.Empty)),
            new("Privacy.EmailAddress", FindingCategory.Privacy, Severity.Approval, At("maria@example.com"), "Una dirección de correo en un canal público.", "Cualquiera puede leerla.", new Fix("Pide que te escriba por privado.")) { EntityType = "EMAIL_ADDRESS" },
            new("Test.LongSpan", FindingCategory.Structure, Severity.Info, At(draft[draft.IndexOf("Este", StringComparison.Ordinal)..]), "Párrafo largo.", null, null),
            new("Brand.Length", FindingCategory.Length, Severity.Approval, new TextSpan(0, draft.Length), "El mensaje es largo.", "La red lo corta.", new Fix("Acórtalo.")),
            new("Test.Emoji", FindingCategory.Tone, Severity.Info, At("👩🏽‍💻👩🏽‍💻"), "Emoji con tono de piel y unión.", null, new Fix("Quítalos.", string.Empty)),
            new("Test.Extra", FindingCategory.Wording, Severity.Info, At("válido"), "Duodécimo aviso, para pasar del límite que se muestra.", null, null),
        };
        findings.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return new Verdict(Verdict.Combine(findings), "es", true, x, findings, CorrectedText.Apply(draft, findings));
    }

    /// <summary>A card that uses every element, action, enum and width the builder has, to check the builder itself.</summary>
    private static AdaptiveCard EveryBuilderType() => new(
        [
            new TextBlock("Every type")
            {
                Id = "title", Color = TextColor.Accent, Size = TextSize.ExtraLarge, Weight = TextWeight.Lighter, IsSubtle = false, Wrap = true, MaxLines = 2,
                HorizontalAlignment = HorizontalAlignment.Center, Style = TextBlockStyle.Heading, Spacing = Spacing.Padding, Separator = true, IsVisible = true,
            },
            new RichTextBlock(
            [
                new TextRun("plain "),
                new TextRun("all options") { Color = TextColor.Dark, Size = TextSize.Small, Weight = TextWeight.Default, IsSubtle = true, Highlight = true, Italic = true, Strikethrough = true, Underline = true },
            ])
            {
                HorizontalAlignment = HorizontalAlignment.Right,
            },
            new Container([new TextBlock("In a container") { Color = TextColor.Light }]) { Style = ContainerStyle.Emphasis, Bleed = true, Spacing = Spacing.None },
            new ColumnSet(
            [
                new Column([new TextBlock("auto")]) { Id = "c1", Width = ColumnWidth.Auto, Style = ContainerStyle.Good, VerticalContentAlignment = VerticalAlignment.Top },
                new Column([new TextBlock("stretch")]) { Width = ColumnWidth.Stretch, Spacing = Spacing.Small, Separator = true, VerticalContentAlignment = VerticalAlignment.Center },
                new Column([new TextBlock("2")]) { Width = ColumnWidth.Relative(2), Style = ContainerStyle.Attention, VerticalContentAlignment = VerticalAlignment.Bottom },
                new Column([new TextBlock("40px")]) { Width = ColumnWidth.Pixels(40), Style = ContainerStyle.Warning },
            ])
            {
                Style = ContainerStyle.Accent,
                HorizontalAlignment = HorizontalAlignment.Left,
                Spacing = Spacing.ExtraLarge,
            },
            new FactSet([new Fact("Fact", "Value")]) { Spacing = Spacing.Large },
            new TextInput("name") { Label = "Name", Placeholder = "Your name", Value = "Ana", MaxLength = 50, IsRequired = true, ErrorMessage = "Say your name.", Regex = "^[A-Za-z ]+$" },
            new ChoiceSetInput("pick", [new Choice("One", "1"), new Choice("Two", "2")]) { Label = "Pick", Value = "1", Style = ChoiceInputStyle.Expanded, Placeholder = "Pick one" },
            new ChoiceSetInput("filter", [new Choice("Three", "3")]) { Label = "Filter", Style = ChoiceInputStyle.Filtered, IsRequired = true, ErrorMessage = "Pick one." },
            new ActionSet(
            [
                new SubmitAction("Submit") { Data = new { verb = "submit" }, AssociatedInputs = AssociatedInputs.Auto, Style = ActionStyle.Positive, Tooltip = "Sends it" },
                new ExecuteAction("Execute", "doIt") { Id = "execute", Data = new { a = "b" }, AssociatedInputs = AssociatedInputs.None, Style = ActionStyle.Destructive },
            ]),
        ])
    {
        Actions =
        [
            new ShowCardAction("More", new AdaptiveCard([new TextBlock("Shown")]) { Schema = null, Version = null, Actions = [new ExecuteAction("Inner", "inner") { Style = ActionStyle.Default }] }),
        ],
        Refresh = new CardRefresh(new ExecuteAction("Refresh", "refresh") { Data = new { request = "r1" }, AssociatedInputs = AssociatedInputs.None }) { UserIds = ["29:ana"] },
        Lang = "en",
        FallbackText = "Every type",
    };
}
