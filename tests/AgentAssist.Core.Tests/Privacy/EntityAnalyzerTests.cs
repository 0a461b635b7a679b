using AgentAssist.Core.Privacy;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Privacy;

public sealed class EntityAnalyzerTests
{
    [Fact]
    public void Analyze_SeveralEntities_AllFoundInOrder()
    {
        const string text = "Hi, ana@gmail.com and +34 612 345 678 and DNI 12345678Z and ES9121000418450200051332.";

        var found = EntityAnalyzer.Default.Analyze(text, "es").Select(m => (m.EntityType, m.Span.Slice(text)));

        Assert.Equal(
            [
                (EntityTypes.EmailAddress, "ana@gmail.com"),
                (EntityTypes.PhoneNumber, "+34 612 345 678"),
                (EntityTypes.EsNif, "12345678Z"),
                (EntityTypes.IbanCode, "ES9121000418450200051332"),
            ],
            found);
    }

    [Fact]
    public void Analyze_CardDigitsAlsoPhoneShaped_OnlyTheCard()
    {
        const string text = "Call about card 4111 1111 1111 1111 today.";

        var match = Assert.Single(EntityAnalyzer.Default.Analyze(text, "en"));

        Assert.Equal(EntityTypes.CreditCard, match.EntityType);
    }

    [Fact]
    public void Resolve_OverlappingMatches_KeepsHigherScoreThenLongerAndDropsLowScores()
    {
        var matches = new List<EntityMatch>
        {
            new("A", new TextSpan(0, 10), 0.6),
            new("B", new TextSpan(5, 10), 0.9),
            new("C", new TextSpan(20, 5), 0.7),
            new("D", new TextSpan(20, 8), 0.7),
            new("E", new TextSpan(40, 5), 0.4),
        };

        EntityAnalyzer.Resolve(matches, minScore: 0.5);

        Assert.Equal(["B", "D"], matches.Select(m => m.EntityType));
    }

    [Fact]
    public void Analyze_TextWithoutAnyPersonalData_Nothing()
    {
        Assert.Empty(EntityAnalyzer.Default.Analyze("Thanks for waiting! Your parcel left our warehouse this morning and should arrive by Friday.", "en"));
    }
}
