using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Coaching;
using SalesBot.Core.Diagnostics;
using SalesBot.Core.Qualification;
using SalesBot.Core.Storage;
using SalesBot.Dialogs.Commands;
using SalesBot.Dialogs.Conversation;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Nudges;

namespace SalesBot.Dialogs.Pipeline;

/// <summary>
/// Runs one turn, for every channel, in this order:
/// <list type="number">
/// <item>the channel adapter maps what it received to a <see cref="Turn"/>;</item>
/// <item>dedupe: a delivery whose first run committed does nothing (checked again, for certain, in the commit);</item>
/// <item>a turn from a shared conversation goes private: it runs in the user's private chat, the shared one gets a pointer;</item>
/// <item>rate limit (and message size);</item>
/// <item>the question the turn answers (or passes by) is updated to its answered form;</item>
/// <item>under the user's lock: load the dialog stack, run the dialogs (interruptions, commands, the active dialog),
/// plan nudges and commit everything the turn recorded — answers, dialog state, the delivery id, the address — in one
/// transaction; a conflicting concurrent turn makes this one re-run on fresh state, a crash apologises and resets only
/// this conversation;</item>
/// <item>shared summaries are posted, then the replies are delivered (typing shows while a slow turn runs).</item>
/// </list>
/// </summary>
public sealed partial class TurnPipeline
{
    /// <summary>How long a turn may run before the user sees the typing indicator.</summary>
    public static readonly TimeSpan TypingDelay = TimeSpan.FromSeconds(1);

    private readonly ISalesBotStore _store;
    private readonly Playbook _playbook;
    private readonly PlaybookLanguages? _languages;
    private readonly DialogSet _dialogs;
    private readonly DialogStage _stage;
    private readonly TimeProvider _time;
    private readonly ConversationOptions _options;
    private readonly ICoach _coach;
    private readonly TurnRateLimiter _limiter;
    private readonly TurnLocks _locks = new();
    private readonly DialogStackCache _stacks;
    private readonly ILogger<TurnPipeline> _logger;
    private readonly NudgeServices? _nudges;
    private readonly SalesBotMetrics? _metrics;

    public TurnPipeline(
        ISalesBotStore store,
        Playbook playbook,
        DialogSet dialogs,
        CommandRouter router,
        TimeProvider time,
        IOptions<ConversationOptions> options,
        ICoach coach,
        TurnRateLimiter limiter,
        ILogger<TurnPipeline> logger,
        NudgeServices? nudges = null,
        SalesBotMetrics? metrics = null,
        PlaybookLanguages? languages = null)
    {
        _languages = languages;
        _nudges = nudges;
        _store = store;
        _playbook = playbook;
        _dialogs = dialogs;
        _stage = new DialogStage(dialogs, router);
        _time = time;
        _options = options.Value;
        _coach = coach;
        _limiter = limiter;
        _logger = logger;
        _metrics = metrics;
        _stacks = new DialogStackCache(_options.CachedStacks);
    }

    /// <summary>Runs what a channel delivered through every stage, replies included (see the class summary).</summary>
    public async Task RunAsync<TInbound>(IChannelAdapter<TInbound> adapter, TInbound inbound, CancellationToken cancellationToken)
    {
        if (await adapter.ToTurnAsync(inbound, cancellationToken) is not { } turn)
        {
            return;
        }

        using var telemetry = TurnTelemetry.Begin(_metrics, _logger, turn, _time);
        // Until the user's stored choice is read, the channel's locale decides the language.
        using var culture = BotCulture.Use(turn.Locale ?? PlaybookLanguages.English);
        // A retry (or replay) whose first run committed: skipped before anything is posted or opened.
        if (adapter.ActsBeforeTurn(inbound, turn) && await HandledBeforeAsync(turn, cancellationToken))
        {
            telemetry.Finish(Duplicate(turn));
            return;
        }

        var shared = turn.IsSharedConversation ? turn : null;
        if (shared is not null)
        {
            // Coaching stays private: nothing of the deal is echoed in the shared conversation.
            if (await adapter.OpenPrivateAsync(inbound, shared, cancellationToken) is not { } privateTurn)
            {
                await adapter.PointToPrivateAsync(inbound, shared, reached: false, cancellationToken);
                telemetry.Finish(TurnOutcome.Completed);
                return;
            }

            turn = privateTurn with { IsSharedConversation = false, OriginConversationId = shared.ConversationId };
        }

        var replies = Admit(ref turn);
        if (replies is null)
        {
            if (await adapter.UpdateAnsweredAsync(inbound, turn, cancellationToken) is not { } answering)
            {
                telemetry.Finish(TurnOutcome.Completed);
                return;
            }

            turn = answering;

            replies = await WithTypingAsync(adapter, inbound, turn, RunAdmittedAsync(turn, cancellationToken), cancellationToken);
            if (replies is null)
            {
                return;
            }

            replies = await ShareAsync(adapter, inbound, turn, replies, cancellationToken);
        }

        replies = InLanguage(replies, BotCulture.Current);
        var reached = await adapter.SendAsync(inbound, turn, replies, cancellationToken);
        if (shared is not null)
        {
            await adapter.PointToPrivateAsync(inbound, shared, reached, cancellationToken);
        }

        telemetry.Finish(replies);
    }

    /// <summary>
    /// Runs a turn with no channel around it (tests, tools): the replies come back instead of being delivered, and
    /// <see cref="ShareReply"/>s are returned as they are. A duplicate delivery returns no replies.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> ProcessAsync(Turn turn, CancellationToken cancellationToken)
    {
        using var telemetry = TurnTelemetry.Begin(_metrics, _logger, turn, _time);
        using var culture = BotCulture.Use(turn.Locale ?? PlaybookLanguages.English);
        return telemetry.Finish(InLanguage(Admit(ref turn) ?? await RunAdmittedAsync(turn, cancellationToken) ?? [], BotCulture.Current));
    }

    /// <summary>Marks each reply not yet marked as written in <paramref name="language"/> (see <see cref="Reply.Language"/>).</summary>
    private static IReadOnlyList<Reply> InLanguage(IReadOnlyList<Reply> replies, string language) =>
        replies.All(r => r.Language is not null) ? replies : replies.Select(r => r.Language is null ? r with { Language = language } : r).ToList();

    /// <summary>The rate limit and the message size: a refusal to send (nothing is recorded), or null with the text trimmed.</summary>
    private IReadOnlyList<Reply>? Admit(ref Turn turn)
    {
        if (!_limiter.TryAcquire(turn.Owner, out var retryAfter))
        {
            var seconds = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds));
            Log.RateLimited(_logger, turn.Owner.TenantId, seconds);
            return [new TextReply(Strings.Format("Engine.RateLimited", seconds))];
        }

        var text = turn.Text.Trim();
        if (text.Length > _options.MaxMessageLength)
        {
            return [new TextReply(Strings.Format("Engine.TooLong", text.Length, _options.MaxMessageLength))];
        }

        if (text.Length == 0)
        {
            return [new TextReply(Strings.Get("Engine.Empty"))];
        }

        turn = turn with { Text = text };
        return null;
    }

    /// <summary>Load, dialogs, plan nudges, commit — under the user's lock, re-run on a conflict. Null for a duplicate.</summary>
    private async Task<IReadOnlyList<Reply>?> RunAdmittedAsync(Turn turn, CancellationToken cancellationToken)
    {
        // One user's turns queue here instead of racing to commit; across instances the version check decides.
        using var held = await _locks.AcquireAsync(turn.Owner.TenantId, turn.Owner.UserId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await RunOnceAsync(turn, cancellationToken);
            }
            catch (ConcurrencyConflictException) when (attempt < _options.MaxAttempts)
            {
                Log.Conflict(_logger, turn.StateKey, attempt);
                await BackOffAsync(attempt, cancellationToken);
            }
            catch (ConcurrencyConflictException ex)
            {
                // Nothing of this turn was written, so the channel's retry (or the user's resend) runs it again.
                Log.Busy(_logger, ex, turn.StateKey, attempt);
                TurnTelemetry.Current?.Mark(TurnOutcome.Busy);
                return [new TextReply(BusyText)];
            }
        }
    }

    /// <summary>The typing indicator goes out when the turn is still running after <see cref="TypingDelay"/>.</summary>
    private async Task<IReadOnlyList<Reply>?> WithTypingAsync<TInbound>(
        IChannelAdapter<TInbound> adapter, TInbound inbound, Turn turn, Task<IReadOnlyList<Reply>?> work, CancellationToken cancellationToken)
    {
        using var stopTyping = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var typing = Task.Delay(TypingDelay, _time, stopTyping.Token);
        if (await Task.WhenAny(work, typing) == typing && !typing.IsCanceled)
        {
            await adapter.TypingAsync(inbound, turn, cancellationToken);
        }

        await stopTyping.CancelAsync();
        return await work;
    }

    /// <summary>
    /// Posts each summary the user confirmed sharing into the conversation it was asked for (kept in their own dialog
    /// state from a verified delivery); in its place the user gets the confirmation, or what the channel refused.
    /// </summary>
    private static async Task<IReadOnlyList<Reply>> ShareAsync<TInbound>(
        IChannelAdapter<TInbound> adapter, TInbound inbound, Turn turn, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        if (!replies.Any(r => r is ShareReply))
        {
            return replies;
        }

        var rest = new List<Reply>(replies.Count);
        foreach (var reply in replies)
        {
            rest.Add(reply is ShareReply share ? await ConfirmAsync(adapter, inbound, turn, share, cancellationToken) : reply);
        }

        return rest;
    }

    /// <summary>What the channel answered to posting the summary, else the confirmation, in the language of the share.</summary>
    private static async Task<Reply> ConfirmAsync<TInbound>(
        IChannelAdapter<TInbound> adapter, TInbound inbound, Turn turn, ShareReply share, CancellationToken cancellationToken)
    {
        var refused = await adapter.ShareAsync(inbound, turn, share, cancellationToken);
        using var culture = BotCulture.Use(share.Language);
        return new TextReply(refused ?? share.Confirmation) { Language = share.Language };
    }

    /// <summary>The reply when a turn could not commit after every re-run.</summary>
    public static string BusyText => Strings.Get("Engine.Busy");

    /// <summary>
    /// The first re-run starts at once (the turn that won has committed, so fresh state is there); later ones wait
    /// 20, 40, 80 ... ms (capped at 1 s, with jitter) so that instances fighting over one conversation spread out.
    /// </summary>
    private Task BackOffAsync(int attempt, CancellationToken cancellationToken)
    {
        if (attempt < 2)
        {
            return Task.CompletedTask;
        }

        var ms = Math.Min(1000, 10 << Math.Min(attempt - 1, 10));
        return Task.Delay(TimeSpan.FromMilliseconds(ms / 2 + Random.Shared.Next(ms / 2 + 1)), _time, cancellationToken);
    }

    /// <summary>The greeting for a new conversation or a fresh install, in the language of <paramref name="locale"/>.</summary>
    public IReadOnlyList<Reply> Welcome(string? locale = null)
    {
        using var culture = BotCulture.Use(locale);
        return [new TextReply(Strings.Get("Engine.Welcome")) { Language = BotCulture.Current }];
    }

    private async Task<IReadOnlyList<Reply>?> RunOnceAsync(Turn turn, CancellationToken cancellationToken)
    {
        // One read: the delivery check, under the user's lock, so a retry that queued behind its own first run sees that
        // run's commit; the stored stack; the user's profile and deals.
        var start = await _store.LoadTurnStartAsync(
            new TurnStartRead(turn.StateKey, turn.Owner, turn.ChannelId, turn.DeliveryIds, _time.GetUtcNow()), cancellationToken);
        if (start.Delivered)
        {
            return Duplicate(turn);
        }

        var (stack, version) = ReadStack(start.Conversation);
        var defaults = new PricePoint(_playbook.Defaults.StartingPrice, UserLanguage.DefaultCurrency(turn.Locale, _playbook.Defaults.Currency));
        // Question texts stored with answers come from the English playbook, so what is stored stays language-neutral.
        var session = new DealSession(_store, turn.Owner, turn.Author, _time, defaults, _nudges) { Playbook = _playbook };
        session.UseStored(start);
        // The language the user chose with "settings language" wins over the channel's locale.
        var chosen = (await session.GetProfileAsync(cancellationToken)).Locale;
        turn = UserLanguage.Apply(turn, chosen);
        using var culture = BotCulture.Use(turn.Locale);
        session.Defaults = new PricePoint(_playbook.Defaults.StartingPrice, UserLanguage.DefaultCurrency(turn.Locale, _playbook.Defaults.Currency));
        var playbook = _languages?.For(turn.Locale) ?? _playbook;
        var context = new TurnContext(turn, session, playbook, _time, _coach);
        var dc = new DialogContext(_dialogs, context, stack);
        TurnCommit commit;
        try
        {
            using (TurnTracing.Source.StartActivity("dialog"))
            {
                await session.NoteTimeZoneAsync(turn.TimeZone, cancellationToken);
                await _stage.RunAsync(dc, turn.Text, cancellationToken);
                await session.PlanNudgesAsync(cancellationToken);
            }

            commit = WithDelivery(session.BuildCommit(StateWrite(turn.StateKey, stack, version)), turn);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ConcurrencyConflictException)
        {
            return await RecoverAsync(turn, version, session, ex, cancellationToken) is { } recovered ? InLanguage(recovered, BotCulture.Current) : null;
        }

        // A caller that hung up before the commit gets nothing recorded; once the turn commits it is not cancelled by the
        // caller hanging up: it either lands whole or not at all.
        // The delivery mark is part of the commit, so a turn that did not commit leaves its retry free to run. A store
        // failure propagates: the channel's endpoint answers it with an apology and an incident id (nothing was recorded).
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            await _store.CommitAsync(commit, CancellationToken.None);
        }
        catch (DuplicateDeliveryException)
        {
            return Duplicate(turn);
        }

        if (commit.ForgetOwner)
        {
            // "forget me" deleted this user's stored stacks; none may linger here.
            _stacks.Clear();
        }
        else if (commit.State is { Json: { } json })
        {
            _stacks.Put(turn.StateKey, json, stack);
        }

        return InLanguage(context.Replies, BotCulture.Current);
    }

    /// <summary>
    /// The conversation's dialog stack and its stored version (null when none is stored). When this instance committed
    /// the stored stack itself, it is taken from memory rather than parsed again.
    /// </summary>
    private (DialogStack Stack, long? Version) ReadStack(ConversationState? stored) =>
        stored is null ? (DialogStack.Empty(), null) : (_stacks.TryTake(stored) ?? Parse(stored), stored.Version);

    /// <summary>
    /// For turns that run no dialog (a welcome, an uninstall): commits the delivery mark and the address alone.
    /// False when the delivery was handled before, so the caller does nothing.
    /// </summary>
    public async Task<bool> MarkHandledAsync(Turn turn, CancellationToken cancellationToken)
    {
        var commit = WithDelivery(new TurnCommit(turn.Owner), turn);
        if (!commit.HasDataChanges)
        {
            return true;
        }

        if (await HandledBeforeAsync(turn, cancellationToken))
        {
            Log.Duplicate(_logger, turn.ChannelId);
            return false;
        }

        try
        {
            await _store.CommitAsync(commit, CancellationToken.None);
            return true;
        }
        catch (DuplicateDeliveryException)
        {
            Log.Duplicate(_logger, turn.ChannelId);
            return false;
        }
    }

    private Task<bool> HandledBeforeAsync(Turn turn, CancellationToken cancellationToken) =>
        _store.IsDeliveredAsync(turn.ChannelId, turn.DeliveryIds, _time.GetUtcNow(), cancellationToken);

    private IReadOnlyList<Reply>? Duplicate(Turn turn)
    {
        Log.Duplicate(_logger, turn.ChannelId);
        TurnTelemetry.Current?.Mark(TurnOutcome.Duplicate);
        return null;
    }

    private TurnCommit WithDelivery(TurnCommit commit, Turn turn)
    {
        if (turn.DeliveryIds.Count == 0 && turn.Address is null)
        {
            return commit;
        }

        var now = _time.GetUtcNow();
        return commit with
        {
            Deliveries = turn.DeliveryIds.Select(id => new DeliveryMark(turn.ChannelId, id, now)).ToList(),
            Address = turn.Address,
        };
    }

    /// <summary>A step crashed: keep what the user already answered, reset only this conversation's dialog, apologise.</summary>
    private async Task<IReadOnlyList<Reply>?> RecoverAsync(Turn turn, long? version, DealSession session, Exception error, CancellationToken cancellationToken)
    {
        var incident = Guid.NewGuid().ToString("N")[..8];
        Log.TurnFailed(_logger, error, turn.StateKey, incident);
        TurnTelemetry.Current?.Mark(TurnOutcome.Recovered);
        var reset = version is null ? null : new ConversationStateWrite(turn.StateKey, null, version.Value);
        try
        {
            await _store.CommitAsync(WithDelivery(session.BuildCommit(reset), turn), CancellationToken.None);
        }
        catch (DuplicateDeliveryException)
        {
            return Duplicate(turn);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.RecoveryFailed(_logger, ex, turn.StateKey, incident);
            try
            {
                await _store.CommitAsync(WithDelivery(new TurnCommit(turn.Owner) { State = reset }, turn), CancellationToken.None);
            }
            catch (DuplicateDeliveryException)
            {
                return Duplicate(turn);
            }
        }

        return
        [
            new TextReply(Strings.Format("Engine.Recovered", incident)),
        ];
    }

    private DialogStack Parse(ConversationState stored)
    {
        try
        {
            return DialogStack.FromJson(stored.Json);
        }
        catch (System.Text.Json.JsonException ex)
        {
            Log.StateUnreadable(_logger, ex, stored.Key);
            return DialogStack.Empty();
        }
    }

    private static ConversationStateWrite? StateWrite(string key, DialogStack stack, long? version)
    {
        if (stack.IsEmpty)
        {
            return version is null ? null : new ConversationStateWrite(key, null, version.Value);
        }

        return new ConversationStateWrite(key, stack.ToJson(), version ?? 0, stack.DealId);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "Turn for {StateKey} conflicted with a concurrent turn (attempt {Attempt}); re-running on fresh state")]
        public static partial void Conflict(ILogger logger, string stateKey, int attempt);

        [LoggerMessage(2, LogLevel.Error, "Turn for {StateKey} failed (incident {Incident}); the conversation's dialog is reset")]
        public static partial void TurnFailed(ILogger logger, Exception error, string stateKey, string incident);

        [LoggerMessage(3, LogLevel.Error, "Saving the answers of failed turn {StateKey} failed (incident {Incident}); resetting the dialog only")]
        public static partial void RecoveryFailed(ILogger logger, Exception error, string stateKey, string incident);

        [LoggerMessage(4, LogLevel.Warning, "Dialog state of {StateKey} could not be read; starting fresh")]
        public static partial void StateUnreadable(ILogger logger, Exception error, string stateKey);

        [LoggerMessage(6, LogLevel.Warning, "Turn for {StateKey} still conflicted after {Attempts} attempts; answered busy, nothing recorded")]
        public static partial void Busy(ILogger logger, Exception error, string stateKey, int attempts);

        [LoggerMessage(7, LogLevel.Information, "Dropped a repeated {ChannelId} delivery: its first run already committed")]
        public static partial void Duplicate(ILogger logger, string channelId);

        [LoggerMessage(5, LogLevel.Information, "A user of tenant {TenantId} hit the turn rate limit; refused for {Seconds} s")]
        public static partial void RateLimited(ILogger logger, string tenantId, int seconds);
    }
}
