using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SalesBot.Bench.Nudges;
using SalesBot.Bench.Reporting;
using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;
using SalesBot.Storage;

namespace SalesBot.Bench.Store;

/// <summary>
/// Phase 3: the real store, in-process, registered and migrated exactly as the app does it
/// (<c>AddSalesBotStorage(configuration)</c>, hosted migration on start). Seeds 10k, 100k and 1M deals (cumulative)
/// over 1,000 owners of one tenant and, at each size, times answer writes and deal lookups one at a time, then gives
/// every deal a nudge and times due-nudge selection (<see cref="NudgeSelectionPhase"/>).
/// </summary>
internal sealed class StorePhase(BenchOptions options, string workDir, ResultSink results, TargetBoard board)
{
    public const int Owners = 1_000;

    /// <summary>Owners whose deal count never changes (20 each), so "list my deals" is compared at the same result size.</summary>
    public const int FixedOwners = 100;

    public const int FixedOwnerDeals = 20;

    /// <summary>"Flat": a lookup's p50 at the largest size is at most this many times its p50 at the smallest.</summary>
    public const double FlatRatio = 2.0;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var sizes = options.StoreSizes;
        Console.WriteLine($"Store: SQLite through ISalesBotStore, in-process; {string.Join(", ", sizes.Select(s => Format.Size(s)))} deals (cumulative) over {Owners:N0} owners;");
        Console.WriteLine($"      each operation timed serially for {options.StoreOpSeconds} s at each size (and answer writes also from {options.Users} writers at once).");
        var db = Path.Combine(workDir, "store.db");
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, ContentRootPath = workDir });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:SalesBot"] = $"Data Source={db}" });
        builder.Services.AddSalesBotStorage(builder.Configuration);
        using var host = builder.Build();
        await host.StartAsync(cancellationToken);
        try
        {
            var store = host.Services.GetRequiredService<ISalesBotStore>();
            var time = host.Services.GetRequiredService<TimeProvider>();
            var nudgePhase = new NudgeSelectionPhase(options, results, board, host.Services.GetRequiredService<INudgeStore>(), time, db);
            await MeasureSizesAsync(store, time, db, nudgePhase, cancellationToken);
            nudgePhase.Report();
        }
        finally
        {
            await host.StopAsync(CancellationToken.None);
        }
    }

    private async Task MeasureSizesAsync(ISalesBotStore store, TimeProvider time, string db, NudgeSelectionPhase nudgePhase, CancellationToken cancellationToken)
    {
        var sizes = options.StoreSizes;
        var book = new DealBook("owner", Owners);
        var fixedBook = new DealBook("fixed", FixedOwners);
        var seeder = new StoreSeeder(store, time);
        var random = new Random(20_260_301);
        var budget = TimeSpan.FromSeconds(options.StoreOpSeconds);
        await seeder.TopUpAsync(fixedBook, FixedOwnerDeals, cancellationToken);

        var table = new TextTable(
            "deals", "seed s", "seed deals/s", "answer writes/s", "write p50/p99 ms", $"writes/s, {options.Users} writers", "p50/p99 ms", "get deal/s", "get p50/p99 ms",
            $"list ({FixedOwnerDeals} deals)/s", "list p50/p99 ms", "list (random owner)/s", "deals listed", "list p50/p99 ms", "db MiB");
        var rows = new List<(long Size, OpStats Get, OpStats ListFixed)>();
        foreach (var size in sizes)
        {
            var before = book.Total;
            var seedClock = Stopwatch.StartNew();
            await seeder.TopUpAsync(book, (int)(size / Owners), cancellationToken);
            seedClock.Stop();
            var seeded = book.Total - before;
            Console.Write($"      {Format.Size(size)}: seeded {Format.Count(seeded)} deals in {Format.Seconds(seedClock.Elapsed.TotalSeconds)} s; timing... ");

            var write = await OpTimer.RunAsync(budget, () => WriteAnswerAsync(store, book, random, time, cancellationToken), cancellationToken);

            // The same commits from as many writers as the load phase has users: what turns see when they commit at once.
            var writerRandoms = Enumerable.Range(0, options.Users).Select(i => new Random(random.Next())).ToArray();
            var writeConcurrent = await OpTimer.RunConcurrentAsync(
                budget, options.Users, worker => WriteAnswerAsync(store, book, writerRandoms[worker], time, cancellationToken), cancellationToken);
            var get = await OpTimer.RunAsync(budget, () => GetDealAsync(store, book, random, cancellationToken), cancellationToken);
            var listFixed = await OpTimer.RunAsync(budget, () => ListAsync(store, fixedBook, random, cancellationToken), cancellationToken);
            var listRandom = await OpTimer.RunAsync(budget, () => ListAsync(store, book, random, cancellationToken), cancellationToken);
            Console.WriteLine("done");
            await nudgePhase.MeasureAsync(size, book, size == sizes[^1], cancellationToken);

            var dbBytes = new[] { db, db + "-wal" }.Where(File.Exists).Sum(file => new FileInfo(file).Length);
            table.Row(
                Format.Size(size), Format.Seconds(seedClock.Elapsed.TotalSeconds), Format.Rate(seeded / seedClock.Elapsed.TotalSeconds),
                Format.Rate(write.PerSecond), Pair(write), Format.Rate(writeConcurrent.PerSecond), Pair(writeConcurrent), Format.Rate(get.PerSecond), Pair(get),
                Format.Rate(listFixed.PerSecond), Pair(listFixed), Format.Rate(listRandom.PerSecond), Format.Count(book.DealsPerOwner), Pair(listRandom),
                Format.MiB(dbBytes));
            rows.Add((size, get, listFixed));

            results.Add("store", "sqlite", "seed_s", seedClock.Elapsed.TotalSeconds, "s", size, note: $"{Format.Count(seeded)} deals added");
            results.Add("store", "sqlite", "seed_deals_per_s", seeded / seedClock.Elapsed.TotalSeconds, "deals/s", size);
            Record("answer_write", write, size);
            Record($"answer_write_{options.Users}_writers", writeConcurrent, size);
            Record("get_deal", get, size);
            Record($"list_deals_{FixedOwnerDeals}", listFixed, size);
            Record("list_deals_random_owner", listRandom, size, $"{book.DealsPerOwner} deals per owner");
            results.Add("store", "sqlite", "db_mib", dbBytes / 1024.0 / 1024.0, "MiB", size);
        }

        Console.WriteLine(table);
        var (first, last) = (rows[0], rows[^1]);
        var getRatio = last.Get.Latency.P50 / first.Get.Latency.P50;
        var listRatio = last.ListFixed.Latency.P50 / first.ListFixed.Latency.P50;
        Console.WriteLine($"  lookup p50 {Format.Size(first.Size)} -> {Format.Size(last.Size)}: get deal {Format.Ratio(getRatio)}, list {FixedOwnerDeals} deals {Format.Ratio(listRatio)}; flat means <= {FlatRatio:F1}x.");
        Console.WriteLine($"  \"list (random owner)\" returns {Format.Count(book.DealsPerOwner)} deals per owner at the largest size, so it grows with the result, not the table.");
        Console.WriteLine();
        results.Add("store", "sqlite", "get_deal_p50_growth", getRatio, "x", note: $"{Format.Size(first.Size)} -> {Format.Size(last.Size)}");
        results.Add("store", "sqlite", $"list_deals_{FixedOwnerDeals}_p50_growth", listRatio, "x", note: $"{Format.Size(first.Size)} -> {Format.Size(last.Size)}");
        board.Judge(
            "store_lookups_flat", $"store lookups flat as deals grow (p50 at {Format.Size(last.Size)} <= {FlatRatio:F0}x p50 at {Format.Size(first.Size)})",
            getRatio <= FlatRatio && listRatio <= FlatRatio, Math.Max(getRatio, listRatio), "x",
            $"get deal {Format.Ratio(getRatio)} ({Format.Ms(first.Get.Latency.P50)} -> {Format.Ms(last.Get.Latency.P50)} ms), " +
            $"list {FixedOwnerDeals} deals {Format.Ratio(listRatio)} ({Format.Ms(first.ListFixed.Latency.P50)} -> {Format.Ms(last.ListFixed.Latency.P50)} ms)");
    }

    private static async Task WriteAnswerAsync(ISalesBotStore store, DealBook book, Random random, TimeProvider time, CancellationToken cancellationToken)
    {
        var (owner, dealId) = book.RandomDeal(random);
        var answer = new Answer(dealId, "qualify", "budget", book.NextAnswerVersion(dealId), "8000 USD", "bench", time.GetUtcNow(), "bench");
        await store.CommitAsync(new TurnCommit(owner) { Answers = [answer] }, cancellationToken);
    }

    private static async Task GetDealAsync(ISalesBotStore store, DealBook book, Random random, CancellationToken cancellationToken)
    {
        var (owner, dealId) = book.RandomDeal(random);
        _ = await store.GetDealAsync(owner, dealId, cancellationToken)
            ?? throw new InvalidOperationException($"Seeded deal {dealId} of {owner} was not found.");
    }

    private static async Task ListAsync(ISalesBotStore store, DealBook book, Random random, CancellationToken cancellationToken)
    {
        var owner = book.RandomOwner(random);
        var deals = await store.ListDealsAsync(owner, cancellationToken);
        if (deals.Count != book.DealsPerOwner)
        {
            throw new InvalidOperationException($"{owner} has {deals.Count} deals in the store, {book.DealsPerOwner} were seeded.");
        }
    }

    private void Record(string operation, OpStats stats, long size, string? note = null)
    {
        results.Add("store", "sqlite", $"{operation}_per_s", stats.PerSecond, "ops/s", size, note);
        results.Add("store", "sqlite", $"{operation}_p50_ms", stats.Latency.P50, "ms", size, note);
        results.Add("store", "sqlite", $"{operation}_p99_ms", stats.Latency.P99, "ms", size, note);
    }

    private static string Pair(OpStats stats) => $"{Format.Ms(stats.Latency.P50)}/{Format.Ms(stats.Latency.P99)}";
}
