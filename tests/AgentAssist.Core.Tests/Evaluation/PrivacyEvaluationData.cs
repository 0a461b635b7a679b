using System.Globalization;
using System.Text.Json;
using AgentAssist.Core.Privacy;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Evaluation;

/// <summary>
/// A labelled entity in an evaluation text, with the type AgentAssist calls it. A spec that gives the expected text
/// but not its position, when that text occurs more than once, lists every occurrence as <paramref name="Alternatives"/>.
/// </summary>
internal readonly record struct GoldSpan(string EntityType, TextSpan Span, IReadOnlyList<TextSpan>? Alternatives = null)
{
    public bool Overlaps(TextSpan predicted) => Span.Overlaps(predicted) || (Alternatives?.Any(a => a.Overlaps(predicted)) ?? false);

    public bool IsExactly(TextSpan predicted) => Span == predicted || (Alternatives?.Contains(predicted) ?? false);
}

/// <summary>One labelled text: where it comes from, its language, and the entities people marked in it.</summary>
internal sealed record EvaluationCase(string Dataset, string Language, string Text, IReadOnlyList<GoldSpan> Gold);

/// <summary>
/// A labelled data set: its cases, the entity types it labels completely (so a prediction of that type that matches
/// no label is a false positive), and the types whose labels are wider than ours (dates, of which dates of birth are
/// some), which only measure precision.
/// </summary>
internal sealed record EvaluationSet(
    string Name,
    string Language,
    IReadOnlyList<EvaluationCase> Cases,
    IReadOnlySet<string> LabelledTypes,
    IReadOnlySet<string> PrecisionOnlyTypes);

/// <summary>
/// Reads the public evaluation data in the shared folder (<c>AGENTASSIST_SHARED_DIR</c>, else <c>../shared</c> next
/// to the repository): Microsoft Recognizers-Text sequence specs, Presidio's synthetic sentences, MEDDOCAN reports.
/// </summary>
internal static class PrivacyEvaluationData
{
    private static readonly Lazy<string?> LazyEvalDirectory = new(FindEvalDirectory);

    /// <summary>The <c>eval</c> folder, or <see langword="null"/> when the data is not on this machine.</summary>
    public static string? EvalDirectory => LazyEvalDirectory.Value;

    /// <summary>Recognizers-Text model spec file name → the entity type it labels.</summary>
    public static IReadOnlyDictionary<string, string> SpecModels { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["PhoneNumberModel"] = EntityTypes.PhoneNumber,
        ["EmailModel"] = EntityTypes.EmailAddress,
        ["URLModel"] = EntityTypes.Url,
        ["IpAddressModel"] = EntityTypes.IpAddress,
    };

    /// <summary>One set per spec language folder and model; the expected texts are located in the input in order.</summary>
    public static IEnumerable<EvaluationSet> RecognizersText(string evalDirectory)
    {
        foreach (var (folder, language) in new[] { ("English", "en"), ("Spanish", "es") })
        {
            foreach (var (model, type) in SpecModels)
            {
                var file = Path.Combine(evalDirectory, "recognizers-text", "Sequence", folder, model + ".json");
                if (!File.Exists(file))
                {
                    continue;
                }

                using var document = JsonDocument.Parse(File.ReadAllText(file));
                var cases = new List<EvaluationCase>();
                foreach (var item in document.RootElement.EnumerateArray())
                {
                    var input = item.GetProperty("Input").GetString()!;
                    var gold = new List<GoldSpan>();
                    var from = 0;
                    foreach (var result in item.GetProperty("Results").EnumerateArray())
                    {
                        var expected = result.GetProperty("Text").GetString()!;
                        var at = result.TryGetProperty("Start", out var start) ? start.GetInt32() : input.IndexOf(expected, from, StringComparison.OrdinalIgnoreCase);
                        if (at < 0 || at + expected.Length > input.Length || !input.AsSpan(at, expected.Length).Equals(expected, StringComparison.OrdinalIgnoreCase))
                        {
                            throw new InvalidDataException($"{file}: '{expected}' is not in '{input}'");
                        }

                        var others = new List<TextSpan>();
                        for (var next = input.IndexOf(expected, at + 1, StringComparison.OrdinalIgnoreCase); next >= 0 && !result.TryGetProperty("Start", out _); next = input.IndexOf(expected, next + 1, StringComparison.OrdinalIgnoreCase))
                        {
                            others.Add(new TextSpan(next, expected.Length));
                        }

                        gold.Add(new GoldSpan(type, new TextSpan(at, expected.Length), others.Count > 0 ? others : null));
                        from = at + expected.Length;
                    }

                    cases.Add(new EvaluationCase($"recognizers-text/{folder}/{model}", language, input, gold));
                }

                yield return new EvaluationSet($"recognizers-text {folder} {model}", language, cases, new HashSet<string> { type }, new HashSet<string>());
            }
        }
    }

    /// <summary>Presidio's synthetic English sentences, with their types mapped to AgentAssist's.</summary>
    public static EvaluationSet PresidioSynth(string evalDirectory)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["EMAIL_ADDRESS"] = EntityTypes.EmailAddress,
            ["PHONE_NUMBER"] = EntityTypes.PhoneNumber,
            ["CREDIT_CARD"] = EntityTypes.CreditCard,
            ["IBAN_CODE"] = EntityTypes.IbanCode,
            ["US_SSN"] = EntityTypes.UsSsn,
            ["IP_ADDRESS"] = EntityTypes.IpAddress,
            ["DOMAIN_NAME"] = EntityTypes.Url,
            ["STREET_ADDRESS"] = EntityTypes.StreetAddress,
            ["DATE_TIME"] = EntityTypes.DateOfBirth,
        };
        var file = Path.Combine(evalDirectory, "presidio-synth", "dev.json");
        using var document = JsonDocument.Parse(File.ReadAllText(file));
        var cases = new List<EvaluationCase>();
        foreach (var item in document.RootElement.EnumerateArray())
        {
            var text = item.GetProperty("full_text").GetString()!;
            var gold = new List<GoldSpan>();
            foreach (var span in item.GetProperty("spans").EnumerateArray())
            {
                if (map.TryGetValue(span.GetProperty("entity_type").GetString()!, out var type))
                {
                    var start = span.GetProperty("start_position").GetInt32();
                    var end = span.GetProperty("end_position").GetInt32();
                    gold.Add(new GoldSpan(type, TextSpan.FromBounds(start, end)));
                }
            }

            cases.Add(new EvaluationCase("presidio-synth", "en", text, gold));
        }

        // Every type the set labels is labelled completely except dates: DATE_TIME holds every date, so a date of
        // birth we report should be one of them (precision), but most of them are not dates of birth (no recall).
        var labelled = new HashSet<string>(map.Values.Where(t => t != EntityTypes.DateOfBirth))
        {
            EntityTypes.EsNif, EntityTypes.EsNie, EntityTypes.Password,
        };
        return new EvaluationSet("presidio-synth dev", "en", cases, labelled, new HashSet<string> { EntityTypes.DateOfBirth });
    }

    /// <summary>MEDDOCAN's Spanish clinical reports (brat stand-off annotations), with the types mapped to AgentAssist's.</summary>
    public static EvaluationSet Meddocan(string evalDirectory)
    {
        var map = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["CORREO_ELECTRONICO"] = EntityTypes.EmailAddress,
            ["NUMERO_TELEFONO"] = EntityTypes.PhoneNumber,
            ["NUMERO_FAX"] = EntityTypes.PhoneNumber,
            ["CALLE"] = EntityTypes.StreetAddress,
            ["FECHAS"] = EntityTypes.DateOfBirth,
        };
        var cases = new List<EvaluationCase>();
        foreach (var annotations in Directory.EnumerateFiles(Path.Combine(evalDirectory, "meddocan", "dev"), "*.ann").Order(StringComparer.Ordinal))
        {
            var text = File.ReadAllText(Path.ChangeExtension(annotations, ".txt"));
            var gold = new List<GoldSpan>();
            foreach (var line in File.ReadLines(annotations))
            {
                // T1<TAB>TYPE START END<TAB>text
                var fields = line.Split('\t');
                if (fields.Length < 3 || !line.StartsWith('T'))
                {
                    continue;
                }

                var header = fields[1].Split(' ');
                if (!map.TryGetValue(header[0], out var type))
                {
                    continue;
                }

                var start = int.Parse(header[1], CultureInfo.InvariantCulture);
                var end = int.Parse(header[^1], CultureInfo.InvariantCulture);
                gold.Add(new GoldSpan(type, Locate(text, start, end, fields[2], annotations)));
            }

            cases.Add(new EvaluationCase("meddocan", "es", text, gold));
        }

        var labelled = new HashSet<string>(map.Values.Where(t => t != EntityTypes.DateOfBirth))
        {
            EntityTypes.CreditCard, EntityTypes.IbanCode, EntityTypes.UsSsn, EntityTypes.Password,
        };
        return new EvaluationSet("meddocan dev", "es", cases, labelled, new HashSet<string> { EntityTypes.DateOfBirth });
    }

    /// <summary>The span of an annotation, allowing for a byte-order mark the annotator's offsets counted.</summary>
    private static TextSpan Locate(string text, int start, int end, string expected, string file)
    {
        foreach (var shift in new[] { 0, -1, 1 })
        {
            var span = TextSpan.FromBounds(start + shift, end + shift);
            if (span.Start >= 0 && span.End <= text.Length && string.Equals(span.Slice(text), expected, StringComparison.Ordinal))
            {
                return span;
            }
        }

        throw new InvalidDataException($"{file}: '{expected}' is not at {start}-{end}");
    }

    private static string? FindEvalDirectory()
    {
        var shared = Environment.GetEnvironmentVariable("AGENTASSIST_SHARED_DIR");
        if (string.IsNullOrEmpty(shared))
        {
            for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "AgentAssist.sln")))
                {
                    shared = Path.Combine(directory.FullName, "..", "shared");
                    break;
                }
            }
        }

        var eval = shared is null ? null : Path.GetFullPath(Path.Combine(shared, "eval"));
        return eval is not null && Directory.Exists(eval) ? eval : null;
    }
}
