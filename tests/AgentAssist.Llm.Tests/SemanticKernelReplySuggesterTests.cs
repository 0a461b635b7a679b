using System.Diagnostics;
using System.Text.Json;
using AgentAssist.Core.Checking;
using AgentAssist.Core.Suggestions;
using AgentAssist.Llm.Tests.Fixtures;

namespace AgentAssist.Llm.Tests;

/// <summary>The suggester end to end: real Semantic Kernel connector, OpenAI-compatible server on loopback, real guardrails and offline fallback.</summary>
public sealed class SemanticKernelReplySuggesterTests
{
    private static readonly Draft EnglishDraft = new(
        $"hi, your order {Customers.Order} shipped. Kindly write to us if it doesnt arrive, we will also email {Customers.Email}.",
        "whatsapp",
        "en");

    private static readonly Draft SpanishDraft = new(
        $"Hola María, tu pedido {Customers.Order} va con retraso. Te escribimos a {Customers.Email} o al {Customers.Phone} cuando salga.",
        "whatsapp",
        "es");

    private static readonly Draft PublicDraft = new(
        $"@maria_g your order {Customers.Order} is late, we emailed {Customers.Email} about it",
        "x",
        "en");

    [Fact]
    public async Task SuggestAsync_GoodEnglishAnswer_OffersModelReplyWithPersonalDataRestored()
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(ScriptedAnswer.Reply("Hi [[PREFERRED_NAME_1]], your order [[ORDER_1]] is on its way. Please write to us here if it has not arrived by Friday."));

        var result = await harness.SuggestAsync(EnglishDraft, Customers.Sam);

        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.Equal(SuggestionSources.Llm, suggestion.Source);
        Assert.Equal($"Hi Sam, your order {Customers.Order} is on its way. Please write to us here if it has not arrived by Friday.", suggestion.Text);
        Assert.Equal("en", suggestion.Language);
        Assert.NotEqual(Outcome.Block, suggestion.Check.Outcome);
        Assert.DoesNotContain(suggestion.Changes, c => c.Kind == SuggestionChangeKind.Fallback);
        Assert.Contains(suggestion.Changes, c => c.Kind == SuggestionChangeKind.Repaired && c.RuleId == "BrandEn.PreferredWording");
        Assert.Contains(suggestion.Changes, c => c.Kind == SuggestionChangeKind.Repaired && c.RuleId == "Privacy.PersonalData");
    }

    [Fact]
    public async Task SuggestAsync_GoodSpanishAnswer_OffersModelReplyInSpanish()
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(ScriptedAnswer.Reply("Hola [[PREFERRED_NAME_1]], sentimos el retraso de tu pedido [[ORDER_1]]. Te avisamos por aquí en cuanto salga del almacén."));

        var result = await harness.SuggestAsync(SpanishDraft, Customers.Maria);

        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.Equal(SuggestionSources.Llm, suggestion.Source);
        Assert.Equal($"Hola María, sentimos el retraso de tu pedido {Customers.Order}. Te avisamos por aquí en cuanto salga del almacén.", suggestion.Text);
        Assert.Equal("es", suggestion.Language);
        Assert.NotEqual(Outcome.Block, suggestion.Check.Outcome);
        Assert.Contains(suggestion.Changes, c => c.Kind == SuggestionChangeKind.Redaction);
    }

    [Fact]
    public async Task SuggestAsync_Request_CarriesModelSettingsAndChatMessagesWithoutPersonalData()
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(ScriptedAnswer.Reply("Hola [[PREFERRED_NAME_1]], sentimos el retraso. Te avisamos por aquí."));

        await harness.SuggestAsync(SpanishDraft, Customers.Maria);

        var request = Assert.Single(harness.Server.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal(SuggesterHarness.Model, request.Json.GetProperty("model").GetString());
        Assert.Equal(0.3, request.Json.GetProperty("temperature").GetDouble(), 3);
        Assert.Equal(400, (request.Json.TryGetProperty("max_completion_tokens", out var max) ? max : request.Json.GetProperty("max_tokens")).GetInt32());
        Assert.False(request.Json.TryGetProperty("stream", out var stream) && stream.GetBoolean());
        var messages = request.Messages;
        Assert.Equal(["system", "user"], messages.Select(m => m.Role));
        var (_, system) = messages[0];
        var (_, user) = messages[1];
        Assert.Contains("Lumora", system, StringComparison.Ordinal);
        Assert.Contains("Lumora brand voice (Spanish)", system, StringComparison.Ordinal);
        Assert.DoesNotContain("Lumora brand voice (English)", system, StringComparison.Ordinal);
        Assert.Contains("WhatsApp (whatsapp)", system, StringComparison.Ordinal);
        Assert.Contains("At most 4096 characters", system, StringComparison.Ordinal);
        Assert.Contains("Write the reply in Spanish only.", system, StringComparison.Ordinal);
        Assert.Contains("Hola [[PREFERRED_NAME_1]], tu pedido [[ORDER_1]] va con retraso.", user, StringComparison.Ordinal);
        Assert.Contains("[[EMAIL_ADDRESS_1]]", user, StringComparison.Ordinal);
        Assert.Contains("[[PHONE_NUMBER_1]]", user, StringComparison.Ordinal);
        Assert.Contains("Open order [[ORDER_1]]: delayed, placed 2026-11-20: Aurora desk lamp", user, StringComparison.Ordinal);
        Assert.Contains("Contact by phone on 2026-11-28, pending: Asked about the delivery date", user, StringComparison.Ordinal);

        // Nothing personal leaves the service, in any spelling.
        var body = request.Body;
        var decoded = string.Concat(messages.Select(m => m.Content));
        foreach (var value in new[] { Customers.Email, Customers.Phone, "612 345 678", "5678", Customers.Order, "María", "Maria", "García", "maria_g", "CS-2207" })
        {
            Assert.DoesNotContain(value, body, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain(value, decoded, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task SuggestAsync_PublicChannelDraft_RequestHidesHandleAndTellsToMoveToPrivate()
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(ScriptedAnswer.Reply("Hi [[PREFERRED_NAME_1]], we're sorry your order is late. Please send us a private message so we can help."));

        var result = await harness.SuggestAsync(PublicDraft, Customers.Maria);

        var request = Assert.Single(harness.Server.Requests);
        var decoded = string.Concat(request.Messages.Select(m => m.Content));
        Assert.Contains("a public post that anyone can read", decoded, StringComparison.Ordinal);
        Assert.Contains("@[[USER_HANDLE_1]] your order [[ORDER_1]] is late", decoded, StringComparison.Ordinal);
        Assert.Contains("Privacy.", decoded, StringComparison.Ordinal);
        Assert.DoesNotContain("maria_g", request.Body, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain(Customers.Email, request.Body, StringComparison.OrdinalIgnoreCase);
        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.Equal(SuggestionSources.Llm, suggestion.Source);
        Assert.Equal("Hi María, we're sorry your order is late. Please send us a private message so we can help.", suggestion.Text);
    }

    [Fact]
    public async Task SuggestAsync_SlowModel_FallsBackOfflineWithinTimeout()
    {
        await using var harness = await SuggesterHarness.StartAsync(o => o.Timeout = TimeSpan.FromMilliseconds(400));
        harness.Server.Script(ScriptedAnswer.Slow("Hi [[PREFERRED_NAME_1]], your order is on its way.", TimeSpan.FromSeconds(20)));

        var clock = Stopwatch.StartNew();
        var result = await harness.SuggestAsync(EnglishDraft, Customers.Sam);
        clock.Stop();

        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.Equal(SuggestionSources.Offline, suggestion.Source);
        var fallback = suggestion.Changes[0];
        Assert.Equal(SuggestionChangeKind.Fallback, fallback.Kind);
        Assert.Contains("timeout", fallback.Description, StringComparison.Ordinal);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(10), $"took {clock.Elapsed}");
        Assert.Contains(harness.Logs.Entries, e => e.Event.Id == 3002 && e.Message.Contains("Timeout", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(500, "500")]
    [InlineData(429, "429")]
    [InlineData(401, "401")]
    public async Task SuggestAsync_ServerError_FallsBackOfflineAndSaysWhich(int status, string expected)
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(ScriptedAnswer.Error(status));

        var result = await harness.SuggestAsync(EnglishDraft, Customers.Sam);

        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.Equal(SuggestionSources.Offline, suggestion.Source);
        Assert.Equal(SuggestionChangeKind.Fallback, suggestion.Changes[0].Kind);
        Assert.Contains("server error", suggestion.Changes[0].Description, StringComparison.Ordinal);
        Assert.Contains(expected, suggestion.Changes[0].Description, StringComparison.Ordinal);

        // No retry: the agent is waiting, the offline suggestion is immediate.
        Assert.Single(harness.Server.Requests);
    }

    [Fact]
    public async Task SuggestAsync_ModelFailsAndOfflineCannotHelp_WithheldWithBothReasons()
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(ScriptedAnswer.Error(500));

        var result = await harness.SuggestAsync(new Draft("Bonjour, votre commande est en route.", "whatsapp", "fr"));

        Assert.True(result.IsWithheld);
        Assert.Equal(SuggestionSources.Offline, result.Source);
        Assert.Contains("no offline templates for language 'fr'", result.WithheldReason, StringComparison.Ordinal);
        Assert.Contains("server error", result.WithheldReason, StringComparison.Ordinal);
        Assert.Contains("Write the reply in French only.", harness.Server.Requests[0].Messages[0].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestAsync_ServerDown_FallsBackOffline()
    {
        var server = await LoopbackModelServer.StartAsync();
        var deadEndpoint = server.OpenAIEndpoint;
        await server.DisposeAsync();
        await using var harness = await SuggesterHarness.StartAsync(o => o.Endpoint = deadEndpoint);

        var result = await harness.SuggestAsync(EnglishDraft, Customers.Sam);

        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.Equal(SuggestionSources.Offline, suggestion.Source);
        Assert.Contains("server unreachable", suggestion.Changes[0].Description, StringComparison.Ordinal);
    }

    public static TheoryData<ScriptedAnswer, string> GarbageAnswers() => new()
    {
        { ScriptedAnswer.Reply(string.Empty), "empty answer" },
        { ScriptedAnswer.Reply("   \n  "), "empty answer" },
        { ScriptedAnswer.Reply("```\nHi [[PREFERRED_NAME_1]], your order is on its way.\n```"), "not a plain reply" },
        { ScriptedAnswer.Reply("Sure! Here is the reply:\nHi [[PREFERRED_NAME_1]], your order is on its way."), "not a plain reply" },
        { ScriptedAnswer.Reply("Suggested reply: Hi [[PREFERRED_NAME_1]], your order is on its way."), "not a plain reply" },
        { ScriptedAnswer.Reply("**Hi [[PREFERRED_NAME_1]]**, your order is on its way."), "not a plain reply" },
        { ScriptedAnswer.Reply("Hola [[PREFERRED_NAME_1]], tu pedido ya está en camino y te avisamos por aquí."), "wrong language" },
        { ScriptedAnswer.Reply("Hi [[PREFERRED_NAME_1]], we sent the label to [[EMAIL_ADDRESS_4]]."), "bad placeholder" },
        { ScriptedAnswer.Reply("Hi [[PREFERRED_NAME_1], your order is on its way."), "bad placeholder" },
        { ScriptedAnswer.Reply("Hi PREFERRED_NAME_1, your order is on its way."), "bad placeholder" },
        { new ScriptedAnswer("Hi [[PREFERRED_NAME_1]], your order is on its", FinishReason: "length"), "answer cut off" },
        { new ScriptedAnswer(null, RawBody: "this is not JSON"), "server unreachable" },
        { new ScriptedAnswer(null, RawBody: "{\"choices\":[]}"), "server unreachable" },
    };

    [Theory]
    [MemberData(nameof(GarbageAnswers))]
    public async Task SuggestAsync_GarbageAnswer_FallsBackOffline(ScriptedAnswer answer, string reason)
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(answer);

        var result = await harness.SuggestAsync(EnglishDraft, Customers.Sam);

        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.Equal(SuggestionSources.Offline, suggestion.Source);
        Assert.Equal(SuggestionChangeKind.Fallback, suggestion.Changes[0].Kind);
        Assert.Contains(reason, suggestion.Changes[0].Description, StringComparison.Ordinal);
        Assert.NotEqual(Outcome.Block, suggestion.Check.Outcome);
    }

    [Fact]
    public async Task SuggestAsync_AnswerLongerThanChannel_FallsBackOffline()
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(ScriptedAnswer.Reply("Hi [[PREFERRED_NAME_1]], " + string.Concat(Enumerable.Repeat("your order is on its way and we are watching it closely. ", 8))));

        var result = await harness.SuggestAsync(PublicDraft with { Text = "your order is late, sorry" }, Customers.Sam);

        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.Equal(SuggestionSources.Offline, suggestion.Source);
        Assert.Contains("too long", suggestion.Changes[0].Description, StringComparison.Ordinal);
        Assert.Contains("limit 280", suggestion.Changes[0].Description, StringComparison.Ordinal);
    }

    [Fact]
    public async Task SuggestAsync_AnswerPuttingEmailInPublicPost_IsRepairedNeverOfferedBlocked()
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(ScriptedAnswer.Reply("Hi [[PREFERRED_NAME_1]], sorry your order is late. We sent the details to [[EMAIL_ADDRESS_1]]."));

        var result = await harness.SuggestAsync(PublicDraft, Customers.Maria);

        Assert.Equal(SuggestionSources.Llm, result.Source);
        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.NotEqual(Outcome.Block, suggestion.Check.Outcome);
        Assert.DoesNotContain(Customers.Email, suggestion.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(suggestion.Changes, c => c.Kind == SuggestionChangeKind.Redaction);
    }

    [Fact]
    public async Task SuggestAsync_AnswerInventingPersonalData_IsRepairedNeverOfferedBlocked()
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(ScriptedAnswer.Reply("Hi [[PREFERRED_NAME_1]], sorry about the delay. Call me on +1 415 555 0134 or write to jane.doe@example.org."));

        var result = await harness.SuggestAsync(PublicDraft, Customers.Sam);

        Assert.Equal(SuggestionSources.Llm, result.Source);
        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.NotEqual(Outcome.Block, suggestion.Check.Outcome);
        Assert.DoesNotContain("jane.doe@example.org", suggestion.Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("555 0134", suggestion.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Hi [[PREFERRED_NAME_1]], sorry this shit happened. Your order is on its way.", "shit", "en")]
    [InlineData("Hi [[PREFERRED_NAME_1]], what a fucking mess, sorry. Your order is on its way.", "fucking", "en")]
    [InlineData("Hola [[PREFERRED_NAME_1]], menuda mierda, lo sentimos. Tu pedido ya está en camino.", "mierda", "es")]
    public async Task SuggestAsync_ProfaneAnswer_IsRepairedNeverOfferedBlocked(string answer, string word, string language)
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(ScriptedAnswer.Reply(answer));
        var draft = language == "es" ? SpanishDraft : EnglishDraft;

        var result = await harness.SuggestAsync(draft, language == "es" ? Customers.Maria : Customers.Sam);

        Assert.Equal(SuggestionSources.Llm, result.Source);
        var suggestion = Assert.IsType<Suggestion>(result.Suggestion);
        Assert.NotEqual(Outcome.Block, suggestion.Check.Outcome);
        Assert.DoesNotContain(word, suggestion.Text, StringComparison.OrdinalIgnoreCase);
        Assert.Contains(suggestion.Changes, c => c.Kind == SuggestionChangeKind.Repaired);
    }

    [Fact]
    public async Task SuggestAsync_AzureOpenAI_CallsDeploymentWithApiKeyHeader()
    {
        await using var harness = await SuggesterHarness.StartAsync(o =>
        {
            o.Kind = LlmEndpointKind.AzureOpenAI;
            o.Endpoint = new Uri(o.Endpoint!, "/");
            o.Model = "care-replies";
            o.ApiKey = "azure-test-key";
        });
        harness.Server.Script(ScriptedAnswer.Reply("Hi [[PREFERRED_NAME_1]], your order [[ORDER_1]] is on its way."));

        var result = await harness.SuggestAsync(EnglishDraft, Customers.Sam);

        var request = Assert.Single(harness.Server.Requests);
        Assert.StartsWith("/openai/deployments/care-replies/chat/completions?api-version=", request.Path, StringComparison.Ordinal);
        Assert.Equal("azure-test-key", request.ApiKey);
        Assert.Equal($"Hi Sam, your order {Customers.Order} is on its way.", result.Suggestion?.Text);
    }

    [Fact]
    public async Task SuggestAsync_ApiKey_SentAsBearerTokenAndNeverLogged()
    {
        const string Key = "sk-test-1234567890";
        await using var harness = await SuggesterHarness.StartAsync(o => o.ApiKey = Key);
        harness.Server.Script(ScriptedAnswer.Reply("Hi [[PREFERRED_NAME_1]], your order is on its way."), ScriptedAnswer.Error(503));

        await harness.SuggestAsync(EnglishDraft, Customers.Sam);
        await harness.SuggestAsync(EnglishDraft, Customers.Sam);

        Assert.All(harness.Server.Requests, r => Assert.Equal("Bearer " + Key, r.Authorization));
        Assert.NotEmpty(harness.Logs.Entries);
        Assert.DoesNotContain(harness.Logs.Entries, e => e.Message.Contains(Key, StringComparison.Ordinal));
    }

    [Fact]
    public async Task SuggestAsync_Logs_NeverCarryDraftAnswerOrPersonalData()
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(
            ScriptedAnswer.Reply("Hola [[PREFERRED_NAME_1]], sentimos el retraso de tu pedido [[ORDER_1]]."),
            ScriptedAnswer.Reply("Hello [[PREFERRED_NAME_1]], this answer is in English and unusable."),
            ScriptedAnswer.Reply("Hola [[PREFERRED_NAME_1]], escribe a [[EMAIL_ADDRESS_9]]."));

        for (var i = 0; i < 3; i++)
        {
            await harness.SuggestAsync(SpanishDraft, Customers.Maria);
        }

        var logged = string.Join('\n', harness.Logs.Entries.Select(e => e.Message));
        Assert.Contains("WrongLanguage", logged, StringComparison.Ordinal);
        Assert.Contains("BadPlaceholder", logged, StringComparison.Ordinal);
        foreach (var value in new[] { Customers.Email, Customers.Phone, Customers.Order, "María", "retraso", "English", "EMAIL_ADDRESS_9" })
        {
            Assert.DoesNotContain(value, logged, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public async Task SuggestAsync_NoCustomer_StillHidesDraftPersonalData()
    {
        await using var harness = await SuggesterHarness.StartAsync();
        harness.Server.Script(ScriptedAnswer.Reply("Hi, we will email you at [[EMAIL_ADDRESS_1]] today."));

        var result = await harness.SuggestAsync(new Draft("Hi, we will email you at pat.lee@example.net today", "email", "en"));

        var request = Assert.Single(harness.Server.Requests);
        Assert.DoesNotContain("pat.lee@example.net", request.Body, StringComparison.Ordinal);
        Assert.Contains("Nothing is known about the customer.", string.Concat(request.Messages.Select(m => m.Content)), StringComparison.Ordinal);
        // The address is the customer's own only when a known customer gave it; without one the guard masks the warning.
        Assert.Equal("Hi, we will email you at ****@****.net today.", result.Suggestion?.Text);
        using var body = JsonDocument.Parse(request.Body);
        Assert.Equal(SuggesterHarness.Model, body.RootElement.GetProperty("model").GetString());
    }
}
