using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SalesBot.Host.Tests;

/// <summary>The local chat page in a real headless Chromium against the real Host on loopback, clicked and typed like a user.</summary>
public sealed partial class LocalChatBrowserTests(SalesBotServer server, ChromiumBrowser chromium, ITestOutputHelper output)
    : IClassFixture<SalesBotServer>, IClassFixture<ChromiumBrowser>, IAsyncLifetime
{
    private IBrowserContext _context = null!;
    private IPage _page = null!;
    private readonly List<string> _browserProblems = [];

    public async Task InitializeAsync()
    {
        // A fresh context: empty localStorage, so a new user and a new conversation.
        _context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = server.BaseAddress.ToString(),
            Locale = "en-US",
            TimezoneId = "Europe/Warsaw",
            ViewportSize = new ViewportSize { Width = 900, Height = 1100 },
        });
        _page = await _context.NewPageAsync();
        _page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                _browserProblems.Add($"console: {message.Text} ({message.Location})");
            }
        };
        _page.PageError += (_, error) => _browserProblems.Add("page error: " + error);
    }

    public async Task DisposeAsync() => await _context.CloseAsync();

    [Fact]
    public async Task QualifyingAcmeInTheLocalChat_ClickingChoicesAndTypingAnswers_AdvancesTheProgressToTheVerdict()
    {
        var progress = _page.GetByTestId("progress");
        var choices = _page.GetByTestId("choices");
        var botMessages = _page.GetByTestId("bot-message");
        var input = _page.Locator("#input");

        await _page.GotoAsync("/");
        await Expect(_page).ToHaveTitleAsync("SalesBot — local chat");
        await Expect(botMessages.First).ToContainTextAsync("Hi, I'm SalesBot");
        await Expect(progress).ToBeHiddenAsync();

        await input.FillAsync("qualify Acme");
        await input.PressAsync("Enter");
        await Expect(_page.Locator("li.msg--me").Last).ToHaveTextAsync("qualify Acme");

        for (var n = 1; n <= 10; n++)
        {
            var step = QualifyScript.Steps[n - 1];
            await Expect(progress).ToHaveTextAsync($"Question {n} of 10 in Qualify for Acme");
            await Expect(botMessages.Last).ToContainTextAsync($"Question {n} of 10 in Qualify for Acme");
            await Expect(botMessages.Last).ToContainTextAsync(step.Text);
            if (step.Choices.Count > 0)
            {
                await Expect(choices.GetByRole(AriaRole.Button)).ToHaveTextAsync(step.Choices.ToArray());
                await choices.GetByRole(AriaRole.Button, new() { Name = step.Say, Exact = true }).ClickAsync();
            }
            else
            {
                await Expect(choices.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
                await input.FillAsync(step.Say);
                await _page.Locator("#composer button[type=submit]").ClickAsync();
            }

            await Expect(_page.Locator("li.msg--me").Last).ToHaveTextAsync(step.Say);
        }

        var verdict = botMessages.Filter(new() { HasTextRegex = VerdictPattern() });
        await Expect(verdict).ToHaveCountAsync(1);
        await Expect(verdict.Locator("strong").First).ToHaveTextAsync("qualified");
        await Expect(botMessages.Filter(new() { HasText = "Next step:" })).ToContainTextAsync("screen Acme");
        await Expect(progress).ToBeHiddenAsync();
        await Expect(choices.GetByRole(AriaRole.Button)).ToHaveCountAsync(0);
        await Expect(_page.Locator("#error")).ToBeHiddenAsync();

        var screenshot = Path.Combine(AppContext.BaseDirectory, "screenshots", "local-chat-qualified-acme.png");
        Directory.CreateDirectory(Path.GetDirectoryName(screenshot)!);
        await _page.ScreenshotAsync(new PageScreenshotOptions { Path = screenshot, FullPage = true });
        output.WriteLine($"Screenshot: {screenshot}");
        AssertNoBrowserProblems();
    }

    [Fact]
    public async Task MarkdownInAProspectName_ShowsAsTyped_AndMakesNoBoldTextOrLink()
    {
        var botMessages = _page.GetByTestId("bot-message");
        var input = _page.Locator("#input");
        await _page.GotoAsync("/");
        await Expect(botMessages.First).ToContainTextAsync("Hi, I'm SalesBot");

        await input.FillAsync("qualify **Evil** [click](http://evil.example) <b>x</b>");
        await input.PressAsync("Enter");

        var created = botMessages.Filter(new() { HasText = "New deal:" });
        await Expect(created).ToHaveTextAsync("New deal: **Evil** [click](http://evil.example) <b>x</b>.");
        // SalesBot's own bold is the only <strong>: it holds the whole name, with the user's stars as plain characters.
        await Expect(created.Locator("strong")).ToHaveTextAsync("**Evil** [click](http://evil.example) <b>x</b>");
        await Expect(_page.Locator("li.msg a, li.msg b")).ToHaveCountAsync(0);
    }

    [Fact]
    public async Task A_prospect_named_with_markup_shows_as_typed_through_every_command_that_shows_names()
    {
        const string name = "*Acme_* <b>&";
        const string note = "*really_ <i>&amp; `x`";
        var botMessages = _page.GetByTestId("bot-message");
        var input = _page.Locator("#input");
        await _page.GotoAsync("/");
        await Expect(botMessages.First).ToContainTextAsync("Hi, I'm SalesBot");

        async Task SayAsync(string text, string expect)
        {
            var before = await botMessages.CountAsync();
            await input.FillAsync(text);
            await input.PressAsync("Enter");
            await Expect(botMessages.Nth(before)).ToBeVisibleAsync();
            await Expect(botMessages.Filter(new() { HasText = expect }).Last).ToBeVisibleAsync();
        }

        await SayAsync($"qualify \"{name}\"", $"New deal: {name}.");
        await Expect(botMessages.Filter(new() { HasText = "New deal:" }).Locator("strong")).ToHaveTextAsync(name);
        await Expect(_page.GetByTestId("progress")).ToHaveTextAsync($"Question 1 of 10 in Qualify for {name}");
        await SayAsync($"yes, {note}", "Question 2 of 10");
        await SayAsync("status", $"Qualify for {name}:");
        await SayAsync("cancel", $"Cancelled Qualify for {name}.");
        await SayAsync($"log \"{name}\" call said {note}", $"Logged a call with {name}: said {note}");
        await SayAsync($"stage \"{name}\" alignment", $"{name} is now at");
        await SayAsync($"deal \"{name}\" history", $"said {note}");
        await Expect(botMessages.Last.Locator("strong").First).ToHaveTextAsync(name);
        await Expect(botMessages.Last).ToContainTextAsync($"need what you deliver? yes ({note})");
        await SayAsync("deals", "Your pipeline");
        await Expect(botMessages.Last.Locator("li strong").First).ToHaveTextAsync(name);
        await SayAsync($"lost \"{name}\" price {note}", $"{name} is marked lost (price {note})");
        await SayAsync($"reopen \"{name}\"", $"{name} is open again.");

        // Only SalesBot's own markup made elements: no <b> or <i> from the name or the note, no italics or code around them.
        await Expect(_page.Locator("#log b, #log i, #log a")).ToHaveCountAsync(0);
        await Expect(_page.Locator("#log em", new() { HasText = "Acme" })).ToHaveCountAsync(0);
        await Expect(_page.Locator("#log em", new() { HasText = "really" })).ToHaveCountAsync(0);
        await Expect(_page.Locator("#log code", new() { HasText = "x" }).Filter(new() { HasTextRegex = new Regex("^x$") })).ToHaveCountAsync(0);
        Assert.DoesNotContain("\\", string.Join("\n", await botMessages.AllInnerTextsAsync()), StringComparison.Ordinal);
        Assert.Empty(_browserProblems);
    }

    [Fact]
    public async Task AnswerTheBotCannotRead_IsAskedAgainWithAnExample_AndTheProgressStays()
    {
        var progress = _page.GetByTestId("progress");
        var input = _page.Locator("#input");
        await _page.GotoAsync("/");
        await Expect(_page.GetByTestId("bot-message").First).ToContainTextAsync("Hi, I'm SalesBot");
        await input.FillAsync("qualify Globex");
        await input.PressAsync("Enter");
        await Expect(progress).ToHaveTextAsync("Question 1 of 10 in Qualify for Globex");

        await input.FillAsync("banana");
        await input.PressAsync("Enter");

        await Expect(_page.GetByTestId("bot-message").Filter(new() { HasTextRegex = ReaskPattern() })).ToHaveCountAsync(1);
        await Expect(progress).ToHaveTextAsync("Question 1 of 10 in Qualify for Globex");
        await Expect(_page.GetByTestId("choices").GetByRole(AriaRole.Button)).ToHaveTextAsync(QualifyScript.YesNo);
        AssertNoBrowserProblems();
    }

    private void AssertNoBrowserProblems() =>
        Assert.True(_browserProblems.Count == 0, "The page reported problems:\n" + string.Join("\n", _browserProblems));

    [Fact]
    public async Task A_button_whose_title_is_not_its_value_shows_the_title_and_sends_the_value()
    {
        // The bot's first question comes back with its buttons relabelled (title "They do, yes", value "yes"): only the page is under test.
        await _page.RouteAsync("**/api/messages", async route =>
        {
            var response = await route.FetchAsync();
            var body = System.Text.Json.Nodes.JsonNode.Parse(await response.TextAsync())!;
            if (body["activities"]!.AsArray().LastOrDefault()?["suggestedActions"]?["actions"] is System.Text.Json.Nodes.JsonArray { Count: > 0 } actions)
            {
                actions[0]!["title"] = "They do, yes";
            }

            await route.FulfillAsync(new() { Response = response, Body = body.ToJsonString() });
        });
        var sent = new List<string>();
        _page.Request += (_, request) =>
        {
            if (request.Url.EndsWith("/api/messages", StringComparison.Ordinal) && request.PostData is { } data)
            {
                sent.Add(System.Text.Json.Nodes.JsonNode.Parse(data)!["text"]?.GetValue<string>() ?? "");
            }
        };

        await _page.GotoAsync("/");
        await Expect(_page.GetByTestId("bot-message").First).ToContainTextAsync("Hi, I'm SalesBot");
        await _page.Locator("#input").FillAsync("qualify Acme");
        await _page.Locator("#input").PressAsync("Enter");
        await _page.GetByTestId("choices").GetByRole(AriaRole.Button, new() { Name = "They do, yes", Exact = true }).ClickAsync();

        await Expect(_page.Locator("li.msg--me").Last).ToHaveTextAsync("They do, yes");
        await Expect(_page.GetByTestId("progress")).ToHaveTextAsync("Question 2 of 10 in Qualify for Acme");
        Assert.Equal("yes", sent[^1]);
    }

    [GeneratedRegex("For example: ")]
    private static partial Regex ReaskPattern();

    [GeneratedRegex("^Verdict: qualified")]
    private static partial Regex VerdictPattern();
}
