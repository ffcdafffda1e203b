using System.Data.Common;

namespace SalesBot.Storage.Sql;

/// <summary>
/// Everything the stores need to know about one database engine, and nothing else: the few places where SQLite's and
/// PostgreSQL's SQL differ, how values go into parameters and come out of columns, and how a session is opened
/// (SQLite's writers queue at the process's write gate on kept-open connections with compiled statements; PostgreSQL's
/// take a pooled connection each). The stores write one set of queries against this.
/// </summary>
internal abstract class SqlDialect
{
    /// <summary>The folder of the embedded migration scripts: <c>Migrations/{Provider}</c>.</summary>
    public abstract string Provider { get; }

    /// <summary>The boolean literals of a boolean column.</summary>
    public abstract string True { get; }

    public abstract string False { get; }

    /// <summary>The insertion order of <c>answers</c> (alias <c>a</c>), for answers recorded at the same moment.</summary>
    public abstract string AnswerInsertOrder { get; }

    /// <summary>"column is one of the list in <paramref name="parameter"/>" (a list parameter binds a <c>string[]</c>).</summary>
    public abstract string InList(string column, string parameter);

    /// <summary>A query of the list in <paramref name="parameter"/>, one row per item, in a column named <c>value</c>.</summary>
    public abstract string ListValues(string parameter);

    /// <summary>"column is none of the list in <paramref name="parameter"/>".</summary>
    public abstract string NotInList(string column, string parameter);

    /// <summary>
    /// The claim, for <c>@claimant</c> until <c>@until</c> and counting an attempt, of every due, unleased pending nudge of
    /// the users owning the first <c>@limit</c> due ones (so at most <c>@limit</c> users, and never part of a user's
    /// nudges), in one statement that returns <paramref name="columns"/> of the claimed rows.
    /// </summary>
    public abstract string ClaimDueNudges(string columns);

    /// <summary>
    /// The claim of up to <c>@limit</c> inbox rows of <c>@channelId</c> for <c>@claimant</c> until <c>@until</c>: only
    /// unleased heads of their partition (no older row of the same partition left), oldest first, counting an attempt,
    /// in one statement that returns <paramref name="columns"/> of the claimed rows.
    /// </summary>
    public abstract string ClaimInboxHeads(string columns);

    /// <summary>Creates <c>schema_version</c> when missing (and sets what the file needs before any migration).</summary>
    public abstract string SchemaVersionTable { get; }

    /// <summary>The database, for error messages (never a password).</summary>
    public abstract string Describe();

    /// <summary>A parameter value as the driver takes it: times, booleans, decimals and <c>string[]</c> lists are the dialect's.</summary>
    public abstract object Bind(object? value);

    public abstract DateTimeOffset ReadTime(DbDataReader reader, int ordinal);

    public abstract bool ReadBool(DbDataReader reader, int ordinal);

    public abstract decimal ReadDecimal(DbDataReader reader, int ordinal);

    public abstract string[] ReadStrings(DbDataReader reader, int ordinal);

    /// <summary>Reads, outside any transaction.</summary>
    public abstract Task<T> ReadAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>
    /// Several reads that belong together, outside any write: on SQLite in one read transaction, so they see one moment
    /// and the connection checks the log once instead of once per statement; on PostgreSQL as <see cref="ReadAsync{T}"/>
    /// (its statements each see the latest commits; a command of several queries is one round trip).
    /// </summary>
    public virtual Task<T> ReadTogetherAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken) => ReadAsync(work, cancellationToken);

    /// <summary>Writes that need no transaction of their own (one statement each).</summary>
    public abstract Task<T> WriteAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>Runs <paramref name="work"/> in one transaction, committed when it returns and rolled back when it throws.</summary>
    public abstract Task<T> TransactAsync<T>(Func<SqlSession, Task<T>> work, CancellationToken cancellationToken);

    /// <summary>Whether the database rolled a transaction back because another one wanted the same rows.</summary>
    public virtual bool IsConflict(Exception exception) => false;

    /// <summary>Runs the migrations with every other instance kept out meanwhile.</summary>
    public abstract Task WithMigrationLockAsync(Func<Task> migrate, CancellationToken cancellationToken);

    /// <summary>One query of its own (<see cref="ReadAsync{T}"/>).</summary>
    public Task<List<T>> QueryAsync<T>(string sql, (string, object?)[] args, Func<SqlRow, T> read, CancellationToken cancellationToken) =>
        ReadAsync(session => session.QueryAsync(sql, args, read, cancellationToken), cancellationToken);

    /// <summary>One write statement of its own (<see cref="WriteAsync{T}"/>); returns the rows it changed.</summary>
    public Task<int> ExecuteAsync(string sql, (string, object?)[] args, CancellationToken cancellationToken) =>
        WriteAsync(session => session.ExecuteAsync(sql, args, cancellationToken), cancellationToken);
}
