using AgentAssist.Core.Checking;
using AgentAssist.Core.Suggestions;
using AgentAssist.Llm.Tests.Fixtures;

namespace AgentAssist.Llm.Tests;

/// <summary>
/// Issue #6, item 4, for model answers: whatever the model answers, on whatever channel, what the agent is offered
/// never blocks. Every answer the suggester tests script, and some worse, goes through the host's wiring here.
/// </summary>
public sealed class GuardedModelAnswersTests
{
    private static readonly string[] Answers =
    [
        "Hi [[PREFERRED_NAME_1]], your order [[ORDER_1]] is on its way. Please write to us here if it has not arrived by Friday.",
        "Hola [[PREFERRED_NAME_1]], sentimos el retraso de tu pedido [[ORDER_1]]. Te avisamos por aquí en cuanto salga del almacén.",
        "Hi [[PREFERRED_NAME_1]], we're sorry your order is late. Please send us a private message so we can help.",
        "Hi [[PREFERRED_NAME_1]], sorry your order is late. We sent the details to [[EMAIL_ADDRESS_1]].",
        "Hi [[PREFERRED_NAME_1]], sorry about the delay. Call me on +1 415 555 0134 or write to jane.doe@example.org.",
        "Hi [[PREFERRED_NAME_1]], sorry this shit happened. Your order is on its way.",
        "Hi [[PREFERRED_NAME_1]], what a fucking mess, sorry. Your order is on its way.",
        "Hola [[PREFERRED_NAME_1]], menuda mierda, lo sentimos. Tu pedido ya está en camino.",
        "[[PERSON_1]] (@[[USER_HANDLE_1]]), your card 4111 1111 1111 1111 was charged twice; your password is Hunter2!",
        "Hi [[PREFERRED_NAME_1]], see https://jira.lumora.internal/browse/CARE-1234 for your ticket, and we will refund you 500 euros.",
        "YOU ARE AN IDIOT [[PREFERRED_NAME_1]]!!!! 😡😡😡😡",
        "Hola [[PREFERRED_NAME_1]], tu DNI 12345678Z y tu IBAN ES91 2100 0418 4502 0005 1332 ya están en el sistema, gilipollas.",
    ];

    private static readonly string[] Channels = ["x", "whatsapp", "email", "instagram"];

    public static TheoryData<int, string> Cases()
    {
        var cases = new TheoryData<int, string>();
        for (var i = 0; i < Answers.Length; i++)
        {
            foreach (var channel in Channels)
            {
                cases.Add(i, channel);
            }
        }

        return cases;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task SuggestAsync_AnyScriptedAnswer_NeverOffersBlockedSuggestion(int answer, string channel)
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(ScriptedAnswer.Reply(Answers[answer]));
        var spanish = Answers[answer].StartsWith("Hola", StringComparison.Ordinal);
        var draft = new Draft(spanish ? "Hola, tu pedido va con retraso, lo sentimos." : "Hi, your order is late, sorry about that.", channel, spanish ? "es" : "en");

        var result = await harness.SuggestAsync(draft, spanish ? Customers.Maria : Customers.Sam);

        Assert.Single(harness.Server.Requests);
        if (result.Suggestion is { } suggestion)
        {
            Assert.NotEqual(Outcome.Block, suggestion.Check.Outcome);
            Assert.NotEqual(Outcome.Block, TestGuardrails.Engine.Check(draft with { Text = suggestion.Text, Language = suggestion.Language, Customer = (spanish ? Customers.Maria : Customers.Sam).Context }).Outcome);
        }
        else
        {
            Assert.False(string.IsNullOrWhiteSpace(result.WithheldReason));
        }
    }
}
