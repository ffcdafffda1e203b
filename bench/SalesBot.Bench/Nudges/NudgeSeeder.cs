using SalesBot.Bench.Store;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;

namespace SalesBot.Bench.Nudges;

/// <summary>
/// Gives every seeded deal one nudge, the way turns plan them: <see cref="TurnCommit.NudgePlans"/> in commits of one owner.
/// Of every 100 deals (in seeding order) 1 gets a nudge due now (within the last 6 hours), 10 get one that the dispatcher
/// has already sent (due a month ago; claimed and marked sent through <see cref="INudgeStore"/> right after seeding, as the
/// dispatcher does), and 89 get one due later (1 to 91 days ahead).
/// </summary>
internal sealed class NudgeSeeder(ISalesBotStore store, INudgeStore nudges)
{
    public const int DueNowPerHundred = 1;

    public const int SentPerHundred = 10;

    private const string SeedClaimant = "bench-seeder";

    private static readonly NudgeKind[] Kinds = Enum.GetValues<NudgeKind>();

    private int[] _seeded = [];
    private long _sequence;

    public long DueNow { get; private set; }

    public long Sent { get; private set; }

    public long Later { get; private set; }

    public long Total => DueNow + Sent + Later;

    /// <summary>Plans a nudge for every deal of <paramref name="book"/> that has none yet; "now" is <paramref name="now"/>.</summary>
    public async Task TopUpAsync(DealBook book, DateTimeOffset now, CancellationToken cancellationToken)
    {
        if (_seeded.Length != book.Owners.Count)
        {
            _seeded = new int[book.Owners.Count];
        }

        for (var owner = 0; owner < book.Owners.Count; owner++)
        {
            while (_seeded[owner] < book.CountOf(owner))
            {
                var count = Math.Min(book.CountOf(owner) - _seeded[owner], StoreSeeder.DealsPerCommit);
                var plans = new List<NudgePlan>(count);
                for (var k = 0; k < count; k++)
                {
                    var dealId = book.DealAt(owner, _seeded[owner] + k);
                    plans.Add(new NudgePlan(dealId, [Plan(book.Owners[owner], dealId, now)]));
                }

                await store.CommitAsync(new TurnCommit(book.Owners[owner]) { NudgePlans = plans }, cancellationToken);
                _seeded[owner] += count;
            }
        }

        // The "already sent" ones: claimed and marked sent through the store, as the dispatcher does. Claiming at a month
        // ago reaches only them (the due-now ones are due within the last 6 hours).
        var sentBefore = now - TimeSpan.FromDays(29);
        while (true)
        {
            var claimed = await nudges.ClaimDueAsync(sentBefore, SeedClaimant, TimeSpan.FromMinutes(2), 1000, cancellationToken);
            foreach (var nudge in claimed)
            {
                if (!await nudges.MarkSentAsync(nudge.Id, SeedClaimant, sentBefore, cancellationToken))
                {
                    throw new InvalidOperationException($"Seeding: nudge {nudge.Id} was claimed but could not be marked sent.");
                }
            }

            if (claimed.Count == 0)
            {
                break;
            }
        }
    }

    private Nudge Plan(Core.Conversations.Owner owner, string dealId, DateTimeOffset now)
    {
        var n = _sequence++;
        var kind = Kinds[(int)(n % Kinds.Length)];
        DateTimeOffset due;
        switch (n % 100)
        {
            case < DueNowPerHundred:
                due = now - TimeSpan.FromMinutes(n / 100 % 360);
                DueNow++;
                break;
            case < DueNowPerHundred + SentPerHundred:
                due = now - TimeSpan.FromDays(30) - TimeSpan.FromMinutes(n % 43_200);
                Sent++;
                break;
            default:
                due = now + TimeSpan.FromDays(1) + TimeSpan.FromMinutes(n * 7_919 % 129_600);
                Later++;
                break;
        }

        return new Nudge(Nudge.MakeId(dealId, kind, null), owner, dealId, kind, due, now);
    }
}
