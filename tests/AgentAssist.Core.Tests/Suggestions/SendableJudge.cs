using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Suggestions;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Suggestions;

/// <summary>
/// Whether an agent could send a suggestion as it is, by the issue's bar: offered, no warning or block on its re-check,
/// the draft's content kept and the flagged words gone, one greeting, no sentence twice, the sign-off last, ¡…! ¿…?
/// paired, the draft's tú or usted kept, within the channel's length, a hand-off only when a person says it is needed,
/// no detail of the customer's history added on a public channel, and the same suggestion when it is fed back.
/// Written independently of the suggester (its own word lists), so it can disagree with it.
/// </summary>
internal static class SendableJudge
{
    private static readonly string[] GreetingStarts = ["hi ", "hi!", "hi,", "hello", "hey", "dear ", "hola", "buenos días", "buenas", "estimado", "estimada"];
    private static readonly string[] Handoffs = ["DM", "private message", "mensaje privado", "por privado"];
    private static readonly string[] Closings = ["Thanks for your patience", "Kind regards", "Gracias por tu paciencia", "Gracias por su paciencia", "Un saludo,"];
    private static readonly string[] HistoryWords = ["yesterday", "days ago", "your call", "your email", "your chat", "store visit", "ayer", "hace ", "llamada", "tu correo", "su correo", "tu chat", "visita"];
    private static readonly string[] InformalSpanish = ["tu", "tus", "te", "ti", "contigo", "escríbenos", "cuéntanos"];
    private static readonly string[] FormalSpanish = ["usted", "su", "sus", "le", "disculpe", "escríbanos"];

    public static (SuggestionResult Result, List<string> Problems) Judge(SuggestionCase @case)
    {
        var draft = new Draft(@case.Draft, @case.Channel, @case.Language, @case.Customer?.Context);
        var result = Suggest(draft, @case.Customer);
        var problems = new List<string>();
        if (result.Suggestion is not { } suggestion)
        {
            problems.Add("withheld");
            return (result, problems);
        }

        var text = suggestion.Text;
        var flagged = suggestion.Check.Findings.Where(static f => f.Severity is Severity.Warning or Severity.Block).Select(static f => f.RuleId).Distinct().ToList();
        if (flagged.Count > 0)
        {
            problems.Add($"re-check flags {string.Join(", ", flagged)}");
        }

        problems.AddRange(@case.Keep.Where(k => !text.Contains(k, StringComparison.OrdinalIgnoreCase)).Select(static k => $"lost \"{k}\""));
        problems.AddRange(@case.Avoid.Where(a => text.Contains(a, StringComparison.Ordinal)).Select(static a => $"says \"{a}\""));
        var hasHandoff = Handoffs.Any(h => text.Contains(h, StringComparison.Ordinal));
        if (hasHandoff != @case.Handoff)
        {
            problems.Add(@case.Handoff ? "no hand-off where private data or an account action is needed" : "a hand-off nobody needs");
        }

        var sentences = Sentences(text);
        if (sentences.Count(s => GreetingStarts.Any(g => s.StartsWith(g, StringComparison.OrdinalIgnoreCase))) > 1)
        {
            problems.Add("two greetings");
        }

        if (sentences.GroupBy(static s => s.ToLowerInvariant()).Any(static g => g.Count() > 1))
        {
            problems.Add("a sentence repeated");
        }

        foreach (var closing in Closings)
        {
            var at = text.LastIndexOf(closing, StringComparison.Ordinal);
            if (at >= 0 && !text[at..].Contains(sentences[^1].TrimStart('¡', '¿'), StringComparison.Ordinal))
            {
                problems.Add("sign-off not last");
            }
        }

        if (@case.Language == "es" && sentences.Any(static s => s.Contains('¡', StringComparison.Ordinal) != s.Contains('!', StringComparison.Ordinal) || s.Contains('¿', StringComparison.Ordinal) != s.Contains('?', StringComparison.Ordinal)))
        {
            problems.Add("¡…! or ¿…? unpaired");
        }

        var added = sentences.Where(s => !@case.Draft.Contains(s.TrimEnd('.', '!'), StringComparison.OrdinalIgnoreCase)).ToList();
        if (@case.Language == "es")
        {
            var formalDraft = Count(@case.Draft, FormalSpanish) > Count(@case.Draft, InformalSpanish);
            var wrong = added.Where(s => Count(s, formalDraft ? InformalSpanish : FormalSpanish) > 0).ToList();
            if (wrong.Count > 0)
            {
                problems.Add(formalDraft ? "tú added to a draft in usted" : "usted added to a draft in tú");
            }
        }

        if (suggestion.Check.Channel.Kind == ChannelKind.Public && added.Any(s => HistoryWords.Any(h => s.Contains(h, StringComparison.OrdinalIgnoreCase))))
        {
            problems.Add("the customer's contact history in public");
        }

        if (suggestion.Check.Channel.MaxLength is { } max && TextElements.Count(text) > max)
        {
            problems.Add("over the channel's length");
        }

        var again = Suggest(draft with { Text = text }, @case.Customer);
        if (again.Suggestion?.Text != text)
        {
            problems.Add("not the same when fed back");
        }

        return (result, problems);
    }

    public static SuggestionResult Suggest(Draft draft, CustomerProfile? customer)
    {
        var verdict = SuggestionFixture.Engine.Check(draft);
        return SuggestionFixture.Suggester.Suggest(new SuggestionRequest(draft, verdict, customer));
    }

    private static List<string> Sentences(string text)
    {
        var result = new List<string>();
        var start = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is '.' or '!' or '?' or '\n' && (i + 1 == text.Length || char.IsWhiteSpace(text[i + 1])))
            {
                AddTrimmed(result, text[start..(i + 1)]);
                start = i + 1;
            }
        }

        AddTrimmed(result, text[start..]);
        return result;
    }

    private static void AddTrimmed(List<string> sentences, string sentence)
    {
        var trimmed = sentence.Trim();
        if (trimmed.Any(char.IsLetter))
        {
            sentences.Add(trimmed);
        }
    }

    private static int Count(string text, string[] words)
    {
        var found = 0;
        var tokens = text.ToLowerInvariant().Split([' ', ',', '.', '!', '?', '¡', '¿', ':', ';', '\n'], StringSplitOptions.RemoveEmptyEntries);
        foreach (var token in tokens)
        {
            if (words.Contains(token, StringComparer.Ordinal))
            {
                found++;
            }
        }

        return found;
    }
}
