using System.Collections.Frozen;
using AgentAssist.Bot.Teams;

namespace AgentAssist.Bot.Slack;

/// <summary>The Slack-only strings in the language of a <see cref="BotText"/>.</summary>
internal static class SlackText
{
    private static readonly FrozenDictionary<SlackTextKey, string> English = new Dictionary<SlackTextKey, string>
    {
        [SlackTextKey.ModalCancel] = "Cancel",
        [SlackTextKey.ActionEditAndCheck] = "Edit and check again",
        [SlackTextKey.SentToDirectMessage] = "I sent the result to our direct messages, so the draft stays between us.",
        [SlackTextKey.Working] = "Checking your draft…",
        [SlackTextKey.CustomerHint] = "Their handle on the channel, such as @maria_g. I use what I know about them to personalise the suggestion.",
        [SlackTextKey.ApprovalsNotEnabledInSlack] = "Supervisors can't approve replies from Slack yet, so nothing was sent and no supervisor was asked. Ask your supervisor to approve this reply the way your team does today.",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<SlackTextKey, string> Spanish = new Dictionary<SlackTextKey, string>
    {
        [SlackTextKey.ModalCancel] = "Cancelar",
        [SlackTextKey.ActionEditAndCheck] = "Editar y revisar de nuevo",
        [SlackTextKey.SentToDirectMessage] = "Te he enviado el resultado por mensaje directo, para que el borrador quede entre nosotros.",
        [SlackTextKey.Working] = "Revisando tu borrador…",
        [SlackTextKey.CustomerHint] = "Su usuario en el canal, como @maria_g. Uso lo que sé de esa persona para personalizar la sugerencia.",
        [SlackTextKey.ApprovalsNotEnabledInSlack] = "Los supervisores aún no pueden aprobar respuestas desde Slack, así que no se ha enviado nada ni se ha avisado a ningún supervisor. Pide a tu supervisor que apruebe esta respuesta como lo hacéis hoy.",
    }.ToFrozenDictionary();

    public static string Get(BotText text, SlackTextKey key)
    {
        ArgumentNullException.ThrowIfNull(text);
        return (text.Language == "es" ? Spanish : English)[key];
    }

    /// <summary>Both languages have every key (a test checks it).</summary>
    internal static IEnumerable<(string Language, SlackTextKey Key, bool Present)> Coverage() =>
        Enum.GetValues<SlackTextKey>().SelectMany(key => new[] { ("en", key, English.ContainsKey(key)), ("es", key, Spanish.ContainsKey(key)) });
}
