using AgentAssist.Core.Privacy;
using Xunit.Abstractions;

namespace AgentAssist.Core.Tests.Evaluation;

/// <summary>
/// Precision, recall and F1 of the built-in recognizers on public labelled data (see <c>shared/eval/README.md</c>),
/// per entity type and language, written to the test output as a markdown table. The floors sit just under what the
/// recognizers measure today, so a change that loses accuracy fails; they are development sets, and other cases from
/// the same sources are held out, so errors are fixed by class, never case by case.
/// </summary>
public sealed class PrivacyEvaluationTests(ITestOutputHelper output)
{
    private const int ErrorsShown = 40;

    [SkippableFact]
    public void Analyze_RecognizersTextSpecs_F1AtLeastTheFloors()
    {
        var eval = PrivacyEvaluationData.EvalDirectory;
        Skip.IfNot(eval is not null, "No evaluation data: set AGENTASSIST_SHARED_DIR or put it in ../shared/eval.");

        var scores = Run(PrivacyEvaluationData.RecognizersText(eval!).ToList());

        // Measured: phone 0.982 (misses are sample numbers glued to a dash or "@", or not grouped: 1234567890),
        // email 1.000, URL 0.987 (one link to a TLD the spec does not know), IP 1.000; Spanish phone 1 of 1.
        AssertFloors(scores, new()
        {
            ["recognizers-text English EmailModel"] = [(EntityTypes.EmailAddress, 0.98)],
            ["recognizers-text English URLModel"] = [(EntityTypes.Url, 0.96)],
            ["recognizers-text English IpAddressModel"] = [(EntityTypes.IpAddress, 0.98)],
            ["recognizers-text English PhoneNumberModel"] = [(EntityTypes.PhoneNumber, 0.97)],
            ["recognizers-text Spanish PhoneNumberModel"] = [(EntityTypes.PhoneNumber, 0.98)],
        });
    }

    [SkippableFact]
    public void Analyze_PresidioSyntheticEnglish_F1AtLeastTheFloors()
    {
        var eval = PrivacyEvaluationData.EvalDirectory;
        Skip.IfNot(eval is not null, "No evaluation data: set AGENTASSIST_SHARED_DIR or put it in ../shared/eval.");

        var scores = Run([PrivacyEvaluationData.PresidioSynth(eval!)]);

        // Measured: email, card, IBAN, SSN, IP, URL 1.000; phone 0.992 (numbers of unknown countries with no word
        // saying they are phones are found by how their digits are grouped; one grouped like thousands is not);
        // addresses 0.601 (street formats of thirty countries; only US/UK and Spanish ones are recognised); dates of
        // birth precision 1.000. Types the set never labels (DNI, NIE, passwords) must not appear.
        AssertFloors(scores, new()
        {
            ["presidio-synth dev"] =
            [
                (EntityTypes.EmailAddress, 0.98), (EntityTypes.PhoneNumber, 0.98), (EntityTypes.CreditCard, 0.98),
                (EntityTypes.IbanCode, 0.98), (EntityTypes.UsSsn, 0.98), (EntityTypes.IpAddress, 0.98), (EntityTypes.Url, 0.98),
                (EntityTypes.StreetAddress, 0.58), (EntityTypes.DateOfBirth, 0.98),
                (EntityTypes.EsNif, 1.0), (EntityTypes.EsNie, 1.0), (EntityTypes.Password, 1.0),
            ],
        });
    }

    [SkippableFact]
    public void Analyze_MeddocanSpanish_F1AtLeastTheFloors()
    {
        var eval = PrivacyEvaluationData.EvalDirectory;
        Skip.IfNot(eval is not null, "No evaluation data: set AGENTASSIST_SHARED_DIR or put it in ../shared/eval.");

        var scores = Run([PrivacyEvaluationData.Meddocan(eval!)]);

        // Measured: email 0.988 (the two "errors" are an address labelled as an email and an email left unlabelled),
        // phone 1.000 (13 numbers: small), addresses 0.932, dates of birth precision 1.000. The reports are full of
        // record, insurance and episode numbers: none may come out as a card, IBAN or SSN.
        AssertFloors(scores, new()
        {
            ["meddocan dev"] =
            [
                (EntityTypes.EmailAddress, 0.97), (EntityTypes.PhoneNumber, 0.95), (EntityTypes.StreetAddress, 0.91), (EntityTypes.DateOfBirth, 0.98),
                (EntityTypes.CreditCard, 1.0), (EntityTypes.IbanCode, 1.0), (EntityTypes.UsSsn, 1.0), (EntityTypes.Password, 1.0),
            ],
        });
    }

    private List<EntityScore> Run(IReadOnlyList<EvaluationSet> sets)
    {
        var scores = new List<EntityScore>();
        var errors = new List<string>();
        foreach (var set in sets)
        {
            scores.AddRange(PrivacyEvaluationScore.Score(set, EntityAnalyzer.Default, errors));
        }

        output.WriteLine(PrivacyEvaluationScore.Table(scores));
        output.WriteLine($"First {Math.Min(ErrorsShown, errors.Count)} of {errors.Count} errors:");
        foreach (var error in errors.Take(ErrorsShown))
        {
            output.WriteLine(error);
        }

        return scores;
    }

    /// <summary>F1 must stay at or above its floor; for types measured on precision only, precision must.</summary>
    private static void AssertFloors(List<EntityScore> scores, Dictionary<string, (string Type, double Floor)[]> floors)
    {
        var failures = new List<string>();
        foreach (var (dataset, types) in floors)
        {
            foreach (var (type, floor) in types)
            {
                var score = scores.Single(s => s.Dataset == dataset && s.EntityType == type);
                var (measure, value) = score.PrecisionOnly ? ("precision", score.Precision) : ("F1", score.F1);
                if (value < floor)
                {
                    failures.Add($"{dataset} {type}: {measure} {value:0.000} is under its floor {floor:0.000}");
                }
            }
        }

        Assert.True(failures.Count == 0, string.Join(Environment.NewLine, failures));
    }
}
