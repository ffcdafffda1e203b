using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Storage;
using SalesBot.Testing;

namespace SalesBot.Host.Tests;

/// <summary>
/// The real SalesBot Host (Program.cs as shipped) on real Kestrel on 127.0.0.1 with a port the OS picks,
/// with its own SQLite file in a temp folder and a fake clock. Settings given to the constructor override appsettings.json.
/// Every outgoing HTTP connection of the host goes through <see cref="Outbound"/>, which lets only loopback through.
/// </summary>
public sealed class SalesBotServer : IAsyncLifetime, IAsyncDisposable
{
    /// <summary>The fake clock's start: a Monday, so dates like 2027-03-01 are months away and never a rush job.</summary>
    public static readonly DateTimeOffset ClockStart = TestClock.Start;

    internal static readonly Lock StartLock = new();

    private readonly TempFolder _folder = new();
    private readonly HostFactory _factory;

    /// <summary>The defaults: local mode (no MicrosoftAppId).</summary>
    public SalesBotServer()
        : this(new Dictionary<string, string?>())
    {
    }

    private SalesBotServer(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null)
    {
        var configuration = new Dictionary<string, string?>
        {
            // appsettings.json says http://localhost:3978; a test must never take (or collide on) that port.
            ["Urls"] = "http://127.0.0.1:0",
            ["ConnectionStrings:SalesBot"] = _folder.SqliteConnectionString(),
            ["Logging:LogLevel:Default"] = "Warning",

            // The clock is fake: tests run the nudge dispatcher themselves (NudgeDispatcher.DispatchDueAsync) after moving it.
            ["Nudges:Enabled"] = "false",
        };
        foreach (var (key, value) in settings)
        {
            configuration[key] = value;
        }

        _factory = new HostFactory(builder =>
        {
            builder.ConfigureAppConfiguration((_, config) => config.AddInMemoryCollection(configuration));

            // Program decides on telemetry exporters while it registers services, before the configuration above is
            // added; host settings are there from the start (as environment variables are in a real run).
            foreach (var (key, value) in configuration.Where(s => IsReadAtRegistration(s.Key)))
            {
                builder.UseSetting(key, value);
            }

            builder.ConfigureTestServices(services =>
            {
                services.RemoveAll<TimeProvider>();
                services.AddSingleton<TimeProvider>(Clock);
                services.ConfigureHttpClientDefaults(client => client.ConfigurePrimaryHttpMessageHandler(Outbound.CreateHandler));
                configureServices?.Invoke(services);
            });
        });
        _factory.UseKestrel(0);

        // Starting Program through WebApplicationFactory hooks a process-wide listener for the host being built;
        // two servers starting at once (test classes run in parallel) can catch each other's host. One at a time.
        lock (StartLock)
        {
            _factory.StartServer();
        }

        BaseAddress = _factory.ClientOptions.BaseAddress;
        if (BaseAddress.Host != "127.0.0.1" || BaseAddress.Port is 0 or 3978)
        {
            throw new InvalidOperationException($"The host listens on {BaseAddress}, not on a free port on 127.0.0.1.");
        }

        Client = new HttpClient { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };
    }

    /// <summary>A server of its own with settings that override appsettings.json, e.g. MicrosoftAppId.</summary>
    public static SalesBotServer With(IReadOnlyDictionary<string, string?> settings, Action<IServiceCollection>? configureServices = null) =>
        new(settings, configureServices);

    /// <summary>Where the host listens, e.g. http://127.0.0.1:41234/.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A plain HttpClient over real sockets to <see cref="BaseAddress"/>.</summary>
    public HttpClient Client { get; }

    /// <summary>The host's own service provider.</summary>
    public IServiceProvider Services => _factory.Services;

    public ISalesBotStore Store => Services.GetRequiredService<ISalesBotStore>();

    public FakeTimeProvider Clock { get; } = TestClock.Create();

    public OutboundGuard Outbound { get; } = new();

    public string DatabaseFile => _folder.File("salesbot.db");

    Task IAsyncLifetime.InitializeAsync() => Task.CompletedTask;

    Task IAsyncLifetime.DisposeAsync() => DisposeAsync().AsTask();

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        // The host waits for the HTTP calls still in its resilience pipelines (a retry of unreachable metadata that a
        // background refresh started) and their back-off runs on this fake clock: it moves on until the host is gone,
        // or, should something really hang, the wait fails after half a minute instead of holding the test run forever.
        await Clock.AdvanceUntilDoneAsync(_factory.DisposeAsync().AsTask(), TimeSpan.FromSeconds(1));
        _folder.Dispose();
    }

    /// <summary>Settings Program reads while it registers services (the telemetry exporters): given as host settings.</summary>
    internal static bool IsReadAtRegistration(string key) =>
        key.StartsWith("OTEL_", StringComparison.Ordinal) || key == "APPLICATIONINSIGHTS_CONNECTION_STRING" ||
        key.StartsWith("AzureMonitor:", StringComparison.Ordinal);

    private sealed class HostFactory(Action<IWebHostBuilder> configure) : WebApplicationFactory<Program>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder) => configure(builder);
    }
}
