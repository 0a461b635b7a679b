using AgentAssist.Bot.Tests.Fixtures;
using Microsoft.Playwright;

namespace AgentAssist.Bot.Tests.TryItPage;

/// <summary>
/// The try-it page in headless Chromium against the real host on Kestrel: what an agent sees after clicking Check,
/// including the Teams result card drawn by Microsoft's Adaptive Cards renderer. Needs Debian's chromium
/// (<c>AGENTASSIST_TEST_CHROMIUM</c>, or /usr/bin/chromium) and the renderer from <c>npm ci</c>; skipped without them.
/// Playwright drives the installed chromium through its bundled driver, so nothing is downloaded.
/// </summary>
public sealed class TryItPageTests(KestrelBotFactory factory) : IClassFixture<KestrelBotFactory>, IAsyncLifetime
{
    /// <summary>Where the first test leaves a picture of the page, for a person to look at.</summary>
    public const string ScreenshotPath = "/tmp/tryit.png";

    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"];

    private readonly List<string> _consoleErrors = [];
    private readonly List<string> _dialogs = [];
    private IPlaywright? _playwright;
    private IBrowser? _browser;

    private static string? Chromium =>
        Environment.GetEnvironmentVariable("AGENTASSIST_TEST_CHROMIUM") is { Length: > 0 } path ? path
        : File.Exists("/usr/bin/chromium") ? "/usr/bin/chromium"
        : null;

    private static string Renderer => Path.Combine(RepoPaths.NodeModules, "adaptivecards", "dist", "adaptivecards.min.js");

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
    }

    [SkippableFact]
    public async Task Check_ShoutingAndRefundOnX_HighlightsTheWordsAndRendersTheTeamsCard()
    {
        var page = await OpenPageAsync();

        await CheckAsync(page, "We are VERY sorry for the delay. We will refund you today.", "x");

        Assert.Equal(["VERY", "We will refund"], await page.Locator("#highlighted mark").AllTextContentsAsync());
        Assert.Equal(["warning", "approval"], await page.Locator("#highlighted mark").EvaluateAllAsync<string[]>("marks => marks.map(m => m.className)"));
        Assert.Equal("needsApproval", await page.Locator("#outcome").TextContentAsync());
        var card = await page.Locator("#card-preview .ac-adaptiveCard").InnerTextAsync();
        Assert.Contains("Needs a supervisor's approval", card, StringComparison.Ordinal);
        Assert.Contains("'We will refund' promises money or a benefit, which needs a supervisor's approval.", card, StringComparison.Ordinal);
        Assert.Contains("'VERY' is in capitals, which reads as shouting.", card, StringComparison.Ordinal);
        Assert.Equal("We are very sorry for the delay. We will refund you today.", await page.Locator("#card-preview textarea").InputValueAsync());
        Assert.True(await page.Locator("#card-preview button", new() { HasText = "Send for approval" }).IsVisibleAsync());
        Assert.True(await page.Locator("#card-note").IsHiddenAsync());
        AssertNoConsoleErrors();

        await page.ScreenshotAsync(new() { Path = ScreenshotPath, FullPage = true });
    }

    [SkippableFact]
    public async Task CardCheckAgain_EditedDraft_ChecksTheEditedTextThroughTheApi()
    {
        var page = await OpenPageAsync();
        await CheckAsync(page, "We are VERY sorry. We will refund you today.", "x");
        var requests = new List<string>();
        page.Request += (_, request) => requests.Add(request.Url);

        await page.Locator("#card-preview textarea").FillAsync("Sorry for the wait, Sam. Your order ships today.");
        await page.Locator("#card-preview button", new() { HasText = "Check again" }).ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('outcome').textContent !== 'needsApproval'");

        Assert.Contains(requests, url => url.EndsWith("/api/v1/check/card", StringComparison.Ordinal));
        Assert.Equal("Sorry for the wait, Sam. Your order ships today.", await page.Locator("#draft").InputValueAsync());
        Assert.Equal("x", await page.Locator("#channel").InputValueAsync());
        Assert.Equal(0, await page.Locator("#highlighted mark").CountAsync());
        Assert.Contains("Ready to send", await page.Locator("#card-preview .ac-adaptiveCard").InnerTextAsync(), StringComparison.Ordinal);
        AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task Check_SpanishDraft_ShowsTheCardInSpanish()
    {
        var page = await OpenPageAsync();

        await CheckAsync(page, "Hola, sentimos MUCHO el retraso. Te devolveremos el dinero hoy.", "x");

        Assert.Equal(["MUCHO", "Te devolveremos el dinero"], await page.Locator("#highlighted mark").AllTextContentsAsync());
        var card = await page.Locator("#card-preview .ac-adaptiveCard").InnerTextAsync();
        Assert.Contains("Necesita la aprobación de un supervisor", card, StringComparison.Ordinal);
        Assert.Contains("Tu borrador", card, StringComparison.Ordinal);
        Assert.Contains("Español (detectado)", card, StringComparison.Ordinal);
        Assert.True(await page.Locator("#card-preview button", new() { HasText = "Revisar de nuevo" }).IsVisibleAsync());
        Assert.DoesNotContain("Your draft", card, StringComparison.Ordinal);
        AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task Check_DraftWithMarkup_ShowsItAsTextAndRunsNothing()
    {
        const string markup = "<img src=x onerror=alert(1)>";
        var page = await OpenPageAsync();

        await CheckAsync(page, $"Thanks for waiting {markup} **we are on it**", "public");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);

        Assert.Equal(0, await page.Locator("img").CountAsync());
        Assert.Contains(markup, await page.Locator("#highlighted").TextContentAsync(), StringComparison.Ordinal);
        var card = await page.Locator("#card-preview .ac-adaptiveCard").InnerTextAsync();
        Assert.Contains(markup + " **we are on it**", card, StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#card-preview strong").CountAsync());
        Assert.Empty(_dialogs);
        AssertNoConsoleErrors();
    }

    [SkippableFact]
    public async Task Check_RendererNotInstalled_ShowsTheVerdictAndSaysThePreviewNeedsNpmCi()
    {
        var page = await OpenPageAsync(withRenderer: false);

        await page.Locator("#draft").FillAsync("We are VERY sorry. We will refund you today.");
        await page.SelectOptionAsync("#channel", "x");
        await page.Locator("#check").ClickAsync();
        await page.Locator("#card-note").WaitForAsync();

        Assert.Equal("needsApproval", await page.Locator("#outcome").TextContentAsync());
        Assert.Equal(["VERY", "We will refund"], await page.Locator("#highlighted mark").AllTextContentsAsync());
        Assert.Contains("npm ci", await page.Locator("#card-note").TextContentAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await page.Locator("#card-preview > *").CountAsync());
    }

    [SkippableFact]
    public async Task Check_SampleCustomerPicked_ShowsTheSuggestionAndUseSuggestionChecksIt()
    {
        var page = await OpenPageAsync();
        await page.Locator("#customer option[value='@maria_g']").WaitForAsync(new() { State = WaitForSelectorState.Attached });
        await page.SelectOptionAsync("#customer", "@maria_g");
        await page.SelectOptionAsync("#language", "es");

        await CheckAsync(page, "Hola, tu pedido sale hoy!!", "x");
        await page.Locator("#suggestion").WaitForAsync();

        var suggestion = await page.Locator("#suggestion").TextContentAsync();
        Assert.StartsWith("¡Hola, María! ¡Tu pedido sale hoy!", suggestion, StringComparison.Ordinal);
        Assert.Equal("pass", await page.Locator("#suggestion-outcome").TextContentAsync());
        Assert.True(await page.Locator("#card-preview button", new() { HasText = "Usar sugerencia" }).IsVisibleAsync());

        await page.Locator("#use-suggestion").ClickAsync();
        await page.WaitForFunctionAsync("() => document.getElementById('outcome').textContent === 'pass'");

        Assert.Equal(suggestion, await page.Locator("#draft").InputValueAsync());
        AssertNoConsoleErrors();
    }

    private void AssertNoConsoleErrors() =>
        Assert.True(_consoleErrors.Count == 0, "Console errors: " + string.Join(Environment.NewLine, _consoleErrors));

    private static async Task CheckAsync(IPage page, string draft, string channel)
    {
        await page.Locator("#draft").FillAsync(draft);
        await page.SelectOptionAsync("#channel", channel);
        await page.Locator("#check").ClickAsync();
        await page.Locator("#card-preview .ac-adaptiveCard").WaitForAsync();
    }

    /// <param name="withRenderer">False to answer the renderer's URL with a 404, as a host built without node_modules does.</param>
    private async Task<IPage> OpenPageAsync(bool withRenderer = true)
    {
        Skip.If(Chromium is not { } chromium || !File.Exists(chromium), "No Chromium: install Debian's chromium (/usr/bin/chromium) or set AGENTASSIST_TEST_CHROMIUM to a Chromium binary.");
        Skip.If(withRenderer && !File.Exists(Renderer), $"No Adaptive Cards renderer at {Renderer}: run `npm ci` at the repository root, then build again.");

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Args = ChromiumArgs });
        var page = await _browser.NewPageAsync(new() { ViewportSize = new() { Width = 1400, Height = 900 } });
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _consoleErrors.Add($"{message.Text} ({message.Location})");
            }
        };
        page.PageError += (_, error) => _consoleErrors.Add(error);
        page.Dialog += (_, dialog) =>
        {
            _dialogs.Add(dialog.Message);
            _ = dialog.DismissAsync();
        };

        if (!withRenderer)
        {
            await page.RouteAsync("**/lib/adaptivecards.min.js", route => route.FulfillAsync(new() { Status = 404 }));
        }

        await page.GotoAsync(new Uri(factory.MessagesUrl, "/").ToString());
        return page;
    }
}
