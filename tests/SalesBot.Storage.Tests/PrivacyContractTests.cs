using SalesBot.Testing;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Storage.Tests;

/// <summary>
/// Deletion and retention, which every store must do the same way: "forget &lt;prospect&gt;", "forget me" and the
/// retention purge. A provider's test class returns both stores over one fresh, migrated database.
/// </summary>
public abstract class PrivacyContractTests
{
    protected static readonly Owner Alice = new("tenant-a", "alice");
    protected static readonly Owner Bob = new("tenant-a", "bob");
    protected static readonly Owner AliceElsewhere = new("tenant-b", "alice");
    protected static readonly DateTimeOffset T0 = new(2026, 3, 4, 9, 0, 0, TimeSpan.Zero);

    protected static CancellationToken Ct => CancellationToken.None;

    /// <summary>The deal store, the channel store and the nudge outbox over one fresh, migrated database.</summary>
    protected abstract Task<(ISalesBotStore Store, IChannelStore Channels, INudgeStore Nudges)> CreateAllStoresAsync();

    /// <summary>
    /// A fresh database at the newest schema whose conversation_states holds <paramref name="oldKeys"/> as schema 3 wrote
    /// them (json {"old": key}, version 7), after schema 4's script ran over them.
    /// </summary>
    protected abstract Task<ISalesBotStore> MigrateOldConversationKeysAsync(IReadOnlyList<string> oldKeys);

    private async Task<(ISalesBotStore Store, IChannelStore Channels)> CreateStoresAsync()
    {
        var (store, channels, _) = await CreateAllStoresAsync();
        return (store, channels);
    }

    [Fact]
    public async Task ForgetDealAndForgetOwner_DeleteTheirPendingNudges_AndLeaveOtherOwnersNudges()
    {
        var (store, _, nudges) = await CreateAllStoresAsync();
        var acme = await SeedDealAsync(store, Alice, "Acme");
        var globex = await SeedDealAsync(store, Alice, "Globex");
        var bobs = await SeedDealAsync(store, Bob, "Acme");
        foreach (var deal in new[] { acme, globex, bobs })
        {
            var nudge = new Nudge(Nudge.MakeId(deal.Id, NudgeKind.Call2, T0), deal.Owner, deal.Id, NudgeKind.Call2, T0.AddDays(3), T0);
            await store.CommitAsync(new TurnCommit(deal.Owner) { NudgePlans = [new NudgePlan(deal.Id, [nudge])] }, Ct);
        }

        await store.CommitAsync(new TurnCommit(Alice) { ForgottenDealIds = [acme.Id] }, Ct);
        Assert.Equal([globex.Id], (await nudges.ListPendingAsync(Alice, Ct)).Select(n => n.DealId));

        await store.CommitAsync(new TurnCommit(Alice) { ForgetOwner = true }, Ct);
        Assert.Empty(await nudges.ListPendingAsync(Alice, Ct));
        Assert.DoesNotContain(await nudges.ListDueAsync(T0.AddDays(30), 10, Ct), n => n.Owner == Alice);
        Assert.Equal([bobs.Id], (await nudges.ListPendingAsync(Bob, Ct)).Select(n => n.DealId));
    }

    [Fact]
    public async Task ForgetDeal_DeletesTheDealWithAnswersTouchesAndEvents_AndNothingElse()
    {
        var (store, _) = await CreateStoresAsync();
        var acme = await SeedDealAsync(store, Alice, "Acme");
        var globex = await SeedDealAsync(store, Alice, "Globex");
        var bobs = await SeedDealAsync(store, Bob, "Acme");

        await store.CommitAsync(new TurnCommit(Alice) { ForgottenDealIds = [acme.Id] }, Ct);

        Assert.Equal(["Globex"], (await store.ListDealsAsync(Alice, Ct)).Select(d => d.Prospect));
        Assert.Null(await store.GetDealAsync(Alice, acme.Id, Ct));
        Assert.Empty(await store.GetAnswersAsync(Alice, acme.Id, Ct));
        Assert.Empty(await store.GetTouchesAsync(Alice, acme.Id, Ct));
        Assert.Empty(await store.GetEventsAsync(Alice, acme.Id, Ct));
        Assert.Single(await store.GetAnswersAsync(Alice, globex.Id, Ct));
        Assert.Single(await store.GetAnswersAsync(Bob, bobs.Id, Ct));
        Assert.Single(await store.GetEventsAsync(Bob, bobs.Id, Ct));
    }

    [Theory]
    [InlineData("other user")]
    [InlineData("other tenant")]
    [InlineData("unknown id")]
    public async Task ForgetDeal_OfAnotherOwner_ThrowsUnauthorized_AndDeletesNothing(string whose)
    {
        var (store, _) = await CreateStoresAsync();
        var own = await SeedDealAsync(store, Alice, "Globex");
        var target = whose switch
        {
            "other user" => (await SeedDealAsync(store, Bob, "Acme")).Id,
            "other tenant" => (await SeedDealAsync(store, AliceElsewhere, "Acme")).Id,
            _ => "no-such-deal",
        };

        // The forged id rides along with a legitimate one: the whole commit must fail, the own deal stays too.
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() =>
            store.CommitAsync(new TurnCommit(Alice) { ForgottenDealIds = [own.Id, target] }, Ct));

        Assert.NotNull(await store.GetDealAsync(Alice, own.Id, Ct));
        Assert.Single(await store.GetAnswersAsync(Alice, own.Id, Ct));
        if (whose == "other user")
        {
            Assert.Single(await store.GetAnswersAsync(Bob, target, Ct));
        }
        else if (whose == "other tenant")
        {
            Assert.Single(await store.GetAnswersAsync(AliceElsewhere, target, Ct));
        }
    }

    [Fact]
    public async Task ForgetOwner_DeletesDealsProfileStatesAndAddresses_OfThatOwnerOnly()
    {
        var (store, channels) = await CreateStoresAsync();
        foreach (var owner in new[] { Alice, Bob, AliceElsewhere })
        {
            await SeedDealAsync(store, owner, "Acme");
            await store.CommitAsync(
                new TurnCommit(owner)
                {
                    Profile = new UserProfile(owner, 7000m, "EUR", null, null, T0),
                    State = new ConversationStateWrite(Key(owner, "msteams", "a:1"), "{}", 0),
                },
                Ct);
            await store.CommitAsync(new TurnCommit(owner) { State = new ConversationStateWrite(Key(owner, "slack", "D1"), "{}", 0) }, Ct);
            await channels.SaveAddressAsync(new ChannelAddress(owner, "msteams", "{}", null, null, true, null, T0), Ct);
        }

        // A key that contains Alice's tenant in the middle and ends with another user must survive.
        await store.CommitAsync(new TurnCommit(Bob) { State = new ConversationStateWrite("other|slack|tenant-a|D9|x", "{}", 0) }, Ct);

        await store.CommitAsync(new TurnCommit(Alice) { ForgetOwner = true }, Ct);

        Assert.Empty(await store.ListDealsAsync(Alice, Ct));
        Assert.Null(await store.GetProfileAsync(Alice, Ct));
        Assert.Null(await store.LoadConversationAsync(Key(Alice, "msteams", "a:1"), Ct));
        Assert.Null(await store.LoadConversationAsync(Key(Alice, "slack", "D1"), Ct));
        Assert.Empty(await channels.GetAddressesAsync(Alice, Ct));
        foreach (var owner in new[] { Bob, AliceElsewhere })
        {
            Assert.Single(await store.ListDealsAsync(owner, Ct));
            Assert.NotNull(await store.GetProfileAsync(owner, Ct));
            Assert.NotNull(await store.LoadConversationAsync(Key(owner, "msteams", "a:1"), Ct));
            Assert.NotNull(await store.LoadConversationAsync(Key(owner, "slack", "D1"), Ct));
            Assert.Single(await channels.GetAddressesAsync(owner, Ct));
        }

        Assert.NotNull(await store.LoadConversationAsync("other|slack|tenant-a|D9|x", Ct));
    }

    [Fact]
    public async Task ConversationStates_OfIdsThatOnceJoinedToOneKey_StaySeparate_AndForgetOwnerDeletesOnlyItsOwn()
    {
        var (store, _) = await CreateStoresAsync();
        // Joined with a bare "|" these were all "t|msteams|a|b|c" (or "t|c|msteams|a|x" and friends).
        var states = new (Owner Owner, string Conversation)[]
        {
            (new Owner("t", "b|c"), "a"),
            (new Owner("t", "c"), "a|b"),
            (new Owner("t|c", "x"), "a"),
            (new Owner("t", "c|x"), "a"),
            (new Owner("t", "c\\"), "a"),
            (new Owner("t", "c"), "a\\|b"),
        };
        foreach (var (owner, conversation) in states)
        {
            await store.CommitAsync(new TurnCommit(owner) { State = new ConversationStateWrite(Key(owner, "msteams", conversation), Who(owner, conversation), 0) }, Ct);
        }

        Assert.Equal(states.Length, states.Select(s => Key(s.Owner, "msteams", s.Conversation)).Distinct().Count());
        foreach (var (owner, conversation) in states)
        {
            var loaded = await store.LoadConversationAsync(Key(owner, "msteams", conversation), Ct);
            Assert.Equal(new ConversationState(Key(owner, "msteams", conversation), Who(owner, conversation), 1), loaded);
        }

        await store.CommitAsync(new TurnCommit(new Owner("t", "c")) { ForgetOwner = true }, Ct);

        Assert.Null(await store.LoadConversationAsync(Key(new Owner("t", "c"), "msteams", "a|b"), Ct));
        Assert.Null(await store.LoadConversationAsync(Key(new Owner("t", "c"), "msteams", "a\\|b"), Ct));
        foreach (var (owner, conversation) in states.Where(s => s.Owner != new Owner("t", "c")))
        {
            Assert.NotNull(await store.LoadConversationAsync(Key(owner, "msteams", conversation), Ct));
        }
    }

    [Fact]
    public async Task SchemaFour_RewritesOldConversationKeysOwnerFirst_AndDropsTheOnesThatCannotBeToldApart()
    {
        var store = await MigrateOldConversationKeysAsync(["t|msteams|19:x@thread|alice", "t|webchat|c\\1|bob", "t|msteams|a|b|c", "t|msteams|short"]);

        var alice = await store.LoadConversationAsync(Key(new Owner("t", "alice"), "msteams", "19:x@thread"), Ct);
        Assert.Equal(new ConversationState(Key(new Owner("t", "alice"), "msteams", "19:x@thread"), OldJson("t|msteams|19:x@thread|alice"), 7), alice);
        Assert.NotNull(await store.LoadConversationAsync(Key(new Owner("t", "bob"), "webchat", "c\\1"), Ct));
        foreach (var old in new[] { "t|msteams|19:x@thread|alice", "t|msteams|a|b|c", "t|msteams|short" })
        {
            Assert.Null(await store.LoadConversationAsync(old, Ct));
        }

        Assert.Null(await store.LoadConversationAsync(Key(new Owner("t", "c"), "msteams", "a|b"), Ct));
        Assert.Null(await store.LoadConversationAsync(Key(new Owner("t", "b|c"), "msteams", "a"), Ct));

        // The rewritten keys behave like new ones: forgetting alice deletes hers and leaves bob's.
        await store.CommitAsync(new TurnCommit(new Owner("t", "alice")) { ForgetOwner = true }, Ct);
        Assert.Null(await store.LoadConversationAsync(Key(new Owner("t", "alice"), "msteams", "19:x@thread"), Ct));
        Assert.NotNull(await store.LoadConversationAsync(Key(new Owner("t", "bob"), "webchat", "c\\1"), Ct));
    }

    [Fact]
    public async Task ForgetOwner_InTheSameCommitAsTheTurnsOwnStateWrite_Succeeds()
    {
        var (store, _) = await CreateStoresAsync();
        var key = Key(Alice, "msteams", "a:1");
        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite(key, "{}", 0) }, Ct);
        await SeedDealAsync(store, Alice, "Acme");

        await store.CommitAsync(new TurnCommit(Alice) { State = new ConversationStateWrite(key, null, 1), ForgetOwner = true }, Ct);

        Assert.Null(await store.LoadConversationAsync(key, Ct));
        Assert.Empty(await store.ListDealsAsync(Alice, Ct));
    }

    [Fact]
    public async Task Purge_DeletesClosedDealsLastChangedBeforeTheCutoff_AndKeepsOpenAndRecentOnes()
    {
        var (store, _) = await CreateStoresAsync();
        var oldLost = await SeedDealAsync(store, Alice, "Old lost", close: DealStatus.Lost, closedAt: T0);
        var oldWonOfBob = await SeedDealAsync(store, Bob, "Old won", close: DealStatus.Won, closedAt: T0.AddDays(1));
        var recentDropped = await SeedDealAsync(store, Alice, "Recent", close: DealStatus.Dropped, closedAt: T0.AddDays(40));
        var oldOpen = await SeedDealAsync(store, Alice, "Old open");

        var purged = await store.PurgeClosedDealsAsync(T0.AddDays(30), Ct);

        Assert.Equal(2, purged);
        Assert.Null(await store.GetDealAsync(Alice, oldLost.Id, Ct));
        Assert.Empty(await store.GetAnswersAsync(Alice, oldLost.Id, Ct));
        Assert.Null(await store.GetDealAsync(Bob, oldWonOfBob.Id, Ct));
        Assert.NotNull(await store.GetDealAsync(Alice, recentDropped.Id, Ct));
        Assert.Single(await store.GetAnswersAsync(Alice, recentDropped.Id, Ct));
        Assert.NotNull(await store.GetDealAsync(Alice, oldOpen.Id, Ct));
        Assert.Equal(0, await store.PurgeClosedDealsAsync(T0.AddDays(30), Ct));
    }

    protected static string OldJson(string oldKey) => System.Text.Json.JsonSerializer.Serialize(new { old = oldKey });

    private static string Who(Owner owner, string conversation) => System.Text.Json.JsonSerializer.Serialize(new { who = $"{owner}@{conversation}" });

    protected static string Key(Owner owner, string channel, string conversation) =>
        new Turn { ChannelId = channel, ConversationId = conversation, Owner = owner }.StateKey;

    private static async Task<Deal> SeedDealAsync(ISalesBotStore store, Owner owner, string prospect, DealStatus? close = null, DateTimeOffset? closedAt = null)
    {
        var deal = Deal.Start(owner, prospect, T0);
        await store.CommitAsync(
            new TurnCommit(owner)
            {
                NewDeals = [deal],
                Answers = [Answers.Of("screen", "serious", "yes", at: T0, dealId: deal.Id, by: owner.UserId)],
                Touches = [new Touch(deal.Id, TouchKind.Call, "no answer", T0, owner.UserId)],
                Events = [new DealEvent(deal.Id, "created", "Deal created.", T0, owner.UserId)],
            },
            Ct);
        if (close is { } status)
        {
            deal.Close(status, "reason", closedAt ?? T0);
            await store.CommitAsync(new TurnCommit(owner) { ChangedDeals = [deal] }, Ct);
        }

        return deal;
    }
}
