using System.Diagnostics;
using SalesBot.Bench.Load;
using SalesBot.Bench.Reporting;
using SalesBot.Bench.Store;
using SalesBot.Core.Nudges;

namespace SalesBot.Bench.Nudges;

/// <summary>
/// Due-nudge selection at each store size, on the store phase's database: one nudge per deal (see <see cref="NudgeSeeder"/>),
/// then the dispatcher's call — <see cref="INudgeStore.ClaimDueAsync"/> with its batch of 100 and 2-minute lease — timed
/// call by call, and the operator CLI's <see cref="INudgeStore.ListDueAsync"/>.
/// <para>
/// Each claimed batch is given back with <see cref="INudgeStore.ReleaseAsync"/> (the dispatcher's "send failed, retry at"
/// path) due at the claim's "now", so it goes to the back of the due queue: the due set keeps its size (1% of the deals)
/// and the claims walk through all of it, each taking 100 different nudges. The clock is virtual and moves 1 ms per claim.
/// The releases are timed too, per nudge, but not counted in the claim's numbers. A few claims before the timed ones are not counted.
/// </para>
/// </summary>
internal sealed class NudgeSelectionPhase(BenchOptions options, ResultSink results, TargetBoard board, INudgeStore nudges, TimeProvider time, string db)
{
    /// <summary>What the dispatcher passes (NudgeOptions.BatchSize and NudgeOptions.Lease).</summary>
    public const int BatchSize = 100;

    public static readonly TimeSpan Lease = TimeSpan.FromMinutes(2);

    /// <summary>The CLI lists up to 1,000 by default; 100 keeps the result the same size at every table size (the due set is at least 100).</summary>
    public const int ListLimit = 100;

    private const string Claimant = "bench-dispatcher";

    private const int WarmupClaims = 5;

    private const int MinClaims = 50;

    private readonly NudgeSeeder _seeder = new(db);
    private readonly List<(long Size, OpStats Claim, OpStats List)> _rows = [];
    private readonly TextTable _table = new(
        "deals", "nudges", "due now", "sent", "later", "seed s", $"list due ({ListLimit})/s", "list p50/p99 ms", "claims", "claim p50/p99 ms",
        "claim max ms", "nudges claimed/s", "release p50 ms");

    private DateTimeOffset _now = new(time.GetUtcNow().UtcTicks / TimeSpan.TicksPerSecond * TimeSpan.TicksPerSecond, TimeSpan.Zero);
    private bool _explained;

    /// <summary>Seeds the nudges of the deals added since the last size and times selection on the whole table.</summary>
    public async Task MeasureAsync(long size, DealBook book, bool largest, CancellationToken cancellationToken)
    {
        var seedClock = Stopwatch.StartNew();
        await _seeder.TopUpAsync(book, _now, cancellationToken);
        seedClock.Stop();
        Console.Write($"      {Format.Size(size)}: {Format.Count(_seeder.Total)} nudges ({Format.Count(_seeder.DueNow)} due now) seeded in {Format.Seconds(seedClock.Elapsed.TotalSeconds)} s; timing nudge selection... ");

        if (largest && !_explained)
        {
            await ExplainAsync(cancellationToken);
        }

        var budget = TimeSpan.FromSeconds(options.StoreOpSeconds);
        var list = await OpTimer.RunAsync(budget, () => ListDueAsync(cancellationToken), cancellationToken);
        await ClaimLoopAsync(TimeSpan.Zero, WarmupClaims, cancellationToken); // not counted: first touches of the due rows' pages
        var (claim, claimedPerSecond, release) = await ClaimLoopAsync(budget * 2, MinClaims, cancellationToken);
        Console.WriteLine("done");

        _rows.Add((size, claim, list));
        _table.Row(
            Format.Size(size), Format.Count(_seeder.Total), Format.Count(_seeder.DueNow), Format.Count(_seeder.Sent), Format.Count(_seeder.Later),
            Format.Seconds(seedClock.Elapsed.TotalSeconds), Format.Rate(list.PerSecond), Pair(list), Format.Count(claim.Latency.Count), Pair(claim),
            Format.Ms(claim.Latency.Max), Format.Rate(claimedPerSecond), Format.Ms(release.P50));
        var note = $"{Format.Count(_seeder.Total)} nudges, {Format.Count(_seeder.DueNow)} due";
        results.Add("store", "sqlite", "nudges_seed_s", seedClock.Elapsed.TotalSeconds, "s", size, note);
        results.Add("store", "sqlite", "due_nudge_list_per_s", list.PerSecond, "ops/s", size, note);
        results.Add("store", "sqlite", "due_nudge_list_p50_ms", list.Latency.P50, "ms", size, note);
        results.Add("store", "sqlite", "due_nudge_list_p99_ms", list.Latency.P99, "ms", size, note);
        results.Add("store", "sqlite", "due_nudge_claim_calls", claim.Latency.Count, "calls", size, note);
        results.Add("store", "sqlite", "due_nudge_claim_p50_ms", claim.Latency.P50, "ms", size, note);
        results.Add("store", "sqlite", "due_nudge_claim_p99_ms", claim.Latency.P99, "ms", size, note);
        results.Add("store", "sqlite", "due_nudge_claim_max_ms", claim.Latency.Max, "ms", size, note);
        results.Add("store", "sqlite", "due_nudges_claimed_per_s", claimedPerSecond, "nudges/s", size, "per second spent in ClaimDueAsync, batches of 100");
        results.Add("store", "sqlite", "nudge_release_p50_ms", release.P50, "ms", size, "ReleaseAsync, per nudge");
    }

    /// <summary>Prints the table and judges "flat" like the lookups: p50 at the largest size within <see cref="StorePhase.FlatRatio"/>x of the smallest.</summary>
    public void Report()
    {
        Console.WriteLine($"Due-nudge selection: ClaimDueAsync(now, claimant, {Lease.TotalMinutes:F0} min lease, {BatchSize}) as the dispatcher calls it, and ListDueAsync(now, {ListLimit});");
        Console.WriteLine($"      one nudge per deal: {NudgeSeeder.DueNowPerHundred}% due now, {NudgeSeeder.SentPerHundred}% already sent, the rest due in 1-91 days.");
        Console.WriteLine(_table);
        var (first, last) = (_rows[0], _rows[^1]);
        var claimRatio = last.Claim.Latency.P50 / first.Claim.Latency.P50;
        var listRatio = last.List.Latency.P50 / first.List.Latency.P50;
        Console.WriteLine($"  selection p50 {Format.Size(first.Size)} -> {Format.Size(last.Size)}: claim {Format.Ratio(claimRatio)}, list due {Format.Ratio(listRatio)}; flat means <= {StorePhase.FlatRatio:F1}x.");
        Console.WriteLine();
        var span = $"{Format.Size(first.Size)} -> {Format.Size(last.Size)}";
        results.Add("store", "sqlite", "due_nudge_claim_p50_growth", claimRatio, "x", note: span);
        results.Add("store", "sqlite", "due_nudge_list_p50_growth", listRatio, "x", note: span);
        board.Judge(
            "due_nudge_selection_flat", $"due-nudge selection flat as deals grow (p50 at {Format.Size(last.Size)} <= {StorePhase.FlatRatio:F0}x p50 at {Format.Size(first.Size)})",
            claimRatio <= StorePhase.FlatRatio && listRatio <= StorePhase.FlatRatio, Math.Max(claimRatio, listRatio), "x",
            $"claim {Format.Ratio(claimRatio)} ({Format.Ms(first.Claim.Latency.P50)} -> {Format.Ms(last.Claim.Latency.P50)} ms), " +
            $"list due {Format.Ratio(listRatio)} ({Format.Ms(first.List.Latency.P50)} -> {Format.Ms(last.List.Latency.P50)} ms)");
    }

    private async Task ListDueAsync(CancellationToken cancellationToken)
    {
        var due = await nudges.ListDueAsync(_now, ListLimit, cancellationToken);
        if (due.Count != ListLimit)
        {
            throw new InvalidOperationException($"ListDueAsync returned {due.Count} nudges; at least {ListLimit} were seeded due.");
        }
    }

    private async Task<(OpStats Claim, double ClaimedPerSecond, Percentiles Release)> ClaimLoopAsync(TimeSpan budget, int minClaims, CancellationToken cancellationToken)
    {
        var claimMs = new List<double>(4096);
        var releaseMs = new List<double>(4096 * BatchSize);
        var claimed = 0L;
        var wall = Stopwatch.StartNew();
        while (wall.Elapsed < budget || claimMs.Count < minClaims)
        {
            cancellationToken.ThrowIfCancellationRequested();
            _now += TimeSpan.FromMilliseconds(1);
            var started = Stopwatch.GetTimestamp();
            var batch = await nudges.ClaimDueAsync(_now, Claimant, Lease, BatchSize, cancellationToken);
            claimMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            // A claim takes every due nudge of the users it picks (one digest per user), so a batch may hold more than the limit.
            if (batch.Count < BatchSize)
            {
                throw new InvalidOperationException($"ClaimDueAsync claimed {batch.Count} nudges; {BatchSize} or more were due and unclaimed.");
            }

            claimed += batch.Count;
            foreach (var nudge in batch)
            {
                started = Stopwatch.GetTimestamp();
                await nudges.ReleaseAsync(nudge.Id, Claimant, _now, "bench: back to the due queue", mayHaveArrived: false, cancellationToken);
                releaseMs.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
            }
        }

        _now += TimeSpan.FromSeconds(1);
        var claimSeconds = claimMs.Sum() / 1000;
        return (new OpStats(claimMs.Count / claimSeconds, new Percentiles(claimMs)), claimed / claimSeconds, new Percentiles(releaseMs));
    }

    private async Task ExplainAsync(CancellationToken cancellationToken)
    {
        _explained = true;
        var (lines, usesIndex) = await ClaimQueryPlan.ExplainAsync(db, _now, cancellationToken);
        Console.WriteLine();
        Console.WriteLine("      EXPLAIN QUERY PLAN of the claim (every due nudge of the first 100 due nudges' users: UPDATE nudges ... WHERE ... AND (tenant_id, user_id) IN (SELECT ... ORDER BY due_at LIMIT 100) RETURNING ...):");
        foreach (var line in lines)
        {
            Console.WriteLine("        " + line);
        }

        Console.WriteLine(usesIndex
            ? $"      -> the due nudges are found through {ClaimQueryPlan.Index}."
            : $"      -> WARNING: the plan does not use {ClaimQueryPlan.Index}; selection will grow with the table.");
        Console.Write("      ");
        results.Add("store", "sqlite", "claim_plan_uses_pending_due_index", usesIndex ? 1 : 0, "bool", note: string.Join(" | ", lines.Select(l => l.Trim())));
    }

    private static string Pair(OpStats stats) => $"{Format.Ms(stats.Latency.P50)}/{Format.Ms(stats.Latency.P99)}";
}
