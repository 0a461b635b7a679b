using System.Text.RegularExpressions;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Languages;
using AgentAssist.Core.Text;
using AgentAssist.Llm.Prompting;

namespace AgentAssist.Llm;

/// <summary>
/// Decides whether a model's answer is a reply an agent could send: not empty, plain text without a preface or
/// Markdown, in the draft's language, within the channel's length, with only placeholders the service sent. Trims
/// whitespace and one pair of quotation marks around the whole answer, which models often add; rejects the rest.
/// </summary>
internal sealed partial class AnswerValidator
{
    /// <summary>Longest answer accepted on a channel without a limit, in text elements.</summary>
    public const int UnlimitedChannelCeiling = 6000;

    private readonly LanguageDetector _languages;

    public AnswerValidator(LanguageDetector languages)
    {
        ArgumentNullException.ThrowIfNull(languages);
        _languages = languages;
    }

    public AnswerValidation Validate(string? answer, PersonalDataPlaceholders placeholders, string language, ChannelProfile channel)
    {
        ArgumentNullException.ThrowIfNull(placeholders);
        ArgumentNullException.ThrowIfNull(channel);
        var text = Unquote(answer?.Trim() ?? string.Empty);
        if (text.Length == 0)
        {
            return AnswerValidation.Rejected(AnswerProblem.Empty, "the answer was empty");
        }

        if (text.Contains("```", StringComparison.Ordinal) || text.Contains("~~~", StringComparison.Ordinal))
        {
            return AnswerValidation.Rejected(AnswerProblem.NotPlainReply, "the answer held a code block");
        }

        if (MarkdownPattern().IsMatch(text))
        {
            return AnswerValidation.Rejected(AnswerProblem.NotPlainReply, "the answer held Markdown");
        }

        if (PrefacePattern().IsMatch(text))
        {
            return AnswerValidation.Rejected(AnswerProblem.NotPlainReply, "the answer introduced the reply instead of being the reply");
        }

        var restored = placeholders.Restore(text);
        if (!restored.IsSuccess)
        {
            return AnswerValidation.Rejected(AnswerProblem.BadPlaceholder, restored.Problem!);
        }

        var (detected, confident) = _languages.Detect(PersonalDataPlaceholders.WithoutTokens(text));
        if (confident && !string.Equals(detected, language, StringComparison.Ordinal))
        {
            return AnswerValidation.Rejected(AnswerProblem.WrongLanguage, $"the answer was in '{detected}', the draft in '{language}'");
        }

        var length = TextElements.Count(restored.Text!);
        var limit = channel.MaxLength ?? UnlimitedChannelCeiling;
        if (length > limit)
        {
            return AnswerValidation.Rejected(AnswerProblem.TooLong, $"the answer was {length} characters, the limit {limit}");
        }

        return AnswerValidation.Usable(restored.Text!, restored.Dropped.Count);
    }

    private static string Unquote(string text)
    {
        if (text.Length >= 2
            && ((text[0] == '"' && text[^1] == '"') || (text[0] == '“' && text[^1] == '”') || (text[0] == '«' && text[^1] == '»'))
            && text.AsSpan(1, text.Length - 2).IndexOfAny('"', '“', '”') < 0)
        {
            return text[1..^1].Trim();
        }

        return text;
    }

    /// <summary>Headings, bold or italic with asterisks, and Markdown links: none belongs in a customer reply.</summary>
    [GeneratedRegex(@"(?m)^\s{0,3}#{1,6}\s|\*\*[^*\n]+\*\*|__[^_\n]+__|\[[^\]\n]+\]\((?:https?://|/)[^)\s]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex MarkdownPattern();

    /// <summary>
    /// An answer that starts by talking about the reply ("Sure! Here is…", "Aquí tienes…", "Suggested reply:") or
    /// whose first line is a label ending in a colon.
    /// </summary>
    [GeneratedRegex(
        @"\A\s*(?:(?:sure|certainly|of course|absolutely|okay|ok|claro|por supuesto|desde luego|vale)\b[^\n]{0,40}?(?:here|aqu[ií]|:)|here(?:'s|’s| is| are)\b|below is\b|aqu[ií] (?:tienes|est[aá]|va|te dejo)\b|te dejo\b|a continuaci[oó]n\b|(?:suggested |rewritten |improved |final )?(?:reply|response|answer|message|respuesta|mensaje)(?: sugerida| sugerido| mejorada| mejorado)?\s*:)",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex PrefacePattern();
}
