using System.Text.Json;
using System.Text.Json.Nodes;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Serialization;
using AgentAssist.Core.Text;

namespace AgentAssist.Core.Tests.Serialization;

public sealed class VerdictDocumentTests
{
    private const string Text = "👍 We will refund you, kindly mail ana@example.com";

    private static Verdict Sample() => new(
        Outcome.Block,
        "en",
        true,
        new ChannelProfile("x", ChannelKind.Public, "X (Twitter)", 280, "informal"),
        [
            new Finding("BrandEn.Refunds", FindingCategory.Approval, Severity.Approval, new TextSpan(11, 10), "'refund you' promises money back.", "Refunds need a supervisor.", new Fix("Send it for approval.")),
            new Finding("BrandEn.PreferredWording", FindingCategory.Wording, Severity.Info, new TextSpan(23, 6), "Say 'please'.", Fix: new Fix("Write 'please'.", "please")),
            new Finding("Privacy.EmailAddress", FindingCategory.Privacy, Severity.Block, new TextSpan(35, 15), "An email address in a public reply.") { EntityType = "EMAIL_ADDRESS", Score = 0.85 },
        ],
        "👍 We will refund you, please mail ana@example.com")
    {
        Packs = ["Brand@1.0.0", "BrandEn@1.0.0"],
    };

    /// <summary>The documented contract (docs/verdict-json.md): renaming a field or an enum spelling fails here.</summary>
    private const string Golden = """
        {
          "outcome": "block",
          "language": "en",
          "languageDetected": true,
          "channel": {
            "id": "x",
            "kind": "public",
            "maxLength": 280
          },
          "packs": [
            "Brand@1.0.0",
            "BrandEn@1.0.0"
          ],
          "findings": [
            {
              "ruleId": "BrandEn.Refunds",
              "category": "approval",
              "severity": "approval",
              "message": "'refund you' promises money back.",
              "reason": "Refunds need a supervisor.",
              "span": {
                "start": 11,
                "length": 10,
                "codePointStart": 10,
                "codePointLength": 10,
                "text": "refund you"
              },
              "fix": {
                "description": "Send it for approval.",
                "automatic": false
              },
              "score": 1
            },
            {
              "ruleId": "BrandEn.PreferredWording",
              "category": "wording",
              "severity": "info",
              "message": "Say 'please'.",
              "span": {
                "start": 23,
                "length": 6,
                "codePointStart": 22,
                "codePointLength": 6,
                "text": "kindly"
              },
              "fix": {
                "description": "Write 'please'.",
                "replacement": "please",
                "automatic": true
              },
              "score": 1
            },
            {
              "ruleId": "Privacy.EmailAddress",
              "category": "privacy",
              "severity": "block",
              "message": "An email address in a public reply.",
              "span": {
                "start": 35,
                "length": 15,
                "codePointStart": 34,
                "codePointLength": 15,
                "text": "ana@example.com"
              },
              "entityType": "EMAIL_ADDRESS",
              "score": 0.85
            }
          ],
          "correctedText": "👍 We will refund you, please mail ana@example.com"
        }
        """;

    [Fact]
    public void Serialize_Verdict_MatchesTheDocumentedShape()
    {
        var document = VerdictDocument.From(Sample(), Text);

        var json = JsonSerializer.Serialize(document, VerdictJsonContext.Default.VerdictDocument);

        var expected = JsonNode.Parse(Golden);
        var actual = JsonNode.Parse(json);
        Assert.True(JsonNode.DeepEquals(expected, actual), $"expected:{Environment.NewLine}{Golden}{Environment.NewLine}actual:{Environment.NewLine}{json}");
        Assert.Equal(
            ["outcome", "language", "languageDetected", "channel", "packs", "findings", "correctedText"],
            actual!.AsObject().Select(p => p.Key));
    }

    [Fact]
    public void Serialize_ReadableContext_SameDocumentWithAccentsAndQuotesUnescaped()
    {
        var document = VerdictDocument.From(Sample(), Text) with { CorrectedText = "Añadimos 'café' <hoy> & ya" };

        var readable = JsonSerializer.Serialize(document, VerdictJsonContext.Readable.VerdictDocument);
        var api = JsonSerializer.Serialize(document, VerdictJsonContext.Default.VerdictDocument);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(readable), JsonNode.Parse(api)));
        Assert.Contains("\"correctedText\": \"Añadimos 'café' <hoy> & ya\"", readable, StringComparison.Ordinal);
        Assert.DoesNotContain("<hoy>", api, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Outcome.Pass, "pass")]
    [InlineData(Outcome.Warn, "warn")]
    [InlineData(Outcome.NeedsApproval, "needsApproval")]
    [InlineData(Outcome.Block, "block")]
    public void Name_Outcome_DocumentedSpelling(Outcome outcome, string expected)
    {
        Assert.Equal(expected, VerdictDocument.Name(outcome));
    }

    [Theory]
    [InlineData(Severity.Info, "info")]
    [InlineData(Severity.Warning, "warning")]
    [InlineData(Severity.Approval, "approval")]
    [InlineData(Severity.Block, "block")]
    public void Name_Severity_DocumentedSpelling(Severity severity, string expected)
    {
        Assert.Equal(expected, VerdictDocument.Name(severity));
    }

    [Fact]
    public void Name_EveryCategory_DocumentedSpelling()
    {
        Assert.Equal(
            ["tone", "wording", "profanity", "sexual", "slur", "insult", "privacy", "confidential", "approval", "length", "structure"],
            Enum.GetValues<FindingCategory>().Select(VerdictDocument.Name));
    }

    [Fact]
    public void From_ChannelWithoutLimitAndFindingWithoutFix_OmitsThoseFields()
    {
        var verdict = new Verdict(Outcome.Warn, "es", false, ChannelProfile.GenericPrivate,
            [new Finding("Brand.Shouting", FindingCategory.Tone, Severity.Warning, new TextSpan(0, 4), "m")], "HOLA");

        var json = JsonNode.Parse(JsonSerializer.Serialize(VerdictDocument.From(verdict, "HOLA"), VerdictJsonContext.Default.VerdictDocument))!;

        Assert.Equal("""{"id":"private","kind":"private"}""", json["channel"]!.ToJsonString());
        var finding = json["findings"]![0]!.AsObject();
        Assert.Equal(["ruleId", "category", "severity", "message", "span", "score"], finding.Select(p => p.Key));
        Assert.Equal("warn", json["outcome"]!.GetValue<string>());
        Assert.False(json["languageDetected"]!.GetValue<bool>());
    }
}
