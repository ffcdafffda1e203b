using SalesBot.Testing;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;
using Microsoft.Extensions.Logging.Abstractions;
using SalesBot.Storage.Migrations;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage.Tests;

/// <summary>
/// What every <see cref="ISalesBotStore"/> must do. A provider's test class derives from this and
/// returns a store over a fresh, migrated, empty database.
/// </summary>
public abstract class SalesBotStoreContractTests
{
    protected static readonly Owner Alice = new("tenant-a", "alice");
    protected static readonly Owner Bob = new("tenant-a", "bob");
    protected static readonly Owner AliceInOtherTenant = new("tenant-b", "alice");

    /// <summary>Microsecond precision (what PostgreSQL keeps), in a non-UTC offset to prove the store normalizes to UTC.</summary>
    protected static readonly DateTimeOffset T0 = new DateTimeOffset(2026, 3, 4, 11, 30, 15, TimeSpan.FromHours(2)).AddTicks(1_234_560);

    protected static CancellationToken Ct => CancellationToken.None;

    protected abstract Task<ISalesBotStore> CreateStoreAsync();

    /// <summary>Another instance over the same database, not migrated by itself: its own connections (on SQLite its own write gate).</summary>
    private protected abstract SqlDialect NewDialect();

    private SalesBotStore OtherInstance() => new(NewDialect());

    [Fact]
    public async Task InstancesStartingAtOnce_MigrateOnce_AndAllSucceed()
    {
        var dialects = Enumerable.Range(0, 6).Select(_ => NewDialect()).ToList();
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var migrations = dialects.Select(dialect => Task.Run(async () =>
        {
            await start.Task;
            await new SchemaMigrator(dialect, TimeProvider.System, NullLogger<SchemaMigrator>.Instance).MigrateAsync(Ct);
        })).ToList();
        start.SetResult();
        await Task.WhenAll(migrations);

        Assert.Equal(
            MigrationScripts.Load(dialects[0].Provider).Select(script => (long)script.Version),
            await dialects[0].QueryAsync("SELECT version FROM schema_version ORDER BY version", [], row => row.Long(0), Ct));
        var deal = Deal.Start(Alice, "Acme", T0);
        await new SalesBotStore(dialects[0]).CommitAsync(new TurnCommit(Alice) { NewDeals = [deal] }, Ct);
        AssertSameDeal(deal, await new SalesBotStore(dialects[^1]).GetDealAsync(Alice, deal.Id, Ct));
    }

    [Fact]
    public async Task MigratingAgain_AppliesEachMigrationOnce_AndKeepsTheData()
    {
        var store = (SalesBotStore)await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [deal] }, Ct);

        var reopened = await CreateStoreAsync();

        Assert.Equal(
            MigrationScripts.Load(store.Dialect.Provider).Select(script => (long)script.Version),
            await store.Dialect.QueryAsync("SELECT version FROM schema_version ORDER BY version", [], row => row.Long(0), Ct));
        AssertSameDeal(deal, await reopened.GetDealAsync(Alice, deal.Id, Ct));
    }

    [Fact]
    public async Task SchemaNewerThanTheCodeKnows_FailsStartWithAClearError()
    {
        var store = (SalesBotStore)await CreateStoreAsync();
        await store.Dialect.ExecuteAsync(
            "INSERT INTO schema_version (version, name, applied_at) VALUES (999, 'from_the_future', @at)", [("@at", T0)], Ct);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(CreateStoreAsync);

        Assert.Contains("schema version 999", error.Message, StringComparison.Ordinal);
        Assert.Contains("newer", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task TwoInstances_ChangingTheSameDealFromTheSameVersion_OneCommits_TheOtherGetsAConflict()
    {
        var first = await CreateStoreAsync();
        var second = OtherInstance();
        var deal = Deal.Start(Alice, "Acme", T0);
        await first.CommitAsync(new TurnCommit(Alice) { NewDeals = [deal] }, Ct);
        var mine = (await first.GetDealAsync(Alice, deal.Id, Ct))!;
        var theirs = (await second.GetDealAsync(Alice, deal.Id, Ct))!;
        mine.CompleteStep("screen", DealLink.Alignment, T0.AddMinutes(1));
        theirs.Close(DealStatus.Lost, "went elsewhere", T0.AddMinutes(1));

        var outcomes = await Task.WhenAll(
            TryCommitAsync(first, new TurnCommit(Alice) { ChangedDeals = [mine], Answers = [AnswerTo(deal, "budget", 1, "yes", T0)] }),
            TryCommitAsync(second, new TurnCommit(Alice) { ChangedDeals = [theirs], Answers = [AnswerTo(deal, "need", 1, "no", T0)] }));

        Assert.Single(outcomes, outcome => outcome is null);
        var stored = (await first.GetDealAsync(Alice, deal.Id, Ct))!;
        Assert.Equal(2, stored.Version);
        AssertSameDeal(outcomes[0] is null ? mine : theirs, stored);
        Assert.Single(await first.GetAnswersAsync(Alice, deal.Id, Ct));
    }

    [Fact]
    public async Task TwoInstances_ChangingTheSameTwoDealsListedInOppositeOrders_WaitForEachOther_InsteadOfDeadlocking()
    {
        var first = await CreateStoreAsync();
        var second = OtherInstance();
        var (a, b) = (Deal.Start(Alice, "Acme", T0), Deal.Start(Alice, "Globex", T0));
        await first.CommitAsync(new TurnCommit(Alice) { NewDeals = [a, b] }, Ct);

        for (var round = 0; round < 5; round++)
        {
            var mine = await BothAsync(first);
            var theirs = await BothAsync(second);
            var outcomes = await Task.WhenAll(
                Task.Run(() => TryCommitAsync(first, new TurnCommit(Alice) { ChangedDeals = [mine.A, mine.B] })),
                Task.Run(() => TryCommitAsync(second, new TurnCommit(Alice) { ChangedDeals = [theirs.B, theirs.A] })));

            // One commits; the other is refused by the versions it wrote against, not by the database breaking a deadlock.
            var conflict = Assert.Single(outcomes, outcome => outcome is not null);
            Assert.Null(conflict!.InnerException);
            Assert.Equal(round + 2, (await first.GetDealAsync(Alice, a.Id, Ct))!.Version);
            Assert.Equal(round + 2, (await first.GetDealAsync(Alice, b.Id, Ct))!.Version);
        }

        async Task<(Deal A, Deal B)> BothAsync(ISalesBotStore store)
        {
            var (mineA, mineB) = ((await store.GetDealAsync(Alice, a.Id, Ct))!, (await store.GetDealAsync(Alice, b.Id, Ct))!);
            mineA.CompleteStep($"step-{mineA.Version}", DealLink.Alignment, T0.AddMinutes(mineA.Version));
            mineB.CompleteStep($"step-{mineB.Version}", DealLink.Alignment, T0.AddMinutes(mineB.Version));
            return (mineA, mineB);
        }
    }

    [Fact]
    public async Task NewDeal_IsListedAndReadBackWithEveryField_AndMarkedSavedAtVersion1()
    {
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        deal.CompleteStep("screen", DealLink.Alignment, T0.AddMinutes(5));

        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [deal] }, Ct);

        Assert.Equal(1, deal.Version);
        AssertSameDeal(deal, Assert.Single(await store.ListDealsAsync(Alice, Ct)));
        AssertSameDeal(deal, await store.GetDealAsync(Alice, deal.Id, Ct));
    }

    [Fact]
    public async Task ListDeals_ReturnsOnlyTheOwnersDeals_OldestFirst()
    {
        var store = await CreateStoreAsync();
        var later = Deal.Start(Alice, "Globex", T0.AddHours(1));
        var earlier = Deal.Start(Alice, "Acme", T0);
        var bobs = Deal.Start(Bob, "Initech", T0);
        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [later, earlier] }, Ct);
        await store.CommitAsync(new TurnCommit(Bob) { NewDeals = [bobs] }, Ct);

        Assert.Equal(["Acme", "Globex"], (await store.ListDealsAsync(Alice, Ct)).Select(deal => deal.Prospect));
        Assert.Equal(["Initech"], (await store.ListDealsAsync(Bob, Ct)).Select(deal => deal.Prospect));
    }

    [Fact]
    public async Task ChangedDeal_IsUpdatedAndItsVersionBumped()
    {
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [deal] }, Ct);

        deal.CompleteStep("screen", DealLink.Alignment, T0.AddMinutes(1));
        deal.Close(DealStatus.Lost, "went with a competitor", T0.AddMinutes(2));
        await store.CommitAsync(new TurnCommit(Alice) { ChangedDeals = [deal] }, Ct);

        Assert.Equal(2, deal.Version);
        var stored = await store.GetDealAsync(Alice, deal.Id, Ct);
        AssertSameDeal(deal, stored);
        Assert.Equal(DealStatus.Lost, stored!.Status);
        Assert.Equal("went with a competitor", stored.ClosedReason);
    }

    [Fact]
    public async Task OtherUserAndOtherTenant_SeeNothingOfTheOwnersData()
    {
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        await store.CommitAsync(
            new TurnCommit(Alice)
            {
                NewDeals = [deal],
                Answers = [AnswerTo(deal, "budget", 1, "yes", T0)],
                Touches = [new Touch(deal.Id, TouchKind.Call, "left a message", T0, "alice")],
                Events = [new DealEvent(deal.Id, "created", "Acme", T0, "alice")],
                Profile = new UserProfile(Alice, 5000m, "USD", "en-US", "Europe/Berlin", T0),
            },
            Ct);

        foreach (var stranger in new[] { Bob, AliceInOtherTenant })
        {
            Assert.Empty(await store.ListDealsAsync(stranger, Ct));
            Assert.Null(await store.GetDealAsync(stranger, deal.Id, Ct));
            Assert.Empty(await store.GetAnswersAsync(stranger, deal.Id, Ct));
            Assert.Empty(await store.GetTouchesAsync(stranger, deal.Id, Ct));
            Assert.Empty(await store.GetEventsAsync(stranger, deal.Id, Ct));
            Assert.Null(await store.GetProfileAsync(stranger, Ct));
        }

        // The data is there for its owner, so the empty results above are isolation, not absence.
        Assert.Single(await store.GetAnswersAsync(Alice, deal.Id, Ct));
        Assert.Single(await store.GetTouchesAsync(Alice, deal.Id, Ct));
        Assert.Single(await store.GetEventsAsync(Alice, deal.Id, Ct));
        Assert.NotNull(await store.GetProfileAsync(Alice, Ct));
    }

    [Theory]
    [InlineData("answer")]
    [InlineData("touch")]
    [InlineData("event")]
    public async Task WritingUnderAnotherUsersDeal_ThrowsUnauthorized_AndWritesNothing(string what)
    {
        var store = await CreateStoreAsync();
        var alicesDeal = Deal.Start(Alice, "Acme", T0);
        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [alicesDeal] }, Ct);
        var bobsDeal = Deal.Start(Bob, "Initech", T0);
        var commit = new TurnCommit(Bob) { State = new ConversationStateWrite("bob-chat", "{}", 0), NewDeals = [bobsDeal] };
        commit = what switch
        {
            "answer" => commit with { Answers = [AnswerTo(alicesDeal, "budget", 1, "no", T0)] },
            "touch" => commit with { Touches = [new Touch(alicesDeal.Id, TouchKind.Call, "hijacked", T0, "bob")] },
            _ => commit with { Events = [new DealEvent(alicesDeal.Id, "closed", "hijacked", T0, "bob")] },
        };

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.CommitAsync(commit, Ct));

        Assert.Empty(await store.GetAnswersAsync(Alice, alicesDeal.Id, Ct));
        Assert.Empty(await store.GetTouchesAsync(Alice, alicesDeal.Id, Ct));
        Assert.Empty(await store.GetEventsAsync(Alice, alicesDeal.Id, Ct));
        Assert.Null(await store.LoadConversationAsync("bob-chat", Ct));
        Assert.Empty(await store.ListDealsAsync(Bob, Ct));
        Assert.Equal(0, bobsDeal.Version);
    }

    [Fact]
    public async Task AnsweringADealThatDoesNotExist_ThrowsUnauthorized_AndWritesNothing()
    {
        var store = await CreateStoreAsync();
        var commit = new TurnCommit(Alice)
        {
            State = new ConversationStateWrite("alice-chat", "{}", 0),
            Answers = [Answers.Of("screen", "budget", "yes", at: T0, dealId: "no-such-deal", by: "alice")],
        };

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.CommitAsync(commit, Ct));

        Assert.Null(await store.LoadConversationAsync("alice-chat", Ct));
    }

    [Fact]
    public async Task ChangingAnotherUsersDealUnderOwnName_ThrowsUnauthorized_AndLeavesTheDeal()
    {
        var store = await CreateStoreAsync();
        var alicesDeal = Deal.Start(Alice, "Acme", T0);
        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [alicesDeal] }, Ct);
        var forged = new Deal(alicesDeal.Id, Bob, "Acme", DealLink.Exit, DealStatus.Lost, [], "hijacked", T0, T0, 1);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(
            () => store.CommitAsync(new TurnCommit(Bob) { ChangedDeals = [forged] }, Ct));

        AssertSameDeal(alicesDeal, await store.GetDealAsync(Alice, alicesDeal.Id, Ct));
        Assert.Equal(1, forged.Version);
    }

    [Fact]
    public async Task CommitCarryingDataOfAnotherOwner_ThrowsUnauthorized_AndWritesNothing()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.CommitAsync(
            new TurnCommit(Bob) { NewDeals = [Deal.Start(Alice, "Acme", T0)] }, Ct));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => store.CommitAsync(
            new TurnCommit(Bob) { Profile = new UserProfile(Alice, 1m, "EUR", null, null, T0) }, Ct));

        Assert.Empty(await store.ListDealsAsync(Alice, Ct));
        Assert.Empty(await store.ListDealsAsync(Bob, Ct));
        Assert.Null(await store.GetProfileAsync(Alice, Ct));
        Assert.Null(await store.GetProfileAsync(Bob, Ct));
    }

    [Fact]
    public async Task AnswerVersions_AreAppended_AndEveryVersionIsKeptOldestFirst()
    {
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        var first = AnswerTo(deal, "budget", 1, "unsure", T0);
        var other = AnswerTo(deal, "authority", 1, "yes", T0.AddMinutes(1)) with { Note = "the CFO signs" };
        var second = AnswerTo(deal, "budget", 2, "5000 USD", T0.AddMinutes(2));
        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [deal], Answers = [first] }, Ct);
        await store.CommitAsync(new TurnCommit(Alice) { Answers = [second, other] }, Ct);

        Assert.Equal([first, other, second], await store.GetAnswersAsync(Alice, deal.Id, Ct));
    }

    [Fact]
    public async Task AnswersRecordedAtTheSameTime_AreOrderedByVersion()
    {
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        var v1 = AnswerTo(deal, "budget", 1, "no", T0);
        var v2 = AnswerTo(deal, "budget", 2, "yes", T0);

        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [deal], Answers = [v2, v1] }, Ct);

        Assert.Equal([v1, v2], await store.GetAnswersAsync(Alice, deal.Id, Ct));
    }

    [Fact]
    public async Task AnswerVersionTakenMeanwhile_ThrowsConflict_AndRollsBackTheWholeCommit()
    {
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        var recorded = AnswerTo(deal, "budget", 1, "yes", T0);
        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [deal], Answers = [recorded] }, Ct);
        deal.CompleteStep("screen", DealLink.Alignment, T0.AddMinutes(1));
        var newDeal = Deal.Start(Alice, "Globex", T0);

        var commit = new TurnCommit(Alice)
        {
            State = new ConversationStateWrite("alice-chat", "{\"step\":2}", 0),
            NewDeals = [newDeal],
            ChangedDeals = [deal],
            Answers = [AnswerTo(deal, "authority", 1, "yes", T0), AnswerTo(deal, "budget", 1, "no", T0.AddMinutes(1))],
            Touches = [new Touch(deal.Id, TouchKind.Meeting, "demo", T0, "alice")],
            Events = [new DealEvent(deal.Id, "step", "screen", T0, "alice")],
            Profile = new UserProfile(Alice, 5000m, "USD", null, null, T0),
        };
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(commit, Ct));

        Assert.Null(await store.LoadConversationAsync("alice-chat", Ct));
        Assert.Equal([recorded], await store.GetAnswersAsync(Alice, deal.Id, Ct));
        Assert.Empty(await store.GetTouchesAsync(Alice, deal.Id, Ct));
        Assert.Empty(await store.GetEventsAsync(Alice, deal.Id, Ct));
        Assert.Null(await store.GetProfileAsync(Alice, Ct));
        var stored = Assert.Single(await store.ListDealsAsync(Alice, Ct));
        Assert.Equal(1, stored.Version);
        Assert.Empty(stored.CompletedSteps);
        Assert.Equal(1, deal.Version);
        Assert.Equal(0, newDeal.Version);
    }

    [Fact]
    public async Task StaleDealVersion_ThrowsConflict_AndWritesNothing()
    {
        var store = await CreateStoreAsync();
        var created = Deal.Start(Alice, "Acme", T0);
        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [created] }, Ct);
        var mine = (await store.GetDealAsync(Alice, created.Id, Ct))!;
        var theirs = (await store.GetDealAsync(Alice, created.Id, Ct))!;
        theirs.MoveTo(DealLink.Contract, T0.AddMinutes(1));
        await store.CommitAsync(new TurnCommit(Alice) { ChangedDeals = [theirs] }, Ct);

        mine.Close(DealStatus.Dropped, "no budget", T0.AddMinutes(2));
        var stale = new TurnCommit(Alice)
        {
            State = new ConversationStateWrite("alice-chat", "{}", 0),
            ChangedDeals = [mine],
            Answers = [AnswerTo(mine, "budget", 1, "no", T0)],
        };
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => store.CommitAsync(stale, Ct));

        var stored = (await store.GetDealAsync(Alice, created.Id, Ct))!;
        Assert.Equal(2, stored.Version);
        Assert.Equal(DealLink.Contract, stored.Stage);
        Assert.Equal(DealStatus.Open, stored.Status);
        Assert.Empty(await store.GetAnswersAsync(Alice, created.Id, Ct));
        Assert.Null(await store.LoadConversationAsync("alice-chat", Ct));
        Assert.Equal(1, mine.Version);
    }

    [Fact]
    public async Task ConversationState_Missing_LoadsAsNull()
    {
        var store = await CreateStoreAsync();

        Assert.Null(await store.LoadConversationAsync("nobody", Ct));
    }

    [Fact]
    public async Task ConversationState_InsertedFromVersion0_LoadsAtVersion1()
    {
        var store = await CreateStoreAsync();

        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{\"a\":1}", 0) }, Ct);

        Assert.Equal(new ConversationState("chat", "{\"a\":1}", 1), await store.LoadConversationAsync("chat", Ct));
    }

    [Fact]
    public async Task ConversationState_InsertWhenOneExists_ThrowsConflict_AndKeepsTheStoredOne()
    {
        var store = await CreateStoreAsync();
        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{\"a\":1}", 0) }, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{\"b\":2}", 0) }, Ct));

        Assert.Equal(new ConversationState("chat", "{\"a\":1}", 1), await store.LoadConversationAsync("chat", Ct));
    }

    [Fact]
    public async Task ConversationState_UpdateFromCurrentVersion_BumpsTheVersion()
    {
        var store = await CreateStoreAsync();
        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{\"a\":1}", 0) }, Ct);

        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{\"a\":2}", 1) }, Ct);
        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{\"a\":3}", 2) }, Ct);

        Assert.Equal(new ConversationState("chat", "{\"a\":3}", 3), await store.LoadConversationAsync("chat", Ct));
    }

    [Fact]
    public async Task ConversationState_UpdateFromStaleVersion_ThrowsConflict_AndKeepsTheStoredOne()
    {
        var store = await CreateStoreAsync();
        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{\"a\":1}", 0) }, Ct);
        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{\"a\":2}", 1) }, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{\"stale\":1}", 1) }, Ct));

        Assert.Equal(new ConversationState("chat", "{\"a\":2}", 2), await store.LoadConversationAsync("chat", Ct));
    }

    [Fact]
    public async Task ConversationState_UpdateOfMissingState_ThrowsConflict()
    {
        var store = await CreateStoreAsync();

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{}", 3) }, Ct));

        Assert.Null(await store.LoadConversationAsync("chat", Ct));
    }

    [Fact]
    public async Task ConversationState_DeleteAtCurrentVersion_RemovesIt()
    {
        var store = await CreateStoreAsync();
        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{}", 0) }, Ct);

        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", null, 1) }, Ct);

        Assert.Null(await store.LoadConversationAsync("chat", Ct));
    }

    [Fact]
    public async Task ConversationState_DeleteAtStaleVersion_ThrowsConflict_AndKeepsIt()
    {
        var store = await CreateStoreAsync();
        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{}", 0) }, Ct);
        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{\"a\":2}", 1) }, Ct);

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", null, 1) }, Ct));
        await Assert.ThrowsAsync<ConcurrencyConflictException>(() =>
            store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", null, 0) }, Ct));

        Assert.Equal(new ConversationState("chat", "{\"a\":2}", 2), await store.LoadConversationAsync("chat", Ct));
    }

    [Fact]
    public async Task ConcurrentStateWritesFromTheSameVersion_ExactlyOneWins()
    {
        var store = await CreateStoreAsync();
        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", "{}", 0) }, Ct);

        var attempts = Enumerable.Range(0, 8).Select(i => Task.Run(async () =>
        {
            try
            {
                await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat", $"{{\"writer\":{i}}}", 1) }, Ct);
                return true;
            }
            catch (ConcurrencyConflictException)
            {
                return false;
            }
        }));
        var outcomes = await Task.WhenAll(attempts);

        Assert.Single(outcomes, won => won);
        Assert.Equal(2, (await store.LoadConversationAsync("chat", Ct))!.Version);
    }

    [Fact]
    public async Task ConcurrentTurnsOnTheSameDeal_AllCommit_BecauseWritersQueue()
    {
        const int Writers = 8;
        const int TurnsEach = 10;
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [deal] }, Ct);

        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            await start.Task;
            for (var turn = 0; turn < TurnsEach; turn++)
            {
                // Each turn reads (the deal's owner) before it writes: the pattern that deadlocks writers that do not queue.
                await store.CommitAsync(
                    new TurnCommit(Alice)
                    {
                        State = new ConversationStateWrite($"chat-{writer}-{turn}", "{}", 0),
                        Answers = [AnswerTo(deal, $"question-{writer}-{turn}", 1, "yes", T0.AddSeconds(turn))],
                        Touches = [new Touch(deal.Id, TouchKind.Call, $"call {writer}/{turn}", T0.AddSeconds(turn), "alice")],
                    },
                    Ct);
            }
        })).ToList();
        start.SetResult();
        await Task.WhenAll(writers);

        Assert.Equal(Writers * TurnsEach, (await store.GetAnswersAsync(Alice, deal.Id, Ct)).Count);
        Assert.Equal(Writers * TurnsEach, (await store.GetTouchesAsync(Alice, deal.Id, Ct)).Count);
    }

    [Fact]
    public async Task Profile_IsInsertedThenReplaced_WithExactValues()
    {
        var store = await CreateStoreAsync();
        Assert.Null(await store.GetProfileAsync(Alice, Ct));
        var first = new UserProfile(Alice, 4999.99m, "USD", null, null, T0);
        var second = new UserProfile(Alice, 12345678901234.5678m, "EUR", "de-DE", "Europe/Berlin", T0.AddDays(1));

        await store.CommitAsync(new TurnCommit(Alice) { Profile = first }, Ct);
        Assert.Equal(first, await store.GetProfileAsync(Alice, Ct));
        await store.CommitAsync(new TurnCommit(Alice) { Profile = second }, Ct);

        var stored = await store.GetProfileAsync(Alice, Ct);
        Assert.Equal(second, stored);
        Assert.Equal(TimeSpan.Zero, stored!.UpdatedAt.Offset);
        Assert.Null(await store.GetProfileAsync(Bob, Ct));
    }

    [Fact]
    public async Task Touches_RoundTripWithExactUtcTimes_OldestFirst()
    {
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        var call = new Touch(deal.Id, TouchKind.Call, "no answer", T0.AddMicroseconds(7), "alice");
        var letter = new Touch(deal.Id, TouchKind.Letter, "sent the proposal", T0.AddDays(1), "alice");
        var meeting = new Touch(deal.Id, TouchKind.Meeting, "demo went well", T0.AddDays(2).ToOffset(TimeSpan.FromHours(-5)), "alice");

        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [deal], Touches = [meeting, call, letter] }, Ct);

        var stored = await store.GetTouchesAsync(Alice, deal.Id, Ct);
        Assert.Equal([call, letter, meeting], stored);
        Assert.Equal([call.At.UtcTicks, letter.At.UtcTicks, meeting.At.UtcTicks], stored.Select(touch => touch.At.UtcTicks));
        Assert.All(stored, touch => Assert.Equal(TimeSpan.Zero, touch.At.Offset));
    }

    [Fact]
    public async Task Events_RoundTripWithExactUtcTimes_OldestFirst()
    {
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        var created = new DealEvent(deal.Id, "created", "Acme", T0, "alice");
        var moved = new DealEvent(deal.Id, "stage", "entry -> alignment", T0.AddMinutes(3), "alice");
        var closed = new DealEvent(deal.Id, "closed", "won: signed", T0.AddHours(4), "alice");

        await store.CommitAsync(new TurnCommit(Alice) { NewDeals = [deal], Events = [created, closed] }, Ct);
        await store.CommitAsync(new TurnCommit(Alice) { Events = [moved] }, Ct);

        var stored = await store.GetEventsAsync(Alice, deal.Id, Ct);
        Assert.Equal([created, moved, closed], stored);
        Assert.All(stored, dealEvent => Assert.Equal(TimeSpan.Zero, dealEvent.At.Offset));
    }

    [Fact]
    public async Task TurnStart_ReadsTheDeliveryCheck_TheStack_TheProfile_AndTheDeals_OfOneOwnerOnly()
    {
        var store = await CreateStoreAsync();
        var older = Deal.Start(Alice, "Acme", T0);
        var newer = Deal.Start(Alice, "Globex", T0.AddMinutes(1));
        var bobs = Deal.Start(Bob, "Initech", T0);
        var profile = new UserProfile(Alice, 4999.99m, "EUR", "ru-RU", "Europe/Moscow", T0);
        await store.CommitAsync(
            new TurnCommit(Alice)
            {
                NewDeals = [newer, older], Profile = profile, State = new ConversationStateWrite("chat-a", "{\"stack\":[]}", 0),
                Deliveries = [new DeliveryMark("msteams", "conv|1", T0)],
            },
            Ct);
        await store.CommitAsync(new TurnCommit(Bob) { NewDeals = [bobs], State = new ConversationStateWrite("chat-b", "{}", 0) }, Ct);

        var start = await store.LoadTurnStartAsync(new TurnStartRead("chat-a", Alice, "msteams", ["conv|1", "conv|9"], T0.AddMinutes(5)), Ct);

        Assert.True(start.Delivered);
        Assert.Equal(new ConversationState("chat-a", "{\"stack\":[]}", 1), start.Conversation);
        Assert.Equal(profile, start.Profile);
        Assert.Equal([older.Id, newer.Id], start.Deals.Select(deal => deal.Id));
        AssertSameDeal(older, start.Deals[0]);

        var fresh = await store.LoadTurnStartAsync(new TurnStartRead("chat-new", Alice, "msteams", ["conv|2"], T0.AddMinutes(5)), Ct);
        Assert.False(fresh.Delivered);
        Assert.Null(fresh.Conversation);
        Assert.Equal(2, fresh.Deals.Count);

        // Another user, another tenant, another channel, no ids, or a delivery older than the memory span: nothing of Alice's.
        var bob = await store.LoadTurnStartAsync(new TurnStartRead("chat-b", Bob, "slack", ["conv|1"], T0.AddMinutes(5)), Ct);
        Assert.False(bob.Delivered);
        Assert.Null(bob.Profile);
        Assert.Equal([bobs.Id], bob.Deals.Select(deal => deal.Id));
        var elsewhere = await store.LoadTurnStartAsync(new TurnStartRead("chat-a", AliceInOtherTenant, "msteams", [], T0), Ct);
        Assert.False(elsewhere.Delivered);
        Assert.Null(elsewhere.Profile);
        Assert.Empty(elsewhere.Deals);
        var later = await store.LoadTurnStartAsync(new TurnStartRead("chat-a", Alice, "msteams", ["conv|1"], T0 + DeliveryMemory.Span + TimeSpan.FromMinutes(1)), Ct);
        Assert.False(later.Delivered);
    }

    [Fact]
    public async Task TurnStart_ReadsTheRecordOfTheDealTheStackWorksOn_WhenItIsTheOwnersDeal()
    {
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        var bobs = Deal.Start(Bob, "Initech", T0);
        var answer = AnswerTo(deal, "budget", 1, "5000 USD", T0);
        var call = new Touch(deal.Id, TouchKind.Call, "no answer", T0, "alice");
        await store.CommitAsync(
            new TurnCommit(Alice) { NewDeals = [deal], Answers = [answer], Touches = [call], State = new ConversationStateWrite("chat-a", "{}", 0, deal.Id) },
            Ct);
        await store.CommitAsync(new TurnCommit(Bob) { NewDeals = [bobs], Answers = [AnswerTo(bobs, "need", 1, "yes", T0)] }, Ct);
        // A stack naming someone else's deal (a forged or stale state) reads nothing of it.
        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat-forged", "{}", 0, bobs.Id) }, Ct);

        var start = await store.LoadTurnStartAsync(new TurnStartRead("chat-a", Alice, "msteams", [], T0), Ct);
        Assert.Equal(deal.Id, start.DealId);
        Assert.Equal([answer], start.DealRecord!.Answers);
        Assert.Equal([call], start.DealRecord.Touches);
        Assert.Null(start.DealRecord.Events);

        var forged = await store.LoadTurnStartAsync(new TurnStartRead("chat-forged", Alice, "msteams", [], T0), Ct);
        Assert.Null(forged.DealId);
        Assert.Null(forged.DealRecord);

        // The next write of the stack moves it to another deal, or to none.
        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite("chat-a", "{}", 1) }, Ct);
        var moved = await store.LoadTurnStartAsync(new TurnStartRead("chat-a", Alice, "msteams", [], T0), Ct);
        Assert.Null(moved.DealId);
        Assert.Null(moved.DealRecord);
    }

    [Fact]
    public async Task DealRecord_ReadsTheAnswers_Touches_AndEventsWhenAsked_OfTheOwnersDealOnly()
    {
        var store = await CreateStoreAsync();
        var deal = Deal.Start(Alice, "Acme", T0);
        var other = Deal.Start(Alice, "Globex", T0);
        var first = AnswerTo(deal, "budget", 1, "5000 USD", T0);
        var second = AnswerTo(deal, "budget", 2, "7000 USD", T0.AddMinutes(1));
        var call = new Touch(deal.Id, TouchKind.Call, "no answer", T0, "alice");
        var created = new DealEvent(deal.Id, "created", "Acme", T0, "alice");
        await store.CommitAsync(
            new TurnCommit(Alice)
            {
                NewDeals = [deal, other], Answers = [second, first, AnswerTo(other, "need", 1, "yes", T0)], Touches = [call], Events = [created],
            },
            Ct);

        var record = await store.GetDealRecordAsync(Alice, deal.Id, withEvents: true, Ct);
        Assert.Equal([first, second], record.Answers);
        Assert.Equal([call], record.Touches);
        Assert.Equal([created], record.Events!);

        var withoutEvents = await store.GetDealRecordAsync(Alice, deal.Id, withEvents: false, Ct);
        Assert.Equal([first, second], withoutEvents.Answers);
        Assert.Null(withoutEvents.Events);

        var foreign = await store.GetDealRecordAsync(Bob, deal.Id, withEvents: true, Ct);
        Assert.Empty(foreign.Answers);
        Assert.Empty(foreign.Touches);
        Assert.Empty(foreign.Events!);
    }

    [Fact]
    public async Task EmptyCommit_ChangesNothing()
    {
        var store = await CreateStoreAsync();

        await store.CommitAsync(new TurnCommit(Alice), Ct);

        Assert.Empty(await store.ListDealsAsync(Alice, Ct));
        Assert.Null(await store.GetProfileAsync(Alice, Ct));
    }

    /// <summary>Null when the commit went through; the conflict when it was refused.</summary>
    private static async Task<ConcurrencyConflictException?> TryCommitAsync(ISalesBotStore store, TurnCommit commit)
    {
        try
        {
            await store.CommitAsync(commit, Ct);
            return null;
        }
        catch (ConcurrencyConflictException conflict)
        {
            return conflict;
        }
    }

    protected static Answer AnswerTo(Deal deal, string questionId, int version, string value, DateTimeOffset at) =>
        Answers.Of("screen", questionId, value, version, at, dealId: deal.Id, by: "alice");

    protected static void AssertSameDeal(Deal expected, Deal? actual)
    {
        Assert.NotNull(actual);
        Assert.Equal(expected.Id, actual.Id);
        Assert.Equal(expected.Owner, actual.Owner);
        Assert.Equal(expected.Prospect, actual.Prospect);
        Assert.Equal(expected.Stage, actual.Stage);
        Assert.Equal(expected.Status, actual.Status);
        Assert.Equal(expected.CompletedSteps, actual.CompletedSteps);
        Assert.Equal(expected.ClosedReason, actual.ClosedReason);
        Assert.Equal(expected.CreatedAt.UtcTicks, actual.CreatedAt.UtcTicks);
        Assert.Equal(expected.UpdatedAt.UtcTicks, actual.UpdatedAt.UtcTicks);
        Assert.Equal(TimeSpan.Zero, actual.CreatedAt.Offset);
        Assert.Equal(TimeSpan.Zero, actual.UpdatedAt.Offset);
        Assert.Equal(expected.Version, actual.Version);
    }
}
