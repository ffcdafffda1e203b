using Microsoft.Data.Sqlite;
using SalesBot.Bench.Store;
using SalesBot.Core.Nudges;

namespace SalesBot.Bench.Nudges;

/// <summary>
/// Gives every seeded deal one nudge. Of every 100 deals (in seeding order) 1 gets a nudge due now (within the last
/// 6 hours), 10 one the dispatcher already sent (due a month ago, state sent), and 89 one due later (1 to 91 days ahead).
/// <para>
/// Unlike the deals, the nudges are written with one prepared INSERT in one transaction on the store's file, not through
/// <c>TurnCommit.NudgePlans</c> and <c>MarkSentAsync</c>: planning and marking 1M nudges one statement at a time took
/// about 1 ms per nudge on the shared machine (15+ minutes at 1M), and what is measured here is selection, not planning.
/// The rows are what the store writes (same columns, ids from <see cref="Nudge.MakeId"/>, states as the store names them);
/// keep the INSERT in step with src/SalesBot.Storage/Migrations/Sqlite/0003_nudges.sql. Ends with a WAL checkpoint, so the
/// first timed claims do not pay for copying the seed into the database file.
/// </para>
/// </summary>
internal sealed class NudgeSeeder(string db)
{
    public const int DueNowPerHundred = 1;

    public const int SentPerHundred = 10;

    private const string Insert =
        "INSERT INTO nudges (id, tenant_id, user_id, deal_id, kind, due_at, state, created_at, sent_at) " +
        "VALUES ($id, $tenant, $user, $deal, $kind, $due, $state, $created, $sent)";

    private static readonly NudgeKind[] Kinds = Enum.GetValues<NudgeKind>();

    private int[] _seeded = [];
    private long _sequence;

    public long DueNow { get; private set; }

    public long Sent { get; private set; }

    public long Later { get; private set; }

    public long Total => DueNow + Sent + Later;

    /// <summary>Adds a nudge for every deal of <paramref name="book"/> that has none yet; "now" is <paramref name="now"/>.</summary>
    public async Task TopUpAsync(DealBook book, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_seeded.Length != book.Owners.Count)
        {
            _seeded = new int[book.Owners.Count];
        }

        await using var connection = new SqliteConnection($"Data Source={db}");
        await connection.OpenAsync(cancellationToken);
        await Execute(connection, "PRAGMA busy_timeout = 5000; PRAGMA foreign_keys = ON;", cancellationToken);
        await using (var transaction = (SqliteTransaction)await connection.BeginTransactionAsync(cancellationToken))
        {
            await using var command = connection.CreateCommand();
            command.Transaction = transaction;
            command.CommandText = Insert;
            var p = new[] { "$id", "$tenant", "$user", "$deal", "$kind", "$due", "$state", "$created", "$sent" }
                .ToDictionary(name => name, name => command.Parameters.AddWithValue(name, DBNull.Value));
            p["$tenant"].Value = DealBook.Tenant;
            p["$created"].Value = now.UtcTicks;
            await command.PrepareAsync(cancellationToken);
            for (var owner = 0; owner < book.Owners.Count; owner++)
            {
                p["$user"].Value = book.Owners[owner].UserId;
                for (; _seeded[owner] < book.CountOf(owner); _seeded[owner]++)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var dealId = book.DealAt(owner, _seeded[owner]);
                    var (kind, due, sent) = Next(now);
                    p["$id"].Value = Nudge.MakeId(dealId, kind, null);
                    p["$deal"].Value = dealId;
                    p["$kind"].Value = kind.ToString().ToLowerInvariant();
                    p["$due"].Value = due.UtcTicks;
                    p["$state"].Value = sent ? "sent" : "pending";
                    p["$sent"].Value = sent ? due.UtcTicks : DBNull.Value;
                    await command.ExecuteNonQueryAsync(cancellationToken);
                }
            }

            await transaction.CommitAsync(cancellationToken);
        }

        await Execute(connection, "PRAGMA wal_checkpoint(TRUNCATE);", cancellationToken);
    }

    private (NudgeKind Kind, DateTimeOffset Due, bool Sent) Next(DateTimeOffset now)
    {
        var n = _sequence++;
        var kind = Kinds[(int)(n % Kinds.Length)];
        switch (n % 100)
        {
            case < DueNowPerHundred:
                DueNow++;
                return (kind, now - TimeSpan.FromMinutes(n / 100 % 360), false);
            case < DueNowPerHundred + SentPerHundred:
                Sent++;
                return (kind, now - TimeSpan.FromDays(30) - TimeSpan.FromMinutes(n % 43_200), true);
            default:
                Later++;
                return (kind, now + TimeSpan.FromDays(1) + TimeSpan.FromMinutes(n * 7_919 % 129_600), false);
        }
    }

    private static async Task Execute(SqliteConnection connection, string sql, CancellationToken cancellationToken)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }
}
