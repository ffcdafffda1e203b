using Dapper;
using Microsoft.Data.Sqlite;
using SalesBot.Core.Deals;
using SalesBot.Core.Storage;
using SalesBot.Storage.Migrations;
using SalesBot.Storage.Sql;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage.Tests;

public sealed class SqliteSalesBotStoreTests : SalesBotStoreContractTests, IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    protected override async Task<ISalesBotStore> CreateStoreAsync() => await OpenStoreAsync();

    private protected override SqlDialect NewDialect() => _database.NewDialect();

    [Fact]
    public async Task DataWrittenBeforeARestart_IsReadAfterReopeningTheFile()
    {
        var store = await OpenStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        var answer = AnswerTo(deal, "budget", 1, "5000 USD", T0);
        await store.CommitAsync(
            new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{\"step\":1}", 0), NewDeals = [deal], Answers = [answer] },
            Ct);
        _database.ReleaseConnections();

        var restarted = await OpenStoreAsync();

        AssertSameDeal(deal, await restarted.GetDealAsync(Alice, deal.Id, Ct));
        Assert.Equal([answer], await restarted.GetAnswersAsync(Alice, deal.Id, Ct));
        Assert.Equal(1, (await restarted.LoadConversationAsync("chat", Ct))!.Version);
    }

    [Fact]
    public async Task MigratedFile_UsesWriteAheadLogging_AndEnforcesForeignKeys()
    {
        await OpenStoreAsync();
        var connections = new SqliteConnectionFactory(_database.ConnectionString);
        await using var connection = await connections.OpenAsync(Ct);

        Assert.Equal("wal", await connection.ExecuteScalarAsync<string>("PRAGMA journal_mode"));
        Assert.Equal(5000, await connection.ExecuteScalarAsync<long>("PRAGMA busy_timeout"));
        var error = await Assert.ThrowsAsync<SqliteException>(() => connection.ExecuteAsync(
            "INSERT INTO touches (deal_id, kind, outcome, occurred_at, recorded_by) VALUES ('missing', 'call', '', 0, 'x')"));
        Assert.Equal(19, error.SqliteErrorCode); // SQLITE_CONSTRAINT (foreign key)
    }

    [Fact]
    public async Task StoredValues_UseLowerCaseEnumNames_JsonSteps_AndSortableUtcTicks()
    {
        var store = await OpenStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        deal.CompleteStep("screen", DealLink.Alignment, T0.AddMinutes(1));
        deal.CompleteStep("qualify", DealLink.Alignment, T0.AddMinutes(2));
        await store.CommitAsync(
            new TurnCommit(Alice) { NewDeals = [deal], Touches = [new Touch(deal.Id, TouchKind.Meeting, "demo", T0, "alice")] }, Ct);

        var row = Assert.Single(await QueryAsync<(string Stage, string Status, string Steps, long CreatedAt)>(
            "SELECT stage, status, completed_steps, created_at FROM deals"));

        Assert.Equal(("alignment", "open", "[\"screen\",\"qualify\"]", T0.UtcTicks), row);
        Assert.Equal(["meeting"], await QueryAsync<string>("SELECT kind FROM touches"));
    }

    [Fact]
    public void EmbeddedSqliteMigrations_AreNumberedFromOneWithoutGaps()
    {
        var scripts = MigrationScripts.Load("Sqlite");

        Assert.Equal(Enumerable.Range(1, scripts.Count), scripts.Select(script => script.Version));
        Assert.Equal("initial", scripts[0].Name);
        Assert.Contains("CREATE TABLE deals", scripts[0].Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void MigrationsOfAnUnknownProvider_FailWithAClearError()
    {
        var error = Assert.Throws<InvalidOperationException>(() => MigrationScripts.Load("Oracle"));

        Assert.Contains("No embedded Oracle migrations", error.Message, StringComparison.Ordinal);
    }

    private async Task<SalesBotStore> OpenStoreAsync() => new(await _database.MigratedDialectAsync());

    private async Task<List<T>> QueryAsync<T>(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        return (await connection.QueryAsync<T>(sql)).ToList();
    }

    private async Task ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection(_database.ConnectionString);
        await connection.ExecuteAsync(sql);
    }
}
