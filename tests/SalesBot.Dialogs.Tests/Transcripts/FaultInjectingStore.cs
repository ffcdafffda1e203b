using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Core.Storage;
using SalesBot.Core.Users;

namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>The real store with hooks a test can use to make a read fail or to hold turns at a chosen point.</summary>
internal sealed class FaultInjectingStore(ISalesBotStore inner) : ISalesBotStore
{
    /// <summary>Runs after every conversation load (a turn's start), before the turn goes on; a test can make it wait.</summary>
    public Func<Task> AfterLoad { get; set; } = () => Task.CompletedTask;

    /// <summary>
    /// When set, the next answers read (alone or in a deal's record) throws it. Meanwhile a turn's start comes without the
    /// record of its deal, so the dialog's own read is the one that fails: a crash inside a step.
    /// </summary>
    public Exception? FailNextAnswersRead { get; set; }

    public int Conflicts { get; private set; }

    /// <summary>How many times a deal's touches and its events were read from the store (alone or in a deal's record).</summary>
    public int TouchReads { get; set; }

    public int EventReads { get; set; }

    /// <summary>How many turns read their start (<see cref="ISalesBotStore.LoadTurnStartAsync"/>).</summary>
    public int TurnStarts { get; set; }

    /// <summary>The other reads that reached the store, by method.</summary>
    public List<string> OtherReads { get; } = [];



    /// <summary>Replaces the registered store with this wrapper around it.</summary>
    public static void Install(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(ISalesBotStore));
        services.Remove(original);
        // The storage registration picks its provider in a factory; a type registration is created as before.
        services.AddSingleton(sp => new FaultInjectingStore(original.ImplementationFactory is { } factory
            ? (ISalesBotStore)factory(sp)
            : (ISalesBotStore)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!)));
        services.AddSingleton<ISalesBotStore>(sp => sp.GetRequiredService<FaultInjectingStore>());
    }

    public async Task<ConversationState?> LoadConversationAsync(string key, CancellationToken cancellationToken)
    {
        OtherReads.Add(nameof(LoadConversationAsync));
        var state = await inner.LoadConversationAsync(key, cancellationToken);
        await AfterLoad();
        return state;
    }

    public async Task<TurnStart> LoadTurnStartAsync(TurnStartRead read, CancellationToken cancellationToken)
    {
        var start = await inner.LoadTurnStartAsync(read, cancellationToken);
        if (FailNextAnswersRead is not null)
        {
            start = start with { DealId = null, DealRecord = null };
        }

        TurnStarts++;
        TouchReads += start.DealRecord is null ? 0 : 1;
        await AfterLoad();
        return start;
    }

    public Task<IReadOnlyList<Answer>> GetAnswersAsync(Owner owner, string dealId, CancellationToken cancellationToken)
    {
        OtherReads.Add(nameof(GetAnswersAsync));
        ThrowIfAnswersFail();
        return inner.GetAnswersAsync(owner, dealId, cancellationToken);
    }

    public Task<DealRecord> GetDealRecordAsync(Owner owner, string dealId, bool withEvents, CancellationToken cancellationToken)
    {
        OtherReads.Add(nameof(GetDealRecordAsync));
        ThrowIfAnswersFail();
        TouchReads++;
        EventReads += withEvents ? 1 : 0;
        return inner.GetDealRecordAsync(owner, dealId, withEvents, cancellationToken);
    }

    private void ThrowIfAnswersFail()
    {
        if (FailNextAnswersRead is { } error)
        {
            FailNextAnswersRead = null;
            throw error;
        }
    }

    /// <summary>When set, the next commit throws it (before anything is written), like a store that went away.</summary>
    public Exception? FailNextCommit { get; set; }

    /// <summary>Runs before every commit reaches the store; a test can make it wait or cancel the caller there.</summary>
    public Func<TurnCommit, Task> BeforeCommit { get; set; } = _ => Task.CompletedTask;

    public Task<bool> IsDeliveredAsync(string channelId, IReadOnlyList<string> deliveryIds, DateTimeOffset now, CancellationToken cancellationToken)
    {
        OtherReads.Add(nameof(IsDeliveredAsync));
        return inner.IsDeliveredAsync(channelId, deliveryIds, now, cancellationToken);
    }

    public async Task CommitAsync(TurnCommit commit, CancellationToken cancellationToken)
    {
        await BeforeCommit(commit);
        if (FailNextCommit is { } failure)
        {
            FailNextCommit = null;
            throw failure;
        }

        try
        {
            await inner.CommitAsync(commit, cancellationToken);
        }
        catch (ConcurrencyConflictException)
        {
            Conflicts++;
            throw;
        }
    }

    public Task<int> PurgeClosedDealsAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken) =>
        inner.PurgeClosedDealsAsync(closedBefore, cancellationToken);

    public Task<IReadOnlyList<Deal>> ListDealsAsync(Owner owner, CancellationToken cancellationToken)
    {
        OtherReads.Add(nameof(ListDealsAsync));
        return inner.ListDealsAsync(owner, cancellationToken);
    }

    public Task<Deal?> GetDealAsync(Owner owner, string dealId, CancellationToken cancellationToken)
    {
        OtherReads.Add(nameof(GetDealAsync));
        return inner.GetDealAsync(owner, dealId, cancellationToken);
    }

    public Task<IReadOnlyList<Touch>> GetTouchesAsync(Owner owner, string dealId, CancellationToken cancellationToken)
    {
        OtherReads.Add(nameof(GetTouchesAsync));
        TouchReads++;
        return inner.GetTouchesAsync(owner, dealId, cancellationToken);
    }

    public Task<IReadOnlyList<DealEvent>> GetEventsAsync(Owner owner, string dealId, CancellationToken cancellationToken)
    {
        OtherReads.Add(nameof(GetEventsAsync));
        EventReads++;
        return inner.GetEventsAsync(owner, dealId, cancellationToken);
    }

    public Task<UserProfile?> GetProfileAsync(Owner owner, CancellationToken cancellationToken)
    {
        OtherReads.Add(nameof(GetProfileAsync));
        return inner.GetProfileAsync(owner, cancellationToken);
    }
}
