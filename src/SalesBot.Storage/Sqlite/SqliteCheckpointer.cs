using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// Copies the write-ahead log back into the database file in the background, every 50 ms while there are writes, so no turn waits for a checkpoint and its fsync inside its commit (SQLite's own automatic checkpoint ran in
/// the commit that crossed 1,000 pages). A passive checkpoint takes no lock that writers or readers wait for; SQLite
/// starts the log again from its beginning once every frame is back in the file. The connections' own automatic
/// checkpoint stays as a backstop at <see cref="SqliteConnectionFactory.AutoCheckpointPages"/>, for a process that
/// writes without this service (a tool) or writes faster than it checkpoints.
/// </summary>
internal sealed partial class SqliteCheckpointer(
    IOptions<StorageOptions> options, IServiceProvider services, TimeProvider time, ILogger<SqliteCheckpointer> logger) : BackgroundService
{
    /// <summary>
    /// How often the log is checkpointed while there are writes. Small checkpoints often beat large ones rarely: the
    /// turns that run during one wait on its writes and fsync, so the slowest turns are as slow as the biggest
    /// checkpoint (bench, 32 users: p99 106 ms every 2 s, 45-65 ms every 250 ms, 32 ms every 50 ms; paced p99 96, 38, 16 ms).
    /// </summary>
    public static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.Kind != StorageProvider.Sqlite)
        {
            return;
        }

        // Resolved only now: on PostgreSQL the SQLite factory would not understand the connection string.
        var connections = services.GetRequiredService<SqliteConnectionFactory>();
        var gate = services.GetRequiredService<SqliteWriteGate>();
        using var timer = new PeriodicTimer(Interval, time);
        // The first tick checkpoints whatever the log holds (what a process before this one left, the migrations).
        var seen = -1L;
        try
        {
            while (await timer.WaitForNextTickAsync(stoppingToken))
            {
                if (gate.Commits == seen)
                {
                    continue;
                }

                seen = gate.Commits;
                await CheckpointAsync(connections, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    private async Task CheckpointAsync(SqliteConnectionFactory connections, CancellationToken cancellationToken)
    {
        try
        {
            await connections.WithPreparedAsync(
                prepared => prepared.Command("PRAGMA wal_checkpoint(PASSIVE)", null, []).ExecuteNonQueryAsync(cancellationToken),
                cancellationToken);
        }
        catch (SqliteException ex)
        {
            // The next tick tries again; meanwhile the connections' own automatic checkpoint is the backstop.
            Log.Failed(logger, ex);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Background checkpoint of the SQLite write-ahead log failed; retrying on the next tick")]
        public static partial void Failed(ILogger logger, Exception error);
    }
}
