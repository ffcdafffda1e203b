using Microsoft.Playwright;

namespace SalesBot.Host.Tests;

/// <summary>
/// Debian's headless Chromium (/usr/bin/chromium) driven by Playwright; Playwright's own browser download is not used.
/// .ci/run installs the package; without it the browser tests fail with a message saying so.
/// </summary>
public sealed class ChromiumBrowser : IAsyncLifetime
{
    public const string ExecutablePath = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} is missing. Install Debian's chromium (apt-get install -y chromium), as .ci/run does.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Headless = true,
            Args =
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
            ],
        });
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
    }
}
