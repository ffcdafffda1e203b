using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Conversations;
using SalesBot.Core.Storage;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage.Tests;

/// <summary>The log is copied back into the database file in the background, not by a turn's commit.</summary>
public sealed class SqliteCheckpointerTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task ACommit_StaysInTheLog_UntilTheBackgroundCheckpoint_ThenTheFileItselfHoldsIt()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:SalesBot"] = _database.ConnectionString });
        builder.Services.AddSingleton<TimeProvider>(time);
        builder.Services.AddSalesBotStorage(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync();
        var store = host.Services.GetRequiredService<ISalesBotStore>();

        await store.CommitAsync(new TurnCommit(new Owner("t", "u")) { State = new ConversationStateWrite("chat", "{\"a\":1}", 0) }, CancellationToken.None);

        // The commit is durable in the log, and a reader of the store sees it; the file without its log does not yet.
        Assert.Equal("{\"a\":1}", (await store.LoadConversationAsync("chat", CancellationToken.None))!.Json);
        Assert.Null(ReadFileOnly());

        // The service's loop starts on its own task: the clock moves on until its timer has ticked.
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (ReadFileOnly() is null && DateTime.UtcNow < deadline)
        {
            time.Advance(SqliteCheckpointer.Interval);
            await Task.Delay(20);
        }

        Assert.Equal("{\"a\":1}", ReadFileOnly());
        await host.StopAsync();
    }

    /// <summary>The stack as the database file alone holds it, the log ignored (null when the file does not hold it yet).</summary>
    private string? ReadFileOnly()
    {
        var uri = new Uri(_database.Path).AbsoluteUri;
        using var connection = new SqliteConnection($"Data Source={uri}?immutable=1;Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT json FROM conversation_states WHERE conversation_key = 'chat'";
        try
        {
            return command.ExecuteScalar() as string;
        }
        catch (SqliteException ex) when (ex.Message.Contains("no such table", StringComparison.Ordinal))
        {
            return null;
        }
    }
}
