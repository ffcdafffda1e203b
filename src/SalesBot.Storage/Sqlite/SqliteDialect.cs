using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Sqlite;

/// <summary>
/// SQLite: times are UTC ticks (exact to 100 ns and sortable), booleans 0/1, decimals invariant text, lists JSON arrays
/// (so a statement's text never changes with the list's length and stays compiled). Every write queues at the
/// process's <see cref="SqliteWriteGate"/>; every statement runs on a kept-open connection that keeps it compiled.
/// </summary>
internal sealed class SqliteDialect(SqliteConnectionFactory connections, SqliteWriteGate gate) : SqlDialect
{
    public override string Provider => "Sqlite";

    public override string True => "1";

    public override string False => "0";

    public override string AnswerInsertOrder => "a.rowid";

    /// <summary>The schema_version table, and WAL, a property of the file: readers do not wait for the writer.</summary>
    public override string SchemaVersionTable =>
        """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS schema_version (
            version    INTEGER NOT NULL PRIMARY KEY,
            name       TEXT NOT NULL,
            applied_at INTEGER NOT NULL
        ) STRICT;
        """;

    public override string InList(string column, string parameter) => $"{column} IN (SELECT value FROM json_each({parameter}))";

    public override string ListValues(string parameter) => $"SELECT value FROM json_each({parameter})";

    public override string NotInList(string column, string parameter) => $"{column} NOT IN (SELECT value FROM json_each({parameter}))";

    /// <summary>
    /// Every due nudge of the users whose nudges are due first (at most <c>@limit</c> users), so that one user's reminders
    /// go out together (one digest) and are never split between two claims. Under the process's write gate; other
    /// processes meet SQLite's write lock. The unary plus keeps SQLite from looking the users up in ix_nudges_owner,
    /// which walks every nudge those users ever had (done and cancelled ones pile up); the due rows come from
    /// ix_nudges_pending_due instead, as many as are due now.
    /// </summary>
    public override string ClaimDueNudges(string columns) =>
        $"""
        UPDATE nudges SET claimed_by = @claimant, lease_until = @until, attempts = attempts + 1
        WHERE state = 'pending' AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
          AND (+tenant_id, +user_id) IN (
            SELECT tenant_id, user_id FROM nudges
            WHERE state = 'pending' AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
            ORDER BY due_at LIMIT @limit)
        RETURNING {columns}
        """;

    /// <summary>Under the process's write gate; other processes meet SQLite's write lock, so two claimants never get the same row.</summary>
    public override string ClaimInboxHeads(string columns) =>
        $"""
        UPDATE inbox SET claimed_by = @claimant, lease_until = @until, attempts = attempts + 1
        WHERE seq IN (
            SELECT i.seq FROM inbox i
            WHERE i.channel_id = @channelId AND (i.lease_until IS NULL OR i.lease_until <= @now)
              AND NOT EXISTS (
                  SELECT 1 FROM inbox e WHERE e.channel_id = i.channel_id AND e.partition_key = i.partition_key AND e.seq < i.seq)
            ORDER BY i.seq LIMIT @limit)
        RETURNING {columns}
        """;

    public override string Describe() => $"The database '{connections.DataSource}'";

    public override object Bind(object? value) => Value(value);

    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) => new(reader.GetInt64(ordinal), TimeSpan.Zero);

    public override bool ReadBool(DbDataReader reader, int ordinal) => reader.GetInt64(ordinal) != 0;

    public override decimal ReadDecimal(DbDataReader reader, int ordinal) =>
        decimal.Parse(reader.GetString(ordinal), NumberStyles.Number, CultureInfo.InvariantCulture);

    public override string[] ReadStrings(DbDataReader reader, int ordinal) => JsonSerializer.Deserialize<string[]>(reader.GetString(ordinal)) ?? [];

    public override Task<T> ReadAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken) =>
        connections.WithPreparedAsync(prepared => work(new SqliteSession(this, prepared, null)), cancellationToken);

    public override Task<T> ReadTogetherAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken) =>
        connections.WithPreparedAsync(
            async prepared =>
            {
                await using var transaction = prepared.Connection.BeginTransaction(deferred: true);
                var result = await work(new SqliteSession(this, prepared, transaction));
                await transaction.CommitAsync(cancellationToken);
                return result;
            },
            cancellationToken);

    public override Task<T> WriteAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken) =>
        gate.RunAsync(prepared => work(new SqliteSession(this, prepared, null)), cancellationToken);

    /// <summary>
    /// BEGIN IMMEDIATE: the write lock is taken before the first read, so writers of other processes queue on
    /// busy_timeout instead of both reading and then deadlocking when they try to write. Transactions of this process
    /// that queue meanwhile share one commit (<see cref="SqliteWriteGate.TransactAsync{T}"/>).
    /// </summary>
    public override Task<T> TransactAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken) =>
        gate.TransactAsync((prepared, transaction) => work(new SqliteSession(this, prepared, transaction)), cancellationToken);

    /// <summary>Each script's own BEGIN IMMEDIATE transaction is the lock: the migrator checks the version again inside it.</summary>
    public override Task WithMigrationLockAsync(Func<Task> migrate, CancellationToken cancellationToken) => migrate();

    /// <summary>A domain value as SQLite stores it.</summary>
    public static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset time => time.UtcTicks,
        bool flag => flag ? 1L : 0L,
        decimal number => number.ToString(CultureInfo.InvariantCulture),
        string[] list => JsonSerializer.Serialize(list),
        _ => value,
    };
}
