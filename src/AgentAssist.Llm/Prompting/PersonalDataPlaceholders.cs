using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Privacy;
using AgentAssist.Core.Text;

namespace AgentAssist.Llm.Prompting;

/// <summary>
/// Stands personal data in for tokens such as <c>[[EMAIL_ADDRESS_1]]</c> before text leaves the service, and puts the
/// values back in the model's answer. One value always gets one token, whichever text it appears in, so the model
/// sees that the name in the draft and the name in the customer context are the same.
/// </summary>
internal sealed partial class PersonalDataPlaceholders
{
    private const CompareOptions ValueComparison = CompareOptions.IgnoreCase | CompareOptions.IgnoreNonSpace;

    private readonly Dictionary<string, string> _tokenByValue = new(StringComparer.Create(CultureInfo.InvariantCulture, ValueComparison));
    private readonly Dictionary<string, string> _valueByToken = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> _counters = new(StringComparer.Ordinal);
    private readonly List<string> _knownValues = [];
    private readonly string _language;
    private readonly string? _region;

    public PersonalDataPlaceholders(string language, string? region)
    {
        ArgumentNullException.ThrowIfNull(language);
        _language = language;
        _region = region;
    }

    /// <summary>Tokens handed out so far, with the value each stands for.</summary>
    public IReadOnlyDictionary<string, string> Tokens => _valueByToken;

    /// <summary>
    /// The token for <paramref name="value"/> (a value the service knows is personal, such as the customer's name),
    /// labelled <paramref name="label"/>; the same token as before when the value already has one. Later texts masked
    /// through <see cref="Mask(string, IEnumerable{Finding}?)"/> have every occurrence of it replaced.
    /// </summary>
    public string Add(string label, string value)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        ArgumentException.ThrowIfNullOrWhiteSpace(value);
        var trimmed = value.Trim();
        if (_tokenByValue.TryGetValue(trimmed, out var existing))
        {
            return existing;
        }

        var number = _counters.GetValueOrDefault(label) + 1;
        _counters[label] = number;
        var token = string.Create(CultureInfo.InvariantCulture, $"[[{label}_{number}]]");
        _tokenByValue[trimmed] = token;
        _valueByToken[token] = trimmed;
        _knownValues.Add(trimmed);

        // Longest first, so "Maria Garcia" is replaced whole before "Maria" is looked for.
        _knownValues.Sort(static (a, b) => b.Length.CompareTo(a.Length));
        return token;
    }

    /// <summary>
    /// <paramref name="text"/> with every personal value replaced by its token: values added before, entities the
    /// built-in recognizers find, and the spans of <paramref name="findings"/> about personal or confidential data
    /// (findings on this very text).
    /// </summary>
    public string Mask(string text, IEnumerable<Finding>? findings = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var spans = new List<(TextSpan Span, string Label)>();
        if (findings is not null)
        {
            foreach (var finding in findings)
            {
                if (!finding.Span.IsEmpty && finding.Span.End <= text.Length
                    && (finding.EntityType is not null || finding.Category is FindingCategory.Privacy or FindingCategory.Confidential))
                {
                    spans.Add((WithoutAt(text, finding.Span), finding.EntityType ?? LabelFor(finding.Category)));
                }
            }
        }

        foreach (var match in EntityAnalyzer.Default.Analyze(text, _language, _region))
        {
            spans.Add((WithoutAt(text, match.Span), match.EntityType));
        }

        foreach (var value in _knownValues)
        {
            var label = LabelOf(_tokenByValue[value]);
            foreach (var span in FindWholeWords(text, value))
            {
                spans.Add((span, label));
            }
        }

        if (spans.Count == 0)
        {
            return text;
        }

        // Of overlapping spans keep the longer one, so a full name wins over the first name inside it.
        spans.Sort(static (a, b) => a.Span.Start != b.Span.Start ? a.Span.Start.CompareTo(b.Span.Start) : b.Span.Length.CompareTo(a.Span.Length));
        var kept = new List<(TextSpan Span, string Label)>(spans.Count);
        foreach (var candidate in spans)
        {
            if (kept.Count > 0 && kept[^1].Span.Overlaps(candidate.Span))
            {
                if (candidate.Span.End > kept[^1].Span.End)
                {
                    kept[^1] = (TextSpan.FromBounds(kept[^1].Span.Start, candidate.Span.End), kept[^1].Label);
                }

                continue;
            }

            kept.Add(candidate);
        }

        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var (span, label) in kept)
        {
            result.Append(text, position, span.Start - position).Append(Add(label, span.Slice(text)));
            position = span.End;
        }

        return result.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>
    /// <paramref name="answer"/> with every token replaced by its value; fails when the answer holds a token this map
    /// never handed out, or a token mangled on the way (brackets lost or unbalanced).
    /// </summary>
    public PlaceholderRestoration Restore(string answer)
    {
        ArgumentNullException.ThrowIfNull(answer);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var unknown = false;
        var restored = TokenPattern().Replace(answer, match =>
        {
            if (_valueByToken.TryGetValue(match.Value, out var value))
            {
                used.Add(match.Value);
                return value;
            }

            unknown = true;
            return match.Value;
        });

        if (unknown)
        {
            return PlaceholderRestoration.Failed("the answer has a placeholder the service never sent");
        }

        if (restored.Contains("[[", StringComparison.Ordinal) || restored.Contains("]]", StringComparison.Ordinal))
        {
            return PlaceholderRestoration.Failed("the answer has a broken placeholder");
        }

        foreach (var token in _valueByToken.Keys)
        {
            if (!used.Contains(token) && ContainsBareLabel(restored, token))
            {
                return PlaceholderRestoration.Failed("the answer has a placeholder without its brackets");
            }
        }

        return PlaceholderRestoration.Succeeded(restored, _valueByToken.Keys.Where(t => !used.Contains(t)).ToList());
    }

    /// <summary><paramref name="text"/> without its tokens, for checks that must not count them as words.</summary>
    public static string WithoutTokens(string text) => TokenPattern().Replace(text, " ");

    /// <summary>A handle's span without its <c>@</c>, so <c>@maria_g</c> and <c>maria_g</c> share one token and the <c>@</c> stays in the text.</summary>
    private static TextSpan WithoutAt(string text, TextSpan span) =>
        span.Length > 1 && text[span.Start] == '@' ? new TextSpan(span.Start + 1, span.Length - 1) : span;

    private static bool ContainsBareLabel(string text, string token) =>
        text.Contains(token[2..^2], StringComparison.Ordinal);

    private static string LabelOf(string token) => token[2..token.LastIndexOf('_')];

    private static string LabelFor(FindingCategory category) =>
        category == FindingCategory.Confidential ? "CONFIDENTIAL" : "PERSONAL_DATA";

    private static IEnumerable<TextSpan> FindWholeWords(string text, string value)
    {
        var compare = CultureInfo.InvariantCulture.CompareInfo;
        var start = 0;
        while (start < text.Length)
        {
            var found = compare.IndexOf(text.AsSpan(start), value, ValueComparison, out var length);
            if (found < 0 || length == 0)
            {
                yield break;
            }

            var index = start + found;
            var end = index + length;
            if ((index == 0 || !IsWordChar(text[index - 1])) && (end >= text.Length || !IsWordChar(text[end])))
            {
                yield return TextSpan.FromBounds(index, end);
            }

            start = index + 1;
        }
    }

    private static bool IsWordChar(char c) => char.IsLetterOrDigit(c) || c == '_';

    [GeneratedRegex(@"\[\[[A-Z][A-Z0-9_]*_[0-9]+\]\]", RegexOptions.CultureInvariant)]
    private static partial Regex TokenPattern();
}
