using AgentAssist.Core.Checking;

namespace AgentAssist.Core.Privacy;

/// <summary>
/// The entities of one draft, found once and shared by every privacy rule that checks it (personal data, cards,
/// national ids, passwords): the recognizers run once per check, and overlaps between types are settled once.
/// </summary>
internal static class PrivacyAnalysis
{
    private static readonly object Key = new();

    /// <summary>Built-in and customer-identity matches that clear <see cref="EntityAnalyzer.DefaultMinScore"/>, by position.</summary>
    public static IReadOnlyList<EntityMatch> For(CheckContext context) =>
        context.Shared(Key, c => Analyze(c, new RecognitionInput(c.Text, c.Language, c.Customer?.Region)));

    /// <summary><paramref name="matches"/> together with what <paramref name="recognizers"/> (a brand's identifiers) find, overlaps settled again.</summary>
    public static List<EntityMatch> With(CheckContext context, IReadOnlyList<EntityMatch> matches, IReadOnlyList<IEntityRecognizer> recognizers)
    {
        var input = new RecognitionInput(context.Text, context.Language, context.Customer?.Region);
        var combined = new List<EntityMatch>(matches);
        foreach (var recognizer in recognizers)
        {
            recognizer.Recognize(input, combined);
        }

        EntityAnalyzer.Resolve(combined, EntityAnalyzer.DefaultMinScore);
        return combined;
    }

    private static List<EntityMatch> Analyze(CheckContext context, RecognitionInput input)
    {
        var matches = new List<EntityMatch>();
        foreach (var recognizer in EntityAnalyzer.Default.Recognizers)
        {
            recognizer.Recognize(input, matches);
        }

        if (context.Customer is { } customer && (customer.FullName is not null || customer.Handle is not null))
        {
            new CustomerIdentityRecognizer(customer).Recognize(input, matches);
        }

        EntityAnalyzer.Resolve(matches, EntityAnalyzer.DefaultMinScore);
        return matches;
    }
}
