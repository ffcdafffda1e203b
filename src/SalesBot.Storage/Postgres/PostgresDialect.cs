using System.Data.Common;
using Npgsql;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Postgres;

/// <summary>
/// PostgreSQL: timestamptz (UTC DateTime in, microseconds kept), native booleans, numeric, text[] lists. A pooled
/// connection per operation; transactions are READ COMMITTED, and every versioned write compares the version in its own
/// statement: a second writer of the same row waits for the first to commit, then PostgreSQL re-checks its WHERE against
/// the new row, finds the version moved on and changes nothing — a conflict. Writers do not queue in process.
/// </summary>
internal sealed class PostgresDialect(NpgsqlDataSource dataSource) : SqlDialect
{
    /// <summary>The advisory lock every SalesBot takes while it migrates: "SalesBot" in ASCII.</summary>
    public const long AdvisoryLockKey = 0x53616C6573426F74;

    public override string Provider => "Postgres";

    public override string True => "true";

    public override string False => "false";

    public override string AnswerInsertOrder => "a.seq";

    public override string SchemaVersionTable =>
        """
        CREATE TABLE IF NOT EXISTS schema_version (
            version    integer NOT NULL PRIMARY KEY,
            name       text NOT NULL,
            applied_at timestamptz NOT NULL
        )
        """;

    public override string InList(string column, string parameter) => $"{column} = ANY({parameter})";

    public override string ListValues(string parameter) => $"SELECT unnest({parameter}) AS value";

    public override string NotInList(string column, string parameter) => $"{column} <> ALL({parameter})";

    /// <summary>
    /// Shared by the dispatchers of every instance: the users whose nudges are due first, each taken by one claimant only
    /// (a transaction advisory lock per user; a user another dispatcher is claiming right now is skipped), with every due
    /// nudge of theirs, so one user's reminders go out together and never split between claims. A claim that starts
    /// after another committed re-checks each row's lease, so it takes nothing the other took.
    /// </summary>
    public override string ClaimDueNudges(string columns) =>
        $"""
        WITH first_due AS (
            SELECT tenant_id, user_id FROM nudges
            WHERE state = 'pending' AND due_at <= @now AND (lease_until IS NULL OR lease_until <= @now)
            ORDER BY due_at LIMIT @limit),
        mine AS (
            SELECT tenant_id AS owner_tenant, user_id AS owner_user FROM (SELECT DISTINCT tenant_id, user_id FROM first_due) owners
            WHERE pg_try_advisory_xact_lock(hashtext(tenant_id), hashtext(user_id)))
        UPDATE nudges SET claimed_by = @claimant, lease_until = @until, attempts = nudges.attempts + 1
        FROM mine
        WHERE nudges.tenant_id = mine.owner_tenant AND nudges.user_id = mine.owner_user
          AND nudges.state = 'pending' AND nudges.due_at <= @now AND (nudges.lease_until IS NULL OR nudges.lease_until <= @now)
        RETURNING {columns}
        """;

    /// <summary>
    /// FOR UPDATE SKIP LOCKED: a head another instance is claiming right now is skipped, and the rows behind it in its
    /// partition are not claimable while it exists.
    /// </summary>
    public override string ClaimInboxHeads(string columns) =>
        $"""
        UPDATE inbox SET claimed_by = @claimant, lease_until = @until, attempts = inbox.attempts + 1
        FROM (
            SELECT i.seq AS head FROM inbox i
            WHERE i.channel_id = @channelId AND (i.lease_until IS NULL OR i.lease_until <= @now)
              AND NOT EXISTS (
                  SELECT 1 FROM inbox e WHERE e.channel_id = i.channel_id AND e.partition_key = i.partition_key AND e.seq < i.seq)
            ORDER BY i.seq
            LIMIT @limit
            FOR UPDATE SKIP LOCKED) heads
        WHERE inbox.seq = heads.head
        RETURNING {columns}
        """;

    public override string Describe()
    {
        using var connection = dataSource.CreateConnection();
        return $"The PostgreSQL database '{connection.Database}'";
    }

    public override object Bind(object? value) => Value(value);

    /// <summary>Npgsql reads timestamptz as a UTC DateTime; the domain gets it back at offset zero.</summary>
    public override DateTimeOffset ReadTime(DbDataReader reader, int ordinal) =>
        new(DateTime.SpecifyKind(reader.GetDateTime(ordinal), DateTimeKind.Utc));

    public override bool ReadBool(DbDataReader reader, int ordinal) => reader.GetBoolean(ordinal);

    public override decimal ReadDecimal(DbDataReader reader, int ordinal) => reader.GetDecimal(ordinal);

    public override string[] ReadStrings(DbDataReader reader, int ordinal) => reader.GetFieldValue<string[]>(ordinal);

    public override Task<T> ReadAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken) => RunAsync(work, cancellationToken);

    public override Task<T> WriteAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken) => RunAsync(work, cancellationToken);

    public override async Task<T> TransactAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var result = await work(new PostgresSession(this, connection, transaction));
        await transaction.CommitAsync(cancellationToken);
        return result;
    }

    /// <summary>serialization_failure and deadlock_detected: PostgreSQL rolled this transaction back for another one.</summary>
    public override bool IsConflict(Exception exception) =>
        exception is PostgresException { SqlState: PostgresErrorCodes.SerializationFailure or PostgresErrorCodes.DeadlockDetected };

    /// <summary>
    /// Instances starting at once queue on a session advisory lock: the first migrates, the others then find the schema
    /// up to date. The pool keeps sessions open, so the lock is released explicitly.
    /// </summary>
    public override async Task WithMigrationLockAsync(Func<Task> migrate, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        var session = new PostgresSession(this, connection, null);
        (string, object?)[] key = [("@key", AdvisoryLockKey)];
        await session.ExecuteAsync("SELECT pg_advisory_lock(@key)", key, cancellationToken);
        try
        {
            await migrate();
        }
        finally
        {
            await session.ExecuteAsync("SELECT pg_advisory_unlock(@key)", key, CancellationToken.None);
        }
    }

    /// <summary>A domain value as Npgsql takes it.</summary>
    public static object Value(object? value) => value switch
    {
        null => DBNull.Value,
        DateTimeOffset time => time.UtcDateTime,
        _ => value,
    };

    private async Task<T> RunAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        return await work(new PostgresSession(this, connection, null));
    }
}
