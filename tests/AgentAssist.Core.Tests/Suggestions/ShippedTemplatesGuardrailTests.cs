using AgentAssist.Core.Checking;
using AgentAssist.Core.Customers;
using AgentAssist.Core.Suggestions;
using FsCheck;
using Outcome = AgentAssist.Core.Checking.Outcome;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace AgentAssist.Core.Tests.Suggestions;

/// <summary>
/// Issue #6's promise: no shipped template, whatever draft and customer it is combined with, produces a suggestion the
/// guardrails block. Every template is exercised on every channel of the shipped packs.
/// </summary>
public sealed class ShippedTemplatesGuardrailTests
{
    private static readonly Dictionary<string, string[]> Drafts = new()
    {
        ["en"] =
        [
            "We are looking into it now.",
            "hi there, your order LM-20481234 left today!! 😊😊😊",
            "Calm down, it's on its way. You should have read the manual.",
            "We've emailed the label to ana.garcia@gmail.com and will call you on +1 415 555 0133.",
            "Your order is gonna arrive tomorrow. Kindly check the tracking link.",
            "This is f*cking ridiculous, sorry. We'll fix it today.",
            "We will refund the full amount today.",
        ],
        ["es"] =
        [
            "Lo estamos revisando ahora.",
            "Hola, tu pedido LM-20481234 sale hoy!! 😊😊😊",
            "Tranquilízate, ya está en camino. Deberías haber leído las instrucciones.",
            "Te llamamos al 612 34 56 78 esta tarde y te escribimos a ana.garcia@gmail.com.",
            "Estimado cliente, disculpe las molestias. Le informamos que su pedido sale hoy.",
            "Eres un gilipollas. Tu pedido ya está en camino.",
            "Te reembolsaremos el importe completo hoy.",
        ],
    };

    /// <summary>One customer per acknowledgement the templates have: each interaction kind and outcome, each order state, a case.</summary>
    private static IEnumerable<CustomerProfile?> Customers(string language)
    {
        yield return null;
        var context = new CustomerContext("@cust_1", "Alex Morgan", "Alex", language);
        yield return new CustomerProfile("C-0", context with { PreferredName = null, FullName = null });
        foreach (var channel in Enum.GetValues<InteractionChannel>())
        {
            foreach (var outcome in Enum.GetValues<InteractionOutcome>())
            {
                foreach (var days in new[] { 0, 1, 5 })
                {
                    yield return new CustomerProfile("C-1", context)
                    {
                        RecentInteractions = [new CustomerInteraction(channel, SuggestionFixture.Now.AddDays(-days), "Contact", outcome)],
                    };
                }
            }
        }

        foreach (var status in Enum.GetValues<OrderStatus>())
        {
            yield return new CustomerProfile("C-2", context)
            {
                OpenOrders = [new CustomerOrder("LM-11112222", status, new DateOnly(2026, 3, 1), language == "es" ? "auriculares Nimbus" : "Nimbus headphones")],
            };
        }

        yield return new CustomerProfile("C-3", context) { OpenCases = [new CustomerCase("CS-1", "Lamp flickers", new DateOnly(2026, 3, 1))] };
    }

    [Fact]
    public void Suggest_EveryTemplateWithEveryChannelAndDraft_NeverBlockedAndEveryTemplateUsed()
    {
        var channels = SuggestionFixture.Engine.Rules.Channels.Select(c => c.Id).ToList();
        var texts = new List<string>();
        var checks = 0;
        foreach (var (language, drafts) in Drafts)
        {
            foreach (var channel in channels)
            {
                foreach (var customer in Customers(language))
                {
                    foreach (var text in drafts)
                    {
                        var result = SuggestionFixture.Suggest(new Draft(text, channel, language), customer);
                        checks++;
                        if (result.Suggestion is { } suggestion)
                        {
                            Assert.True(suggestion.Check.Outcome != Outcome.Block, $"{language} {channel} blocked: {suggestion.Text}");
                            Assert.Equal(suggestion.Check.Outcome, SuggestionFixture.Engine.Check(new Draft(suggestion.Text, channel, language, customer?.Context)).Outcome);
                            texts.Add(suggestion.Text);
                        }
                    }
                }
            }
        }

        Assert.True(checks > 5000, $"only {checks} combinations");
        // Acknowledgements now need a draft on the same topic, so not every phrase appears here; each template's
        // guardrail check is what this test is for, and SuggestionTableTests shows acknowledgements in use.
        Assert.True(ShippedPhrases().Count(phrase => texts.Exists(t => t.Contains(phrase, StringComparison.Ordinal))) * 2 > ShippedPhrases().Count());
    }

    /// <summary>
    /// A fixed piece (the text before the first placeholder, at least 8 characters) of every shipped template. Hand-offs
    /// only for the registers of the shipped public channels: a formal public channel does not exist to use the other.
    /// </summary>
    private static IEnumerable<string> ShippedPhrases()
    {
        var publicRegisters = SuggestionFixture.Engine.Rules.Channels.Where(c => c.Kind == ChannelKind.Public).Select(c => c.Register).ToHashSet();
        foreach (var language in new[] { "en", "es" })
        {
            Assert.True(SuggestionFixture.Templates.TryGet(language, out var t));
            var all = t.Greetings.Values.SelectMany(g => new[] { g.Named, g.Anonymous })
                .Concat([t.Cases])
                .Concat(t.Interactions.Values)
                .Concat(t.Orders.Values)
                .Concat(t.Handoff.Where(h => publicRegisters.Contains(h.Key)).Select(h => h.Value))
                .Concat(t.Closing.Values.Where(c => c.Length > 0));
            foreach (var template in all)
            {
                var brace = template.IndexOf('{', StringComparison.Ordinal);
                var fixedPart = (brace < 0 ? template : template[..brace]).Trim();
                var sentenceCase = brace == 0 ? template[(template.IndexOf('}', StringComparison.Ordinal) + 1)..].Trim() : fixedPart;
                yield return sentenceCase.Length >= 8 ? sentenceCase : fixedPart.Length > 0 ? fixedPart : template;
            }
        }
    }

    [Property(Arbitrary = [typeof(Pieces)], MaxTest = 300)]
    public void Suggest_RandomDraftsFromRiskyPieces_NeverBlocked(Composed composed)
    {
        var result = SuggestionFixture.Suggest(new Draft(composed.Text, composed.Channel, composed.Language), SuggestionFixture.Maria);

        Assert.True(result.Suggestion is null || result.Suggestion.Check.Outcome != Outcome.Block, result.Suggestion?.Text);
    }

    /// <summary>A draft made of sentences chosen at random, some of them risky, for a random channel.</summary>
    public sealed record Composed(string Text, string Channel, string Language);

    public static class Pieces
    {
        public static Arbitrary<Composed> Composed() =>
            (from language in Gen.Elements("en", "es")
             from channel in Gen.Elements("x", "instagram", "facebook", "whatsapp", "messenger", "email", "x-dm", "public", "private")
             from sentences in Gen.ListOf(Gen.Elements(Drafts[language]))
             select new Composed(string.Join(' ', sentences), channel, language)).ToArbitrary();
    }
}
