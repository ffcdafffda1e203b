using Microsoft.Playwright;
using SalesBot.Testing.Localization;
using Xunit.Abstractions;
using static Microsoft.Playwright.Assertions;

namespace SalesBot.Host.Tests.Localization;

/// <summary>
/// The local chat page in a headless Chromium whose language is Russian or Polish, against the real Host on loopback:
/// the page's own words come in that language, and a seller takes Acme through screen → qualify → needs → engage in it.
/// </summary>
public sealed class LocalChatLanguageTests(ChromiumBrowser chromium, ITestOutputHelper output) : IClassFixture<ChromiumBrowser>, IAsyncLifetime
{
    private SalesBotServer _server = null!;

    public Task InitializeAsync()
    {
        _server = SalesBotServer.With(LanguageScript.Unlimited);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("ru", "SalesBot — локальный чат", "Отправить", "Напишите сообщение, например: ")]
    [InlineData("pl", "SalesBot — czat lokalny", "Wyślij", "Napisz wiadomość, np. ")]
    public async Task A_seller_goes_through_screen_qualify_needs_and_engage_in_their_browsers_language(
        string language, string title, string send, string placeholder)
    {
        var script = LanguageScript.For(language);
        await using var context = await chromium.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = _server.BaseAddress.ToString(),
            Locale = script.Locale,
            TimezoneId = "Europe/Warsaw",
        });
        var page = await context.NewPageAsync();
        var problems = new List<string>();
        page.PageError += (_, error) => problems.Add(error);
        var botMessages = page.GetByTestId("bot-message");
        var input = page.Locator("#input");

        await page.GotoAsync("/");
        await Expect(page).ToHaveTitleAsync(title);
        await Expect(page.Locator("#send")).ToHaveTextAsync(send);
        await Expect(input).ToHaveAttributeAsync("placeholder", $"{placeholder}{Dialogs.Localization.CommandWords.In("qualify", language)[0]} Acme");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", language);
        await Expect(botMessages.First).ToBeVisibleAsync();

        var first = true;
        foreach (var text in script.Messages)
        {
            var before = await botMessages.CountAsync();
            await input.FillAsync(text);
            await input.PressAsync("Enter");
            await Expect(botMessages.Nth(before)).ToBeVisibleAsync();
            await Expect(page.Locator("#send")).ToBeEnabledAsync();
            if (first)
            {
                await Expect(page.GetByTestId("progress")).ToHaveTextAsync(script.FirstProgress);
                first = false;
            }
        }

        var transcript = string.Join("\n", await page.Locator("li.msg").AllInnerTextsAsync());
        output.WriteLine(transcript);
        foreach (var expected in script.Done.Prepend(script.ReadyQuestion))
        {
            Assert.True(transcript.Contains(expected, StringComparison.Ordinal), $"No \"{expected}\" in the transcript:\n{transcript}");
        }

        await Expect(page.Locator("#error")).ToBeHiddenAsync();
        var deal = Assert.Single(await _server.Store.ListDealsAsync(ChatOwner(await page.EvaluateAsync<string>("localStorage.getItem('salesbot.user')")), default));
        Assert.True(deal.HasCompleted("engage"));

        // The page's own words: nothing English in the title, header, composer or progress line.
        var chrome = string.Join("\n",
            await page.TitleAsync(),
            await page.Locator("header").InnerTextAsync(),
            await page.Locator("#new-chat").GetAttributeAsync("title") ?? "",
            await input.GetAttributeAsync("placeholder") ?? "",
            await input.GetAttributeAsync("aria-label") ?? "",
            await page.Locator("#send").InnerTextAsync());
        Assert.Empty(EnglishLiterals.Find(chrome, language, LocalizedSamples.Data));
        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("ru-RU,ru;q=0.9", "ru", "Отправить")]
    [InlineData("pl", "pl", "Wyślij")]
    [InlineData("de-DE,pl;q=0.5", "pl", "Wyślij")]
    [InlineData("de-DE", "en", "Send")]
    public async Task The_page_words_follow_accept_language_when_the_page_names_no_language(string acceptLanguage, string expected, string send)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "api/chat/text");
        request.Headers.TryAddWithoutValidation("Accept-Language", acceptLanguage);
        using var response = await _server.Client.SendAsync(request);

        response.EnsureSuccessStatusCode();
        var words = System.Text.Json.JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal((expected, send), (words.GetProperty("lang").GetString(), words.GetProperty("send").GetString()));
        Assert.Contains("Accept-Language", response.Headers.Vary);
    }

    private static Core.Conversations.Owner ChatOwner(string userId) => new(LocalTenant, userId);

    private const string LocalTenant = "local";
}
