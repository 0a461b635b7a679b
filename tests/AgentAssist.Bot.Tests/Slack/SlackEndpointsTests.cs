using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using AgentAssist.Slack.Tests.Fixtures;

namespace AgentAssist.Bot.Tests.Slack;

/// <summary>
/// The host's Slack URLs end to end: signed requests in, real HTTP calls out to a loopback Slack that checks each
/// against Slack's published Web API description.
/// </summary>
public sealed class SlackEndpointsTests : IAsyncLifetime, IDisposable
{
    private const string SpanishRefund = "Hola, sentimos mucho el retraso de tu pedido. Te reembolsaremos el importe completo hoy.";

    private LoopbackSlackPeer _peer = null!;

    private SlackBotFactory _factory = null!;

    private HttpClient _client = null!;

    public async Task InitializeAsync()
    {
        _peer = await LoopbackSlackPeer.StartAsync();
        _factory = new SlackBotFactory(_peer);
        _client = _factory.CreateClient();
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        await _peer.DisposeAsync();
    }

    public void Dispose()
    {
        _client.Dispose();
        _factory.Dispose();
    }

    private Task<HttpResponseMessage> SendAsync(string path, string body, string contentType, string? timestamp = null, string? signature = null, int? retryNum = null) =>
        LoopbackSlackPeer.SendSignedAsync(_client, path, body, contentType, timestamp, signature, retryNum);

    [Fact]
    public async Task Events_UrlVerification_EchoesTheChallenge()
    {
        using var response = await SendAsync("/api/slack/events", """{"token":"t","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"}""", SlackRequests.Json);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P", (string?)body["challenge"]);
    }

    [Theory]
    [InlineData("/api/slack/events")]
    [InlineData("/api/slack/commands")]
    [InlineData("/api/slack/interactions")]
    public async Task AnyUrl_BadStaleOrMissingSignature_401AndNothingDone(string path)
    {
        var body = path.EndsWith("events", StringComparison.Ordinal)
            ? SlackRequests.DirectMessage("Ev401", "check x en: secret draft text")
            : path.EndsWith("commands", StringComparison.Ordinal) ? SlackRequests.Command(_peer, "check x en: secret draft text") : SlackRequests.BlockAction("aa_open_form", "{}", null);
        var contentType = path.EndsWith("events", StringComparison.Ordinal) ? SlackRequests.Json : SlackRequests.Form;
        var stale = DateTimeOffset.UtcNow.AddMinutes(-6).ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture);

        using var tampered = await SendAsync(path, body, contentType, signature: "v0=" + new string('a', 64));
        using var old = await SendAsync(path, body, contentType, timestamp: stale);
        using var unsigned = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, System.Text.Encoding.UTF8, contentType) };
        using var missing = await _client.SendAsync(unsigned);

        Assert.Equal(HttpStatusCode.Unauthorized, tampered.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, old.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, missing.StatusCode);
        Assert.Equal("application/problem+json", tampered.Content.Headers.ContentType?.MediaType);
        await Task.Delay(300);
        Assert.Empty(_peer.Calls);
        Assert.DoesNotContain(_factory.Logs.Lines, l => l.Contains("secret draft", StringComparison.Ordinal));
        Assert.Contains(_factory.Logs.Lines, l => l.Contains("Refused a Slack", StringComparison.Ordinal) && l.Contains("Stale", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Events_DirectMessageInSpanish_AcknowledgedAtOnceThenResultPostedInSpanish()
    {
        using var warm = await SendAsync("/api/slack/events", """{"type":"url_verification","challenge":"c"}""", SlackRequests.Json);
        var clock = Stopwatch.StartNew();

        using var response = await SendAsync("/api/slack/events", SlackRequests.DirectMessage("Ev1", SpanishRefund), SlackRequests.Json);
        var acknowledged = clock.Elapsed;

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(acknowledged < TimeSpan.FromSeconds(3), $"acknowledged after {acknowledged}");
        var post = (await _peer.WaitForAsync(c => c.Method == "chat.postMessage")).Single();
        Assert.Equal("D0DM", (string?)post.Arguments["channel"]);
        Assert.Equal("Necesita la aprobación de un supervisor", post.Text);
        Assert.Contains(Highlighted(post), h => h.Contains("reembolsaremos", StringComparison.OrdinalIgnoreCase));
        Assert.Contains("Qué cambiar", post.AllText, StringComparison.Ordinal);
        Assert.Equal(
            ["aa_request_approval", "aa_edit_check", "aa_open_form"],
            ActionIds(post).Where(a => a != "aa_use_suggestion"));
        Assert.Empty(_peer.Problems);
    }

    [Fact]
    public async Task Events_RetriedWithSameEventId_AnsweredOnce()
    {
        using var first = await SendAsync("/api/slack/events", SlackRequests.DirectMessage("EvRetry", "check x en: Hi Sam, your order left today."), SlackRequests.Json);
        await _peer.WaitForAsync(c => c.Method == "chat.postMessage");

        using var retry = await SendAsync("/api/slack/events", SlackRequests.DirectMessage("EvRetry", "check x en: Hi Sam, your order left today."), SlackRequests.Json, retryNum: 1);
        using var another = await SendAsync("/api/slack/events", SlackRequests.DirectMessage("EvOther", "check x en: Hi Sam, your order left today."), SlackRequests.Json);
        await _peer.WaitForAsync(c => c.Method == "chat.postMessage", count: 2);
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.OK, retry.StatusCode);
        Assert.Equal(2, _peer.CallsTo("chat.postMessage").Count);
        Assert.Contains(_factory.Logs.Lines, l => l.Contains("retry 1", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Events_BotsOwnMessage_Ignored()
    {
        using var response = await SendAsync("/api/slack/events", SlackRequests.DirectMessage("EvBot", "Ready to send", botId: "B0BOT"), SlackRequests.Json);
        await Task.Delay(500);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(_peer.Calls);
    }

    [Fact]
    public async Task Events_MentionInChannel_AnsweredInItsThreadWithTheMentionLeftOut()
    {
        using var response = await SendAsync("/api/slack/events", SlackRequests.Mention("EvM", "check x es @maria_g: Hola María, ¡tu pedido ya salió! 😊🎉🎉"), SlackRequests.Json);

        var post = (await _peer.WaitForAsync(c => c.Method == "chat.postMessage")).Single();
        Assert.Equal("C0TEAM", (string?)post.Arguments["channel"]);
        Assert.Equal("1700000000.000200", (string?)post.Arguments["thread_ts"]);
        Assert.Contains("X (Twitter), público", post.AllText, StringComparison.Ordinal);
        Assert.Contains("@maria_g", post.AllText, StringComparison.Ordinal);
        Assert.Contains("Brand.Emoji", post.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain("U0BOT", BlockText(post, "aa_draft"), StringComparison.Ordinal);
        Assert.Empty(_peer.Problems);
    }

    [Theory]
    [InlineData("help", "What I can do")]
    [InlineData("ayuda", "Qué puedo hacer")]
    [InlineData("?", "What I can do")]
    public async Task Commands_Help_ListsTheCommandsThroughTheResponseUrl(string text, string title)
    {
        using var response = await SendAsync("/api/slack/commands", SlackRequests.Command(_peer, text), SlackRequests.Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = (await _peer.WaitForAsync(c => c.Method == "response_url")).Single();
        Assert.Equal("ephemeral", (string?)answer.Arguments["response_type"]);
        Assert.Equal(title, answer.Text);
        Assert.Contains("/assist", answer.AllText, StringComparison.Ordinal);
        Assert.Empty(_peer.Problems);
    }

    [Fact]
    public async Task Commands_CheckFromAChannel_ResultInTheDirectMessagesAndANoteInTheChannel()
    {
        using var response = await SendAsync("/api/slack/commands", SlackRequests.Command(_peer, "check x es @maria_g: Hola María, tu pedido ya salió.", channelId: "C0TEAM"), SlackRequests.Form);

        var post = (await _peer.WaitForAsync(c => c.Method == "chat.postMessage")).Single();
        var note = (await _peer.WaitForAsync(c => c.Method == "response_url")).Single();
        Assert.Equal("U0AGENT", (string?)post.Arguments["channel"]);
        Assert.Contains("Canal", post.AllText, StringComparison.Ordinal);
        Assert.Contains("mensaje directo", note.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("Hola María", note.AllText, StringComparison.Ordinal);
        Assert.Empty(_peer.Problems);
    }

    [Fact]
    public async Task Commands_AssistAloneForASpanishSlackUser_OpensTheModalInSpanish()
    {
        _peer.Users["U0ES"] = ("Lucía", "es-ES");

        using var response = await SendAsync("/api/slack/commands", SlackRequests.Command(_peer, string.Empty, user: "U0ES"), SlackRequests.Form);

        var open = (await _peer.WaitForAsync(c => c.Method == "views.open")).Single();
        Assert.Equal("1337.42.abcdef", (string?)open.Arguments["trigger_id"]);
        var view = open.Arguments["view"]!;
        Assert.Equal("aa_check", (string?)view["callback_id"]);
        Assert.Equal("Revisar un borrador", (string?)view["title"]!["text"]);
        Assert.Contains("\"ui\":\"es\"", (string?)view["private_metadata"], StringComparison.Ordinal);
        Assert.Empty(_peer.Problems);
    }

    [Fact]
    public async Task Interactions_ViewSubmissionWithoutDraft_ErrorShownInTheModal()
    {
        using var response = await SendAsync("/api/slack/interactions", SlackRequests.ViewSubmission("  ", "x", "auto", null, """{"ui":"es","to":"U0AGENT"}"""), SlackRequests.Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("errors", (string?)body["response_action"]);
        Assert.Equal("Escribe el borrador que quieres revisar.", (string?)body["errors"]!["text"]);
    }

    [Fact]
    public async Task Interactions_ViewSubmission_ModalClosesAndResultIsPostedWithTheChosenOptions()
    {
        using var response = await SendAsync("/api/slack/interactions", SlackRequests.ViewSubmission("Tu pedido sale mañana.", "whatsapp", "es", "maria_g", """{"ui":"en","to":"D0DM"}"""), SlackRequests.Form);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(string.Empty, await response.Content.ReadAsStringAsync());
        var post = (await _peer.WaitForAsync(c => c.Method == "chat.postMessage")).Single();
        Assert.Equal("D0DM", (string?)post.Arguments["channel"]);
        Assert.Contains("WhatsApp", post.AllText, StringComparison.Ordinal);
        Assert.Contains("@maria_g", post.AllText, StringComparison.Ordinal);
        // @maria_g is a sample customer: the suggestion greets her by name.
        Assert.Contains("María", BlockText(post, "aa_suggestion"), StringComparison.Ordinal);
        Assert.Empty(_peer.Problems);
    }

    [Fact]
    public async Task Interactions_UseSuggestion_ChecksTheSuggestionAsTheNewDraft()
    {
        using var first = await SendAsync("/api/slack/interactions", SlackRequests.ViewSubmission("Tu pedido sale mañana.", "whatsapp", "es", "@maria_g", """{"ui":"es","to":"D0DM"}"""), SlackRequests.Form);
        var result = (await _peer.WaitForAsync(c => c.Method == "chat.postMessage")).Single();
        var suggestion = BlockText(result, "aa_suggestion");
        var button = Buttons(result).Single(b => (string?)b["action_id"] == "aa_use_suggestion");

        using var click = await SendAsync("/api/slack/interactions", SlackRequests.BlockAction("aa_use_suggestion", (string)button["value"]!, (JsonArray)result.Arguments["blocks"]!), SlackRequests.Form);

        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        var second = (await _peer.WaitForAsync(c => c.Method == "chat.postMessage", count: 2))[1];
        Assert.Equal(suggestion, BlockText(second, "aa_draft"));
        Assert.Contains("WhatsApp", second.AllText, StringComparison.Ordinal);
        Assert.Empty(_peer.Problems);
    }

    [Fact]
    public async Task Interactions_EditAndCheckAgain_OpensTheModalWithTheCorrectedDraft()
    {
        using var first = await SendAsync("/api/slack/events", SlackRequests.DirectMessage("EvEdit", "check x en: We are VERY sorry!!! Your order is late."), SlackRequests.Json);
        var result = (await _peer.WaitForAsync(c => c.Method == "chat.postMessage")).Single();
        var corrected = BlockText(result, "aa_corrected");
        var button = Buttons(result).Single(b => (string?)b["action_id"] == "aa_edit_check");

        using var click = await SendAsync("/api/slack/interactions", SlackRequests.BlockAction("aa_edit_check", (string)button["value"]!, (JsonArray)result.Arguments["blocks"]!), SlackRequests.Form);

        var open = (await _peer.WaitForAsync(c => c.Method == "views.open")).Single();
        var blocks = open.Arguments["view"]!["blocks"]!.AsArray();
        Assert.Equal(corrected, (string?)blocks[0]!["element"]!["initial_value"]);
        Assert.Equal("x", (string?)blocks[1]!["element"]!["initial_option"]!["value"]);
        Assert.NotEqual("We are VERY sorry!!! Your order is late.", corrected);
        Assert.Empty(_peer.Problems);
    }

    [Fact]
    public async Task Interactions_DoubleClick_OneAnswer()
    {
        using var first = await SendAsync("/api/slack/interactions", SlackRequests.BlockAction("aa_request_approval", """{"ui":"en"}""", null), SlackRequests.Form);
        using var again = await SendAsync("/api/slack/interactions", SlackRequests.BlockAction("aa_request_approval", """{"ui":"en"}""", null), SlackRequests.Form);
        await _peer.WaitForAsync(c => c.Method == "chat.postMessage");
        await Task.Delay(300);

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Single(_peer.CallsTo("chat.postMessage"));
    }

    [Theory]
    [InlineData("/api/slack/events", "{not json", SlackRequests.Json)]
    [InlineData("/api/slack/events", "[1,2,3]", SlackRequests.Json)]
    [InlineData("/api/slack/commands", "text=check", SlackRequests.Form)]
    [InlineData("/api/slack/interactions", "payload=%7Bbroken", SlackRequests.Form)]
    [InlineData("/api/slack/interactions", "nothing=here", SlackRequests.Form)]
    public async Task AnyUrl_SignedButMalformed_400(string path, string body, string contentType)
    {
        using var response = await SendAsync(path, body, contentType);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Commands_SslCheck_200WithoutSignature()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/slack/commands") { Content = new StringContent("ssl_check=1&token=x", System.Text.Encoding.UTF8, SlackRequests.Form) };

        using var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Events_HugeBody_413()
    {
        var body = SlackRequests.DirectMessage("EvHuge", new string('a', 300_000));

        using var response = await SendAsync("/api/slack/events", body, SlackRequests.Json);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task AnyUrl_RandomBodies_NeverA5xx()
    {
        var random = new Random(1405);
        var paths = new[] { "/api/slack/events", "/api/slack/commands", "/api/slack/interactions" };
        var shapes = new Func<string>[]
        {
            () => new string((char)random.Next(0, 0xD7FF), random.Next(0, 200)),
            () => "payload=" + Uri.EscapeDataString("{\"type\":\"block_actions\",\"user\":{\"id\":\"U1\"},\"actions\":[{\"action_id\":\"" + random.Next() + "\"}]}"),
            () => "payload=" + Uri.EscapeDataString("{\"type\":\"view_submission\",\"user\":{\"id\":\"U1\"},\"view\":{\"callback_id\":\"aa_check\",\"state\":{\"values\":{\"text\":7}}}}"),
            () => "{\"type\":\"event_callback\",\"event_id\":\"E" + random.Next() + "\",\"event\":{\"type\":\"message\",\"channel_type\":\"im\",\"user\":\"U1\"}}",
            () => "{\"type\":\"event_callback\",\"event\":" + new string('[', 5000) + "}",
            () => "command=/assist&user_id=U1&text=" + Uri.EscapeDataString(new string('x', random.Next(0, 6000))),
            () => "payload=" + new string('%', random.Next(1, 50)),
        };
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 60; i++)
        {
            var body = shapes[i % shapes.Length]();
            using var response = await SendAsync(paths[i % paths.Length], body, i % 2 == 0 ? SlackRequests.Json : SlackRequests.Form, signature: i % 5 == 4 ? "v0=junk" : null);
            statuses.Add(response.StatusCode);
        }

        Assert.DoesNotContain(statuses, s => (int)s >= 500);
        Assert.Contains(HttpStatusCode.BadRequest, statuses);
        Assert.Contains(HttpStatusCode.Unauthorized, statuses);
    }

    private static IEnumerable<JsonObject> Buttons(SlackCall call) =>
        call.Arguments["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(b => (string?)b["type"] == "actions")
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>());

    private static List<string> ActionIds(SlackCall call) => [.. Buttons(call).Select(b => (string)b["action_id"]!)];

    private static string BlockText(SlackCall call, string blockId) =>
        string.Concat(RichRuns(call, blockId).Select(r => (string?)r["text"]));

    private static IEnumerable<string> Highlighted(SlackCall call) =>
        RichRuns(call, "aa_draft").Where(r => r["style"]?["code"] is not null).Select(r => (string)r["text"]!);

    private static IEnumerable<JsonObject> RichRuns(SlackCall call, string blockId) =>
        call.Arguments["blocks"]!.AsArray().OfType<JsonObject>()
            .Where(b => (string?)b["block_id"] == blockId)
            .SelectMany(b => b["elements"]!.AsArray().OfType<JsonObject>())
            .SelectMany(s => s["elements"]!.AsArray().OfType<JsonObject>());
}
