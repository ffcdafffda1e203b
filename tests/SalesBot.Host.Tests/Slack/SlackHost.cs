using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Channels;
using SalesBot.Core.Storage;
using SalesBot.Slack.Processing;
using SalesBot.Testing;

namespace SalesBot.Host.Tests.Slack;

/// <summary>
/// The real Host (Program.cs as shipped) on real Kestrel on 127.0.0.1 with Slack configured against a <see cref="FakeSlack"/>
/// on loopback, its own SQLite file, a fake clock, every log line captured, and outgoing connections limited to loopback.
/// </summary>
public sealed class SlackHost : IAsyncLifetime, IAsyncDisposable
{
    public const string SigningSecret = "e2e-signing-secret-0123456789abcdef";
    public const string BotToken = "xoxb-e2e-bot-token-T1";

    private readonly TempFolder _folder = new();
    private HostFactory? _factory;
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<FakeSlack>? _prepare;
    private readonly Action<IServiceCollection>? _configureServices;

    /// <summary>Single-workspace mode: Slack:SigningSecret and Slack:BotToken.</summary>
    public SlackHost()
        : this(new Dictionary<string, string?> { ["Slack:SigningSecret"] = SigningSecret, ["Slack:BotToken"] = BotToken })
    {
    }

    private SlackHost(Dictionary<string, string?> settings, Action<FakeSlack>? prepare = null, Action<IServiceCollection>? configureServices = null)
    {
        _settings = settings;
        _prepare = prepare;
        _configureServices = configureServices;
    }

    /// <summary>A host of its own with these settings; <paramref name="prepare"/> sets up the fake Slack before the host starts.</summary>
    public static async Task<SlackHost> StartAsync(
        Dictionary<string, string?> settings, Action<FakeSlack>? prepare = null, Action<IServiceCollection>? configureServices = null)
    {
        var host = new SlackHost(settings, prepare, configureServices);
        await ((IAsyncLifetime)host).InitializeAsync();
        return host;
    }

    public FakeSlack Slack { get; private set; } = null!;

    public HttpClient Client { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public IServiceProvider Services => _factory!.Services;

    public ISalesBotStore Store => Services.GetRequiredService<ISalesBotStore>();

    public IChannelStore Channels => Services.GetRequiredService<IChannelStore>();

    internal SlackInbox Queue => Services.GetRequiredService<SlackInbox>();

    public FakeTimeProvider Clock { get; } = TestClock.Create();

    public OutboundGuard Outbound { get; } = new();

    public FakeLogCollector Logs { get; } = new();

    async Task IAsyncLifetime.InitializeAsync()
    {
        Slack = await FakeSlack.StartAsync();
        Slack.Clock = Clock;
        _prepare?.Invoke(Slack);
        var configuration = new Dictionary<string, string?>
        {
            ["Urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:SalesBot"] = _folder.SqliteConnectionString(),
            ["Logging:LogLevel:Default"] = "Trace",
            ["Logging:LogLevel:Microsoft.AspNetCore"] = "Debug",
            ["Slack:KeysFolder"] = _folder.File("keys"),
            ["Slack:ApiBaseUrl"] = Slack.ApiBaseUrl.ToString(),
            ["Slack:AuthorizeUrl"] = new Uri(Slack.BaseUrl, "oauth/v2/authorize").ToString(),
            ["Nudges:Enabled"] = "false", // the clock is fake: tests run the dispatcher themselves
        };
        foreach (var (key, value) in _settings)
        {
            configuration[key] = value;
        }

        _factory = new HostFactory(builder =>
        {
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(configuration));
            foreach (var (key, value) in configuration.Where(s => SalesBotServer.IsReadAtRegistration(s.Key)))
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureLogging(logging => logging.AddProvider(new FakeLoggerProvider(Logs)));
            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
                services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(Outbound.CreateHandler));
                _configureServices?.Invoke(services);
            });
        });
        _factory.UseKestrel(0);

        // The same lock as SalesBotServer: WebApplicationFactory catches the host being built through a process-wide
        // listener, so two hosts must not start at once.
        lock (SalesBotServer.StartLock)
        {
            _factory.StartServer();
        }

        BaseAddress = _factory.ClientOptions.BaseAddress;
        if (BaseAddress.Host != "127.0.0.1" || BaseAddress.Port is 0 or 3978)
        {
            throw new InvalidOperationException($"The host listens on {BaseAddress}, not on a free port on 127.0.0.1.");
        }

        Client = new HttpClient(new SocketsHttpHandler { UseCookies = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>
    /// Waits until every queued Slack job has run. With <paramref name="advanceClock"/> the fake clock moves on by that
    /// much every few milliseconds meanwhile, for jobs that wait on it (a Retry-After).
    /// </summary>
    public async Task IdleAsync(TimeSpan? timeout = null, TimeSpan? advanceClock = null)
    {
        if (advanceClock is { } step)
        {
            await Clock.AdvanceUntilAsync(() => Queue.Finished >= Queue.Accepted, step, timeout);
            return;
        }

        var until = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (Queue.Finished < Queue.Accepted)
        {
            if (DateTime.UtcNow > until)
            {
                throw new TimeoutException($"Slack work still running: {Queue.Accepted - Queue.Finished} of {Queue.Accepted} jobs.");
            }

            await Task.Delay(10);
        }
    }

    public SlackUser User(string teamId = "T1", string? userId = null) => new(this, teamId, userId ?? "U" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant());

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        Client?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (Slack is not null)
        {
            await Slack.DisposeAsync();
        }

        _folder.Dispose();
    }

    private sealed class HostFactory(Action<IWebHostBuilder> configure) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => configure(builder);
    }
}
