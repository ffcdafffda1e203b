using System.Diagnostics;
using Dapper;
using SalesBot.Core.Deals;
using SalesBot.Core.Storage;
using SalesBot.Storage.Migrations;
using SalesBot.Storage.Postgres;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Tests.Postgres;

/// <summary>The store contract on a real PostgreSQL server, plus what is PostgreSQL's own: migrations under an advisory lock, column types, instances sharing rows.</summary>
public sealed class PostgresSalesBotStoreTests : SalesBotStoreContractTests, IAsyncLifetime
{
    private PostgresSchema _schema = null!;

    public async Task InitializeAsync() => _schema = await PostgresSchema.CreateAsync();

    public async Task DisposeAsync() => await _schema.DisposeAsync();

    protected override async Task<ISalesBotStore> CreateStoreAsync() => new SalesBotStore(await _schema.MigratedDialectAsync());

    private protected override SqlDialect NewDialect() => _schema.NewDialect();

    [Fact]
    public async Task AnAnsweredQuestion_IsTwoCommands_TheTurnsStartAndOneBatchOfEveryWrite_ThenTheCommit()
    {
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [deal], State = new ConversationStateWrite("chat", "{}", 0, deal.Id) }, Ct);
        // Only this test's commands count (other tests run meanwhile): they are in the trace of this test's own span.
        using var testSource = new ActivitySource("SalesBot.Storage.Tests.RoundTrips");
        var commands = new List<string>();
        using var listener = new ActivityListener
        {
            ShouldListenTo = source => source.Name is "Npgsql" or "SalesBot.Storage.Tests.RoundTrips",
            Sample = (ref ActivityCreationOptions<ActivityContext> _) => ActivitySamplingResult.AllData,
        };
        ActivitySource.AddActivityListener(listener);
        using var turn = testSource.StartActivity("turn")!;
        listener.ActivityStopped = activity =>
        {
            if (activity.Source.Name == "Npgsql" && activity.TraceId == turn.TraceId)
            {
                lock (commands)
                {
                    commands.Add(activity.DisplayName);
                }
            }
        };

        var start = await store.LoadTurnStartAsync(new TurnStartRead("chat", Alice, "msteams", ["conv|2"], T0), Ct);
        var changed = start.Deals.Single();
        changed.Touch(T0.AddMinutes(1));
        await store.CommitAsync(
            new TurnCommit(Alice)
            {
                Deliveries = [new DeliveryMark("msteams", "conv|2", T0)],
                State = new ConversationStateWrite("chat", "{\"a\":1}", start.Conversation!.Version, deal.Id),
                ChangedDeals = [changed],
                Answers = [AnswerTo(deal, "budget", 1, "5000 USD", T0)],
                Events = [new DealEvent(deal.Id, "answer", "budget", T0, "alice")],
            },
            Ct);

        // BEGIN goes out with the batch and COMMIT after it: three round trips in all.
        lock (commands)
        {
            Assert.Equal(2, commands.Count);
        }

        Assert.Single((await store.GetDealRecordAsync(Alice, deal.Id, withEvents: true, Ct)).Answers);
        Assert.True(await store.IsDeliveredAsync("msteams", ["conv|2"], T0, Ct));
    }

    [Fact]
    public async Task Migration_WaitsForTheAdvisoryLock_WhileAnotherInstanceHoldsIt()
    {
        var holder = _schema.NewDataSource();
        await using var holding = await holder.OpenConnectionAsync(Ct);
        await holding.ExecuteAsync("SELECT pg_advisory_lock(@key)", new { key = PostgresDialect.AdvisoryLockKey });

        var migration = PostgresSchema.Migrator(_schema.NewDialect()).MigrateAsync(Ct);
        var finishedWhileHeld = await Task.WhenAny(migration, Task.Delay(TimeSpan.FromSeconds(1))) == migration;
        var tablesWhileHeld = await QueryAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'deals' AND schemaname = current_schema()");
        await holding.ExecuteAsync("SELECT pg_advisory_unlock(@key)", new { key = PostgresDialect.AdvisoryLockKey });
        await migration.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.False(finishedWhileHeld);
        Assert.Equal([0L], tablesWhileHeld);
        Assert.Equal([1L], await QueryAsync<long>("SELECT count(*) FROM pg_tables WHERE tablename = 'deals' AND schemaname = current_schema()"));
    }

    [Fact]
    public async Task SchemaNewerThanTheCodeKnows_FailsStart_AndReleasesTheLock()
    {
        await CreateStoreAsync();
        await ExecuteAsync("INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'from_the_future', now())");

        await Assert.ThrowsAsync<InvalidOperationException>(CreateStoreAsync);

        // Only this test's sessions (named after its schema): other tests migrate in parallel and take the same lock.
        Assert.Equal([0L], await QueryAsync<long>(
            "SELECT count(*) FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid " +
            "WHERE l.locktype = 'advisory' AND a.application_name = current_setting('application_name')"));
    }

    [Fact]
    public async Task StoredValues_UseLowerCaseEnumNames_TextArrays_AndTimestamptz()
    {
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        deal.CompleteStep("screen", DealLink.Alignment, T0.AddMinutes(1));
        deal.CompleteStep("qualify", DealLink.Alignment, T0.AddMinutes(2));
        await store.CommitAsync(
            new TurnCommit(Alice) { NewDeals = [deal], Touches = [new Touch(deal.Id, TouchKind.Meeting, "demo", T0, "alice")] }, Ct);

        var row = Assert.Single(await QueryAsync<(string Stage, string Status, string Steps, string Type, DateTime CreatedAt)>(
            "SELECT stage, status, array_to_string(completed_steps, ','), pg_typeof(created_at)::text, created_at FROM deals"));

        Assert.Equal(("alignment", "open", "screen,qualify", "timestamp with time zone"), (row.Stage, row.Status, row.Steps, row.Type));
        Assert.Equal(T0.UtcDateTime, row.CreatedAt);
        Assert.Equal(["meeting"], await QueryAsync<string>("SELECT kind FROM touches"));
    }

    private async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_schema.ConnectionString);
        return (await connection.QueryAsync<T>(sql)).ToList();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new Npgsql.NpgsqlConnection(_schema.ConnectionString);
        await connection.ExecuteAsync(sql);
    }
}
