using System.Collections.Frozen;
using AgentAssist.Bot.Approvals;
using AgentAssist.Core.Approvals;

namespace AgentAssist.Bot.Teams;

/// <summary>The words of supervisor approvals: the approval card, the agent's waiting and decided cards, reminders.</summary>
internal sealed partial class BotText
{
    private static readonly FrozenDictionary<ApprovalTextKey, string> ApprovalEnglish = new Dictionary<ApprovalTextKey, string>
    {
        [ApprovalTextKey.CardTitle] = "Approval needed",
        [ApprovalTextKey.CardIntro] = "{0} wants to send this reply to a customer. It may go out only after a supervisor approves it.",
        [ApprovalTextKey.FactAgent] = "Agent",
        [ApprovalTextKey.FactChannel] = "Channel",
        [ApprovalTextKey.FactCustomer] = "Customer",
        [ApprovalTextKey.FactRequested] = "Asked at",
        [ApprovalTextKey.FactDue] = "Due by",
        [ApprovalTextKey.FactWaiting] = "Waiting for",
        [ApprovalTextKey.FactUrgency] = "Urgency",
        [ApprovalTextKey.FactRules] = "Rules",
        [ApprovalTextKey.DraftHeading] = "Draft",
        [ApprovalTextKey.RedactedNote] = "Personal data in the draft is hidden on this card.",
        [ApprovalTextKey.FindingsHeading] = "Why it needs approval",
        [ApprovalTextKey.MoreFindings] = "…and {0} more.",
        [ApprovalTextKey.SuggestionHeading] = "Suggested rewrite",
        [ApprovalTextKey.ActionApprove] = "Approve",
        [ApprovalTextKey.ActionEditApprove] = "Edit and approve",
        [ApprovalTextKey.ActionReject] = "Reject",
        [ApprovalTextKey.EditLabel] = "Text to approve. I check it again before it is accepted:",
        [ApprovalTextKey.EditRequired] = "Write the text you approve.",
        [ApprovalTextKey.ActionConfirmEdit] = "Approve this text",
        [ApprovalTextKey.ReasonLabel] = "Why do you reject it? The agent sees this:",
        [ApprovalTextKey.ReasonRequired] = "Write why you reject it.",
        [ApprovalTextKey.ActionConfirmReject] = "Reject with this reason",
        [ApprovalTextKey.ReadOnlyNote] = "Only the team's supervisors can decide.",
        [ApprovalTextKey.ApprovedBy] = "Approved by {0} at {1}",
        [ApprovalTextKey.EditedBy] = "Edited and approved by {0} at {1}",
        [ApprovalTextKey.RejectedBy] = "Rejected by {0} at {1}",
        [ApprovalTextKey.WithdrawnBy] = "Withdrawn by {0} at {1}",
        [ApprovalTextKey.FinalTextHeading] = "Final text, ready to copy",
        [ApprovalTextKey.ReasonHeading] = "Reason: ",
        [ApprovalTextKey.WaitingTitle] = "Waiting for approval",
        [ApprovalTextKey.WaitingBody] = "I sent your draft to the supervisors of {0}. Their decision and the final text will appear here.",
        [ApprovalTextKey.ActionWithdraw] = "Withdraw",
        [ApprovalTextKey.ActionRefresh] = "Refresh",
        [ApprovalTextKey.NotSupervisorTitle] = "You can't decide this request",
        [ApprovalTextKey.NotSupervisorBody] = "Only the supervisors of {0} can approve or reject it.",
        [ApprovalTextKey.OwnRequestTitle] = "You can't approve your own reply",
        [ApprovalTextKey.OwnRequestBody] = "Another supervisor of your team has to decide on it.",
        [ApprovalTextKey.EditBlockedTitle] = "I can't accept the edited text",
        [ApprovalTextKey.EditBlockedBody] = "It still breaks a rule that blocks sending ({0}). Change it and approve it again.",
        [ApprovalTextKey.ReasonMissingTitle] = "Say why you reject it",
        [ApprovalTextKey.ReasonMissingBody] = "A rejection needs a reason, so that the agent knows what to change.",
        [ApprovalTextKey.NotFoundTitle] = "I can't find this request",
        [ApprovalTextKey.NotFoundBody] = "It no longer exists. Ask the agent to send the draft again.",
        [ApprovalTextKey.NotYoursTitle] = "This request isn't yours",
        [ApprovalTextKey.NotYoursBody] = "Only the agent who asked can withdraw it.",
        [ApprovalTextKey.ReminderTitle] = "Reminder: an approval is due soon",
        [ApprovalTextKey.ReminderBody] = "{0}'s reply has been waiting for {1} and is due by {2}.",
        [ApprovalTextKey.EscalationTitle] = "Escalated: an approval is overdue",
        [ApprovalTextKey.EscalationBody] = "{0}'s reply was due by {1} and nobody has decided on it. Decide here, or reach the supervisors of {2}.",
        [ApprovalTextKey.StatusTitle] = "Your approval requests",
        [ApprovalTextKey.StatusNone] = "Nothing of yours is waiting for approval.",
        [ApprovalTextKey.StatusLine] = "Waiting for {0}, due by {1}",
        [ApprovalTextKey.NoTeamTitle] = "You're not in an approval team",
        [ApprovalTextKey.NoTeamBody] = "I don't know which supervisors to ask. Ask your administrator to add you to a team in the Approvals settings.",
        [ApprovalTextKey.UrgencyLow] = "Low (the agent asked)",
        [ApprovalTextKey.UrgencyNormal] = "Normal",
        [ApprovalTextKey.UrgencyHigh] = "High",
        [ApprovalTextKey.DurationMinutes] = "{0} min",
        [ApprovalTextKey.DurationHours] = "{0} h {1} min",
        [ApprovalTextKey.DurationDays] = "{0} d {1} h",
        [ApprovalTextKey.TimeUtc] = "{0} UTC",
        [ApprovalTextKey.ActionAskSupervisor] = "Ask a supervisor",
    }.ToFrozenDictionary();

    private static readonly FrozenDictionary<ApprovalTextKey, string> ApprovalSpanish = new Dictionary<ApprovalTextKey, string>
    {
        [ApprovalTextKey.CardTitle] = "Se necesita tu aprobación",
        [ApprovalTextKey.CardIntro] = "{0} quiere enviar esta respuesta a un cliente. Solo puede salir cuando la apruebe un supervisor.",
        [ApprovalTextKey.FactAgent] = "Agente",
        [ApprovalTextKey.FactChannel] = "Canal",
        [ApprovalTextKey.FactCustomer] = "Cliente",
        [ApprovalTextKey.FactRequested] = "Pedida a las",
        [ApprovalTextKey.FactDue] = "Plazo",
        [ApprovalTextKey.FactWaiting] = "En espera desde hace",
        [ApprovalTextKey.FactUrgency] = "Urgencia",
        [ApprovalTextKey.FactRules] = "Normas",
        [ApprovalTextKey.DraftHeading] = "Borrador",
        [ApprovalTextKey.RedactedNote] = "Los datos personales del borrador están ocultos en esta tarjeta.",
        [ApprovalTextKey.FindingsHeading] = "Por qué necesita aprobación",
        [ApprovalTextKey.MoreFindings] = "…y {0} más.",
        [ApprovalTextKey.SuggestionHeading] = "Reescritura sugerida",
        [ApprovalTextKey.ActionApprove] = "Aprobar",
        [ApprovalTextKey.ActionEditApprove] = "Editar y aprobar",
        [ApprovalTextKey.ActionReject] = "Rechazar",
        [ApprovalTextKey.EditLabel] = "Texto que apruebas. Lo reviso de nuevo antes de aceptarlo:",
        [ApprovalTextKey.EditRequired] = "Escribe el texto que apruebas.",
        [ApprovalTextKey.ActionConfirmEdit] = "Aprobar este texto",
        [ApprovalTextKey.ReasonLabel] = "¿Por qué la rechazas? El agente lo verá:",
        [ApprovalTextKey.ReasonRequired] = "Escribe por qué la rechazas.",
        [ApprovalTextKey.ActionConfirmReject] = "Rechazar con este motivo",
        [ApprovalTextKey.ReadOnlyNote] = "Solo los supervisores del equipo pueden decidir.",
        [ApprovalTextKey.ApprovedBy] = "Aprobada por {0} a las {1}",
        [ApprovalTextKey.EditedBy] = "Editada y aprobada por {0} a las {1}",
        [ApprovalTextKey.RejectedBy] = "Rechazada por {0} a las {1}",
        [ApprovalTextKey.WithdrawnBy] = "Retirada por {0} a las {1}",
        [ApprovalTextKey.FinalTextHeading] = "Texto final, listo para copiar",
        [ApprovalTextKey.ReasonHeading] = "Motivo: ",
        [ApprovalTextKey.WaitingTitle] = "Esperando aprobación",
        [ApprovalTextKey.WaitingBody] = "He enviado tu borrador a los supervisores de {0}. Su decisión y el texto final aparecerán aquí.",
        [ApprovalTextKey.ActionWithdraw] = "Retirar",
        [ApprovalTextKey.ActionRefresh] = "Actualizar",
        [ApprovalTextKey.NotSupervisorTitle] = "No puedes decidir esta solicitud",
        [ApprovalTextKey.NotSupervisorBody] = "Solo los supervisores de {0} pueden aprobarla o rechazarla.",
        [ApprovalTextKey.OwnRequestTitle] = "No puedes aprobar tu propia respuesta",
        [ApprovalTextKey.OwnRequestBody] = "Tiene que decidirla otro supervisor de tu equipo.",
        [ApprovalTextKey.EditBlockedTitle] = "No puedo aceptar el texto editado",
        [ApprovalTextKey.EditBlockedBody] = "Sigue incumpliendo una norma que impide enviarlo ({0}). Cámbialo y vuelve a aprobarlo.",
        [ApprovalTextKey.ReasonMissingTitle] = "Indica por qué la rechazas",
        [ApprovalTextKey.ReasonMissingBody] = "Un rechazo necesita un motivo, para que el agente sepa qué cambiar.",
        [ApprovalTextKey.NotFoundTitle] = "No encuentro esta solicitud",
        [ApprovalTextKey.NotFoundBody] = "Ya no existe. Pide al agente que vuelva a enviar el borrador.",
        [ApprovalTextKey.NotYoursTitle] = "Esta solicitud no es tuya",
        [ApprovalTextKey.NotYoursBody] = "Solo puede retirarla el agente que la pidió.",
        [ApprovalTextKey.ReminderTitle] = "Recordatorio: una aprobación vence pronto",
        [ApprovalTextKey.ReminderBody] = "La respuesta de {0} lleva {1} esperando y vence a las {2}.",
        [ApprovalTextKey.EscalationTitle] = "Escalada: una aprobación ha vencido",
        [ApprovalTextKey.EscalationBody] = "La respuesta de {0} vencía a las {1} y nadie la ha decidido. Decide aquí o contacta con los supervisores de {2}.",
        [ApprovalTextKey.StatusTitle] = "Tus solicitudes de aprobación",
        [ApprovalTextKey.StatusNone] = "No tienes nada esperando aprobación.",
        [ApprovalTextKey.StatusLine] = "En espera desde hace {0}, vence a las {1}",
        [ApprovalTextKey.NoTeamTitle] = "No estás en ningún equipo de aprobación",
        [ApprovalTextKey.NoTeamBody] = "No sé a qué supervisores preguntar. Pide a tu administrador que te añada a un equipo en la configuración de Approvals.",
        [ApprovalTextKey.UrgencyLow] = "Baja (la pidió el agente)",
        [ApprovalTextKey.UrgencyNormal] = "Normal",
        [ApprovalTextKey.UrgencyHigh] = "Alta",
        [ApprovalTextKey.DurationMinutes] = "{0} min",
        [ApprovalTextKey.DurationHours] = "{0} h {1} min",
        [ApprovalTextKey.DurationDays] = "{0} d {1} h",
        [ApprovalTextKey.TimeUtc] = "{0} UTC",
        [ApprovalTextKey.ActionAskSupervisor] = "Consultar a un supervisor",
    }.ToFrozenDictionary();

    public string this[ApprovalTextKey key] => (Language == "es" ? ApprovalSpanish : ApprovalEnglish)[key];

    public string Format(ApprovalTextKey key, params object[] arguments) => string.Format(Culture, this[key], arguments);

    public string Urgency(ApprovalSeverity severity) => this[severity switch
    {
        ApprovalSeverity.Low => ApprovalTextKey.UrgencyLow,
        ApprovalSeverity.High => ApprovalTextKey.UrgencyHigh,
        _ => ApprovalTextKey.UrgencyNormal,
    }];

    /// <summary>A waiting time, rounded down to the minute: <c>12 min</c>, <c>2 h 5 min</c>, <c>3 d 4 h</c>.</summary>
    public string Duration(TimeSpan duration)
    {
        if (duration < TimeSpan.Zero)
        {
            duration = TimeSpan.Zero;
        }

        return duration.TotalDays >= 1 ? Format(ApprovalTextKey.DurationDays, (int)duration.TotalDays, duration.Hours)
            : duration.TotalHours >= 1 ? Format(ApprovalTextKey.DurationHours, (int)duration.TotalHours, duration.Minutes)
            : Format(ApprovalTextKey.DurationMinutes, (int)duration.TotalMinutes);
    }

    /// <summary>
    /// A time of day in <paramref name="zone"/> (<c>14:02</c>, or <c>14:02 UTC</c> when the zone is UTC); with the date
    /// in front when it is not the day of <paramref name="now"/>.
    /// </summary>
    public string Time(DateTimeOffset time, TimeZoneInfo zone, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var local = TimeZoneInfo.ConvertTime(time, zone);
        var today = TimeZoneInfo.ConvertTime(now, zone);
        var clock = local.Date == today.Date
            ? local.ToString("HH:mm", Culture)
            : local.ToString(Language == "es" ? "d MMM HH:mm" : "MMM d HH:mm", Culture);
        return zone == TimeZoneInfo.Utc ? Format(ApprovalTextKey.TimeUtc, clock) : clock;
    }
}
