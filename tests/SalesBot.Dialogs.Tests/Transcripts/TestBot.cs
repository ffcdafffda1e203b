using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Dialogs.Pipeline;
using SalesBot.Core.Conversations;
using SalesBot.Core.Storage;
using SalesBot.Dialogs.Conversation;
using SalesBot.Storage;
using SalesBot.Testing;

namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>
/// The turn pipeline in a real generic host over a real SQLite file, with a clock the test moves.
/// Several bots over one folder share one database, like a restart or a second instance.
/// </summary>
internal sealed class TestBot : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly TempFolder? _ownedFolder;

    private readonly TempFolder _folder;
    private readonly IDictionary<string, string?>? _settings;
    private readonly Action<IServiceCollection>? _configure;

    private TestBot(IHost host, TempFolder? ownedFolder, TempFolder folder, FakeTimeProvider clock, IDictionary<string, string?>? settings, Action<IServiceCollection>? configure)
    {
        _host = host;
        _ownedFolder = ownedFolder;
        _folder = folder;
        Clock = clock;
        _settings = settings;
        _configure = configure;
    }

    public FakeTimeProvider Clock { get; }

    public TurnPipeline Engine => _host.Services.GetRequiredService<TurnPipeline>();

    public ISalesBotStore Store => _host.Services.GetRequiredService<ISalesBotStore>();

    public IServiceProvider Services => _host.Services;

    public static async Task<TestBot> StartAsync(
        TempFolder? folder = null,
        FakeTimeProvider? clock = null,
        IDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? configure = null)
    {
        var owned = folder is null ? new TempFolder() : null;
        var data = folder ?? owned!;
        clock ??= TestClock.Create();
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:SalesBot"] = data.SqliteConnectionString(),
            ["RateLimit:TurnsPerMinute"] = "0", // transcripts type faster than people; the limit has its own tests
        });
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }

        builder.Services.AddSingleton<TimeProvider>(clock);
        builder.Services.AddSalesBotDialogs().AddSalesBotStorage(builder.Configuration);
        configure?.Invoke(builder.Services);
        var host = builder.Build();
        await host.StartAsync();
        return new TestBot(host, owned, data, clock, settings, configure);
    }

    /// <summary>A second bot over a copy of this one's database as it is now, at the same time: for trying things without touching this one.</summary>
    public async Task<TestBot> CloneAsync()
    {
        var copy = new TempFolder();
        await using (var source = new Microsoft.Data.Sqlite.SqliteConnection(_folder.SqliteConnectionString()))
        await using (var target = new Microsoft.Data.Sqlite.SqliteConnection(copy.SqliteConnectionString()))
        {
            await source.OpenAsync();
            await target.OpenAsync();
            source.BackupDatabase(target);
        }

        var clone = await StartAsync(copy, new FakeTimeProvider(Clock.GetUtcNow()), _settings, _configure);
        return new TestBot(clone._host, copy, copy, clone.Clock, _settings, _configure);
    }

    public TestFlow Flow(string user = "ann", string tenant = "local", string conversation = "chat-1", string channel = "webchat") =>
        new(this, new Turn
        {
            ChannelId = channel,
            ConversationId = conversation,
            Owner = new Owner(tenant, user),
            UserName = user,
            Locale = "en-US",
        });

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
        _ownedFolder?.Dispose();
    }
}
