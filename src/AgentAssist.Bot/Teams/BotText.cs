using System.Collections.Frozen;
using System.Globalization;
using AgentAssist.Core.Checking;

namespace AgentAssist.Bot.Teams;

/// <summary>
/// The Teams bot's words in English and Spanish: one place for every string a card shows, so the two
/// languages stay complete and alike. Rule messages are not here: the rule packs carry their own translations.
/// </summary>
internal sealed partial class BotText
{
    private static readonly Dictionary<BotTextKey, string> EnglishStrings = new()
    {
        [BotTextKey.CardFallback] = "AgentAssist sent a card this version of Teams can't show. Update Teams to see it.",
        [BotTextKey.WelcomeTitle] = "Hi, I'm AgentAssist",
        [BotTextKey.WelcomeBody] = "Before you post a reply to a customer, send it to me. I check it against your brand's guardrails (tone, wording, privacy, and promises only a supervisor can make) and give you a corrected version.",
        [BotTextKey.WelcomeHowTo] = "Paste the draft here as a message, or open the form to choose the channel and the language.",
        [BotTextKey.ActionOpenForm] = "Check a draft",
        [BotTextKey.ActionShowDetails] = "Example, channels and languages",
        [BotTextKey.HelpTitle] = "What I can do",
        [BotTextKey.HelpIntro] = "Send me any message and I check it as a reply on a public channel. To tell me more, start with a command:",
        [BotTextKey.HelpCommandHelp] = "help",
        [BotTextKey.HelpCommandHelpText] = "Shows this list.",
        [BotTextKey.HelpCommandForm] = "form",
        [BotTextKey.HelpCommandFormText] = "Opens a form to check a draft.",
        [BotTextKey.HelpCommandCheck] = "check [channel] [language] [@customer]: draft",
        [BotTextKey.HelpCommandCheckText] = "Checks the draft for that channel (public if you leave it out), in that language (detected if you leave it out), for that customer.",
        [BotTextKey.HelpCommandStatus] = "status",
        [BotTextKey.HelpCommandStatusText] = "Lists your replies waiting for a supervisor's approval and how long each has waited.",
        [BotTextKey.HelpExampleTitle] = "Example",
        [BotTextKey.HelpExample] = "check whatsapp en @sam_k: Hi Sam, your order is on its way.",
        [BotTextKey.HelpChannels] = "Channels",
        [BotTextKey.HelpLanguages] = "Languages",
        [BotTextKey.HelpLanguagesValue] = "en (English), es (Spanish)",
        [BotTextKey.UnknownCommand] = "I don't know that command.",
        [BotTextKey.FormTitle] = "Check a draft",
        [BotTextKey.FormDraftLabel] = "Draft reply",
        [BotTextKey.FormDraftPlaceholder] = "Paste or write the reply you want to send",
        [BotTextKey.DraftRequired] = "Write the draft you want to check.",
        [BotTextKey.FormChannelLabel] = "Channel",
        [BotTextKey.FormLanguageLabel] = "Language",
        [BotTextKey.FormCustomerLabel] = "Customer's handle (optional)",
        [BotTextKey.FormCustomerPlaceholder] = "@maria_g",
        [BotTextKey.LanguageAuto] = "Detect it",
        [BotTextKey.LanguageEnglish] = "English",
        [BotTextKey.LanguageSpanish] = "Spanish",
        [BotTextKey.LanguageDetected] = "{0} (detected)",
        [BotTextKey.ChannelGenericPublic] = "Public post (any network)",
        [BotTextKey.ChannelGenericPrivate] = "Private message (any channel)",
        [BotTextKey.ChannelKindPublic] = "public",
        [BotTextKey.ChannelKindPrivate] = "private",
        [BotTextKey.ChannelValue] = "{0}, {1}",
        [BotTextKey.ActionCheck] = "Check",
        [BotTextKey.OutcomePass] = "Ready to send",
        [BotTextKey.OutcomeWarn] = "Ready to send, with warnings",
        [BotTextKey.OutcomeNeedsApproval] = "Needs a supervisor's approval",
        [BotTextKey.OutcomeBlock] = "Do not send this reply",
        [BotTextKey.OutcomePassDetail] = "I found nothing to change.",
        [BotTextKey.OutcomeWarnDetail] = "It may go out, but look at the warnings first.",
        [BotTextKey.OutcomeNeedsApprovalDetail] = "It may go out only after a supervisor approves it.",
        [BotTextKey.OutcomeBlockDetail] = "Fix the problems below before you send it.",
        [BotTextKey.FactChannel] = "Channel",
        [BotTextKey.FactLanguage] = "Language",
        [BotTextKey.FactFindings] = "Findings",
        [BotTextKey.FactCustomer] = "Customer: ",
        [BotTextKey.CustomerContextMissing] = "No customer context was found for this handle, so the suggestion is not personalised.",
        [BotTextKey.YourDraft] = "Your draft",
        [BotTextKey.FindingsHeading] = "What to change",
        [BotTextKey.SeverityInfo] = "Tip",
        [BotTextKey.SeverityWarning] = "Warning",
        [BotTextKey.SeverityApproval] = "Needs approval",
        [BotTextKey.SeverityBlock] = "Blocks sending",
        [BotTextKey.FindingFound] = "Found: ",
        [BotTextKey.FindingWhy] = "Why: ",
        [BotTextKey.FindingFix] = "Fix: ",
        [BotTextKey.SpanMissing] = "(something is missing here)",
        [BotTextKey.SpanWholeDraft] = "(the whole draft)",
        [BotTextKey.AutoFixReplace] = "Automatic fix, replace it with: ",
        [BotTextKey.AutoFixInsert] = "Automatic fix, add: ",
        [BotTextKey.AutoFixRemove] = "Automatic fix: remove it.",
        [BotTextKey.MoreFindings] = "…and {0} more. Fix these and check again to see the rest.",
        [BotTextKey.CorrectedLabel] = "Corrected draft, with every automatic fix applied. Edit it and check again:",
        [BotTextKey.UnchangedLabel] = "Your draft. Edit it and check again:",
        [BotTextKey.ActionRecheck] = "Check again",
        [BotTextKey.SuggestionHeading] = "Suggested reply, already checked:",
        [BotTextKey.ActionUseSuggestion] = "Use suggestion",
        [BotTextKey.ActionRequestApproval] = "Send for approval",
        [BotTextKey.ActionNewDraft] = "Check another draft",
        [BotTextKey.ApprovalTitle] = "Approvals are not enabled yet",
        [BotTextKey.ApprovalBody] = "I can't send drafts for approval yet, so nothing was sent and no supervisor was asked. Ask your supervisor to approve this reply the way your team does today, or change it so that it no longer needs approval.",
        [BotTextKey.ActionBackToResult] = "Back to the result",
        [BotTextKey.EmptyTitle] = "I didn't get a draft",
        [BotTextKey.EmptyBody] = "Send me the reply you want checked as a text message, or open the form. Type help to see what I can do.",
        [BotTextKey.TooLongTitle] = "This draft is too long",
        [BotTextKey.TooLongBody] = "I check drafts of up to {0:N0} characters; this one has {1:N0}. Shorten it, or check it in parts.",
        [BotTextKey.UnknownChannelTitle] = "I don't know that channel",
        [BotTextKey.UnknownChannelBody] = "Use one of these channels: {0}.",
        [BotTextKey.InvalidOptionsTitle] = "I didn't understand the options",
        [BotTextKey.InvalidOptionsBody] = "Before the colon, name at most one channel, one language (en or es) and one @customer, for example: {0}",
        [BotTextKey.ExpiredCardTitle] = "I can't do that with this card",
        [BotTextKey.ExpiredCardBody] = "This card is out of date. Send me the draft again.",
        [BotTextKey.TeamsOnlyTitle] = "Please use Microsoft Teams",
        [BotTextKey.TeamsOnlyBody] = "Sorry, I check drafts and take approval decisions only in Microsoft Teams, signed in with your work account. Open AgentAssist in Teams and send me your draft there.",
    };

    private static readonly Dictionary<BotTextKey, string> SpanishStrings = new()
    {
        [BotTextKey.CardFallback] = "AgentAssist ha enviado una tarjeta que esta versión de Teams no puede mostrar. Actualiza Teams para verla.",
        [BotTextKey.WelcomeTitle] = "Hola, soy AgentAssist",
        [BotTextKey.WelcomeBody] = "Antes de publicar una respuesta a un cliente, envíamela. La reviso según las normas de tu marca (tono, palabras, privacidad y compromisos que solo puede asumir un supervisor) y te doy una versión corregida.",
        [BotTextKey.WelcomeHowTo] = "Pega aquí el borrador como mensaje, o abre el formulario para elegir el canal y el idioma.",
        [BotTextKey.ActionOpenForm] = "Revisar un borrador",
        [BotTextKey.ActionShowDetails] = "Ejemplo, canales e idiomas",
        [BotTextKey.HelpTitle] = "Qué puedo hacer",
        [BotTextKey.HelpIntro] = "Envíame cualquier mensaje y lo reviso como respuesta en un canal público. Para darme más datos, empieza con un comando:",
        [BotTextKey.HelpCommandHelp] = "ayuda",
        [BotTextKey.HelpCommandHelpText] = "Muestra esta lista.",
        [BotTextKey.HelpCommandForm] = "formulario",
        [BotTextKey.HelpCommandFormText] = "Abre un formulario para revisar un borrador.",
        [BotTextKey.HelpCommandCheck] = "revisar [canal] [idioma] [@cliente]: borrador",
        [BotTextKey.HelpCommandCheckText] = "Revisa el borrador para ese canal (público si no lo indicas), en ese idioma (lo detecto si no lo indicas), para ese cliente.",
        [BotTextKey.HelpCommandStatus] = "estado",
        [BotTextKey.HelpCommandStatusText] = "Muestra tus respuestas pendientes de la aprobación de un supervisor y cuánto lleva esperando cada una.",
        [BotTextKey.HelpExampleTitle] = "Ejemplo",
        [BotTextKey.HelpExample] = "revisar x es @maria_g: Hola, María, tu pedido ya está en camino.",
        [BotTextKey.HelpChannels] = "Canales",
        [BotTextKey.HelpLanguages] = "Idiomas",
        [BotTextKey.HelpLanguagesValue] = "en (inglés), es (español)",
        [BotTextKey.UnknownCommand] = "No conozco ese comando.",
        [BotTextKey.FormTitle] = "Revisar un borrador",
        [BotTextKey.FormDraftLabel] = "Borrador de respuesta",
        [BotTextKey.FormDraftPlaceholder] = "Pega o escribe la respuesta que quieres enviar",
        [BotTextKey.DraftRequired] = "Escribe el borrador que quieres revisar.",
        [BotTextKey.FormChannelLabel] = "Canal",
        [BotTextKey.FormLanguageLabel] = "Idioma",
        [BotTextKey.FormCustomerLabel] = "Usuario del cliente (opcional)",
        [BotTextKey.FormCustomerPlaceholder] = "@maria_g",
        [BotTextKey.LanguageAuto] = "Detectarlo",
        [BotTextKey.LanguageEnglish] = "Inglés",
        [BotTextKey.LanguageSpanish] = "Español",
        [BotTextKey.LanguageDetected] = "{0} (detectado)",
        [BotTextKey.ChannelGenericPublic] = "Publicación pública (cualquier red)",
        [BotTextKey.ChannelGenericPrivate] = "Mensaje privado (cualquier canal)",
        [BotTextKey.ChannelKindPublic] = "público",
        [BotTextKey.ChannelKindPrivate] = "privado",
        [BotTextKey.ChannelValue] = "{0}, {1}",
        [BotTextKey.ActionCheck] = "Revisar",
        [BotTextKey.OutcomePass] = "Lista para enviar",
        [BotTextKey.OutcomeWarn] = "Se puede enviar, con avisos",
        [BotTextKey.OutcomeNeedsApproval] = "Necesita la aprobación de un supervisor",
        [BotTextKey.OutcomeBlock] = "No envíes esta respuesta",
        [BotTextKey.OutcomePassDetail] = "No he encontrado nada que cambiar.",
        [BotTextKey.OutcomeWarnDetail] = "Puede salir, pero mira antes los avisos.",
        [BotTextKey.OutcomeNeedsApprovalDetail] = "Solo puede salir cuando la apruebe un supervisor.",
        [BotTextKey.OutcomeBlockDetail] = "Corrige los problemas de abajo antes de enviarla.",
        [BotTextKey.FactChannel] = "Canal",
        [BotTextKey.FactLanguage] = "Idioma",
        [BotTextKey.FactFindings] = "Observaciones",
        [BotTextKey.FactCustomer] = "Cliente: ",
        [BotTextKey.CustomerContextMissing] = "No hay datos de cliente para este usuario, así que la sugerencia no está personalizada.",
        [BotTextKey.YourDraft] = "Tu borrador",
        [BotTextKey.FindingsHeading] = "Qué cambiar",
        [BotTextKey.SeverityInfo] = "Sugerencia",
        [BotTextKey.SeverityWarning] = "Aviso",
        [BotTextKey.SeverityApproval] = "Requiere aprobación",
        [BotTextKey.SeverityBlock] = "Impide el envío",
        [BotTextKey.FindingFound] = "Encontrado: ",
        [BotTextKey.FindingWhy] = "Por qué: ",
        [BotTextKey.FindingFix] = "Cómo arreglarlo: ",
        [BotTextKey.SpanMissing] = "(aquí falta algo)",
        [BotTextKey.SpanWholeDraft] = "(todo el borrador)",
        [BotTextKey.AutoFixReplace] = "Corrección automática, cámbialo por: ",
        [BotTextKey.AutoFixInsert] = "Corrección automática, añade: ",
        [BotTextKey.AutoFixRemove] = "Corrección automática: quítalo.",
        [BotTextKey.MoreFindings] = "…y {0} más. Corrige estas y vuelve a revisar para ver el resto.",
        [BotTextKey.CorrectedLabel] = "Borrador corregido, con todas las correcciones automáticas aplicadas. Edítalo y vuelve a revisarlo:",
        [BotTextKey.UnchangedLabel] = "Tu borrador. Edítalo y vuelve a revisarlo:",
        [BotTextKey.ActionRecheck] = "Revisar de nuevo",
        [BotTextKey.SuggestionHeading] = "Respuesta sugerida, ya revisada:",
        [BotTextKey.ActionUseSuggestion] = "Usar sugerencia",
        [BotTextKey.ActionRequestApproval] = "Enviar para aprobación",
        [BotTextKey.ActionNewDraft] = "Revisar otro borrador",
        [BotTextKey.ApprovalTitle] = "Las aprobaciones aún no están activadas",
        [BotTextKey.ApprovalBody] = "Todavía no puedo enviar borradores para aprobación, así que no se ha enviado nada ni se ha avisado a ningún supervisor. Pide a tu supervisor que apruebe esta respuesta como lo hacéis hoy, o cámbiala para que ya no necesite aprobación.",
        [BotTextKey.ActionBackToResult] = "Volver al resultado",
        [BotTextKey.EmptyTitle] = "No me ha llegado ningún borrador",
        [BotTextKey.EmptyBody] = "Envíame como mensaje de texto la respuesta que quieres revisar, o abre el formulario. Escribe ayuda para ver qué puedo hacer.",
        [BotTextKey.TooLongTitle] = "Este borrador es demasiado largo",
        [BotTextKey.TooLongBody] = "Reviso borradores de hasta {0:N0} caracteres; este tiene {1:N0}. Acórtalo o revísalo por partes.",
        [BotTextKey.UnknownChannelTitle] = "No conozco ese canal",
        [BotTextKey.UnknownChannelBody] = "Usa uno de estos canales: {0}.",
        [BotTextKey.InvalidOptionsTitle] = "No he entendido las opciones",
        [BotTextKey.InvalidOptionsBody] = "Antes de los dos puntos, indica como mucho un canal, un idioma (en o es) y un @cliente, por ejemplo: {0}",
        [BotTextKey.ExpiredCardTitle] = "No puedo hacer eso con esta tarjeta",
        [BotTextKey.ExpiredCardBody] = "Esta tarjeta está desactualizada. Envíame de nuevo el borrador.",
        [BotTextKey.TeamsOnlyTitle] = "Usa Microsoft Teams, por favor",
        [BotTextKey.TeamsOnlyBody] = "Lo siento: reviso borradores y recojo decisiones de aprobación solo en Microsoft Teams, con tu cuenta de trabajo. Abre AgentAssist en Teams y envíame allí tu borrador.",
    };

    private readonly FrozenDictionary<BotTextKey, string> _strings;

    private BotText(string language, Dictionary<BotTextKey, string> strings)
    {
        var missing = Enum.GetValues<BotTextKey>().Where(key => !strings.ContainsKey(key)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"BotText '{language}' has no string for {string.Join(", ", missing)}.");
        }

        Language = language;
        Culture = CultureInfo.GetCultureInfo(language);
        _strings = strings.ToFrozenDictionary();
    }

    public static BotText English { get; } = new("en", EnglishStrings);

    public static BotText Spanish { get; } = new("es", SpanishStrings);

    /// <summary>The languages the bot speaks.</summary>
    public static IReadOnlyList<BotText> All { get; } = [English, Spanish];

    /// <summary><c>en</c> or <c>es</c>.</summary>
    public string Language { get; }

    public CultureInfo Culture { get; }

    public string this[BotTextKey key] => _strings[key];

    /// <summary>Spanish for <c>es</c> and <c>es-*</c>, English for anything else.</summary>
    public static BotText For(string? language) =>
        language is not null && (language.Equals("es", StringComparison.OrdinalIgnoreCase) || language.StartsWith("es-", StringComparison.OrdinalIgnoreCase))
            ? Spanish
            : English;

    public string Format(BotTextKey key, params object[] arguments) => string.Format(Culture, _strings[key], arguments);

    public string Outcome(Outcome outcome) => this[outcome switch
    {
        Core.Checking.Outcome.Pass => BotTextKey.OutcomePass,
        Core.Checking.Outcome.Warn => BotTextKey.OutcomeWarn,
        Core.Checking.Outcome.NeedsApproval => BotTextKey.OutcomeNeedsApproval,
        _ => BotTextKey.OutcomeBlock,
    }];

    public string OutcomeDetail(Outcome outcome) => this[outcome switch
    {
        Core.Checking.Outcome.Pass => BotTextKey.OutcomePassDetail,
        Core.Checking.Outcome.Warn => BotTextKey.OutcomeWarnDetail,
        Core.Checking.Outcome.NeedsApproval => BotTextKey.OutcomeNeedsApprovalDetail,
        _ => BotTextKey.OutcomeBlockDetail,
    }];

    public string Severity(Severity severity) => this[severity switch
    {
        Core.Checking.Severity.Info => BotTextKey.SeverityInfo,
        Core.Checking.Severity.Warning => BotTextKey.SeverityWarning,
        Core.Checking.Severity.Approval => BotTextKey.SeverityApproval,
        _ => BotTextKey.SeverityBlock,
    }];

    /// <summary>The name of a draft language (<c>en</c>, <c>es</c>); other codes as they are.</summary>
    public string LanguageName(string code) => code switch
    {
        "en" => this[BotTextKey.LanguageEnglish],
        "es" => this[BotTextKey.LanguageSpanish],
        _ => code,
    };

    /// <summary>A channel's name; the two generic channels in this language, the others as their pack names them.</summary>
    public string ChannelName(ChannelProfile channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        return channel.Id switch
        {
            "public" => this[BotTextKey.ChannelGenericPublic],
            "private" => this[BotTextKey.ChannelGenericPrivate],
            _ => channel.DisplayName,
        };
    }

    public string ChannelDescription(ChannelProfile channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var kind = this[channel.Kind == ChannelKind.Public ? BotTextKey.ChannelKindPublic : BotTextKey.ChannelKindPrivate];
        return channel.Id is "public" or "private" ? ChannelName(channel) : Format(BotTextKey.ChannelValue, ChannelName(channel), kind);
    }
}
