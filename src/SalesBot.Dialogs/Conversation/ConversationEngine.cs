using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Diagnostics;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Core.Storage;
using SalesBot.Dialogs.Commands;
using SalesBot.Dialogs.Engine;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Nudges;

namespace SalesBot.Dialogs.Conversation;

/// <summary>
/// Runs one turn: loads the user's dialog stack, handles interruptions and commands, continues the active dialog,
/// and commits the new state with everything the turn recorded in one transaction. A conflicting concurrent turn
/// makes this one re-run on fresh state; a crash apologises and resets only this conversation.
/// </summary>
public sealed partial class ConversationEngine
{
    private readonly ISalesBotStore _store;
    private readonly Playbook _playbook;
    private readonly PlaybookLanguages? _languages;
    private readonly DialogSet _dialogs;
    private readonly CommandRouter _router;
    private readonly TimeProvider _time;
    private readonly ConversationOptions _options;
    private readonly ICoach _coach;
    private readonly TurnRateLimiter _limiter;
    private readonly TurnLocks _locks = new();
    private readonly ILogger<ConversationEngine> _logger;
    private readonly NudgeServices? _nudges;
    private readonly SalesBotMetrics? _metrics;

    public ConversationEngine(
        ISalesBotStore store,
        Playbook playbook,
        DialogSet dialogs,
        CommandRouter router,
        TimeProvider time,
        IOptions<ConversationOptions> options,
        ICoach coach,
        TurnRateLimiter limiter,
        ILogger<ConversationEngine> logger,
        NudgeServices? nudges = null,
        SalesBotMetrics? metrics = null,
        PlaybookLanguages? languages = null)
    {
        _languages = languages;
        _nudges = nudges;
        _store = store;
        _playbook = playbook;
        _dialogs = dialogs;
        _router = router;
        _time = time;
        _options = options.Value;
        _coach = coach;
        _limiter = limiter;
        _logger = logger;
        _metrics = metrics;
    }

    /// <summary>Runs the turn; every reply carries the language it is written in (<see cref="Reply.Language"/>).</summary>
    public async Task<IReadOnlyList<Reply>> ProcessAsync(Turn turn, CancellationToken cancellationToken)
    {
        using var telemetry = TurnTelemetry.Begin(_metrics, _logger, turn, _time);
        // Until the user's stored choice is read, the channel's locale decides the language.
        using var culture = BotCulture.Use(turn.Locale ?? PlaybookLanguages.English);
        return telemetry.Finish(InLanguage(await ProcessTurnAsync(turn, cancellationToken), BotCulture.Current));
    }

    /// <summary>Marks each reply not yet marked as written in <paramref name="language"/>.</summary>
    private static IReadOnlyList<Reply> InLanguage(IReadOnlyList<Reply> replies, string language) =>
        replies.All(r => r.Language is not null) ? replies : replies.Select(r => r.Language is null ? r with { Language = language } : r).ToList();

    private async Task<IReadOnlyList<Reply>> ProcessTurnAsync(Turn turn, CancellationToken cancellationToken)
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

        // One user's turns queue here instead of racing to commit; across instances the version check below decides.
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

    private async Task<IReadOnlyList<Reply>> RunOnceAsync(Turn turn, CancellationToken cancellationToken)
    {
        // Checked under the user's lock, so a retry that queued behind its own first run sees that run's commit.
        if (await HandledBeforeAsync(turn, cancellationToken))
        {
            return Duplicate(turn);
        }

        var stored = await _store.LoadConversationAsync(turn.StateKey, cancellationToken);
        var stack = ReadStack(stored);
        var defaults = new PricePoint(_playbook.Defaults.StartingPrice, UserLanguage.DefaultCurrency(turn.Locale, _playbook.Defaults.Currency));
        // Question texts stored with answers come from the English playbook, so what is stored stays language-neutral.
        var session = new DealSession(_store, turn.Owner, turn.Author, _time, defaults, _nudges) { Playbook = _playbook };
        // The language the user chose with "settings language" wins over the channel's locale.
        var chosen = (await session.GetProfileAsync(cancellationToken)).Locale;
        turn = UserLanguage.Apply(turn, chosen);
        using var culture = BotCulture.Use(turn.Locale);
        var playbook = _languages?.For(turn.Locale) ?? _playbook;
        var context = new TurnContext(turn, session, playbook, _time, _coach);
        var dc = new DialogContext(_dialogs, context, stack);
        TurnCommit commit;
        try
        {
            await session.NoteTimeZoneAsync(turn.TimeZone, cancellationToken);
            await RunAsync(dc, turn.Text, cancellationToken);
            await session.PlanNudgesAsync(cancellationToken);
            commit = WithDelivery(session.BuildCommit(StateWrite(turn.StateKey, stack, stored)), turn);
        }
        catch (Exception ex) when (ex is not OperationCanceledException and not ConcurrencyConflictException)
        {
            return InLanguage(await RecoverAsync(turn, stored, session, ex, cancellationToken), BotCulture.Current);
        }

        // Once the turn commits it is not cancelled by the caller hanging up: it either lands whole or not at all.
        // The delivery mark is part of the commit, so a turn that did not commit leaves its retry free to run. A store
        // failure propagates: the channel's endpoint answers it with an apology and an incident id (nothing was recorded).
        try
        {
            await _store.CommitAsync(commit, CancellationToken.None);
        }
        catch (DuplicateDeliveryException)
        {
            return Duplicate(turn);
        }

        return InLanguage(context.Replies, BotCulture.Current);
    }

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

    private async Task<bool> HandledBeforeAsync(Turn turn, CancellationToken cancellationToken)
    {
        foreach (var id in turn.DeliveryIds)
        {
            if (await _store.IsDeliveredAsync(turn.ChannelId, id, _time.GetUtcNow(), cancellationToken))
            {
                return true;
            }
        }

        return false;
    }

    private IReadOnlyList<Reply> Duplicate(Turn turn)
    {
        Log.Duplicate(_logger, turn.ChannelId);
        TurnTelemetry.Current?.Mark(TurnOutcome.Duplicate);
        return [];
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

    private async Task RunAsync(DialogContext dc, string text, CancellationToken cancellationToken)
    {
        var interruption = Interruptions.Match(text);
        var goTo = Interruptions.GoTo(text);
        dc.Context.OpenFlow = Interruptions.OpenFlow(dc);
        if (dc.ActiveDialog is null)
        {
            if (interruption is Interruptions.Cancel or Interruptions.Back or Interruptions.Skip or Interruptions.Status || goTo is not null)
            {
                dc.Context.Send(Strings.Get("Engine.NoQuestionOpen"));
                return;
            }

            await _router.DispatchAsync(dc, text, cancellationToken);
            return;
        }

        switch (interruption)
        {
            case Interruptions.Cancel:
                var where = Interruptions.ActivePrompt(dc)?.Question.Progress;
                var stepId = dc.Context.OpenFlow?.StepId;
                dc.CancelAllDialogs();
                dc.Context.Send(where is null || stepId is null
                    ? Strings.Get("Engine.Cancelled")
                    : Strings.Format("Engine.CancelledFlow", where.Flow, Rendering.Markdown.Escape(where.Prospect), $"{stepId} {Flows.Quote.Name(where.Prospect)}"));
                return;
            case Interruptions.Back or Interruptions.Skip:
                if (!await dc.EmitEventAsync(interruption, cancellationToken))
                {
                    dc.Context.Send(Strings.Get(interruption == Interruptions.Back ? "Engine.NothingToBack" : "Engine.NothingToSkip"));
                    await dc.RepromptDialogAsync(cancellationToken);
                }

                return;
            case Interruptions.Status:
                dc.Context.Send(Interruptions.StatusText(dc));
                await dc.RepromptDialogAsync(cancellationToken);
                return;
            case Interruptions.Help:
                dc.Context.Send(Interruptions.HelpText(dc));
                await dc.RepromptDialogAsync(cancellationToken);
                return;
        }

        if (goTo is { } number)
        {
            if (!await dc.EmitEventAsync(Flows.QuestionLoopDialog.GoToEvent(number), cancellationToken))
            {
                dc.Context.Send(Strings.Get("Engine.NoGoTo"));
                await dc.RepromptDialogAsync(cancellationToken);
            }

            return;
        }

        var (command, arguments) = _router.Parse(text);
        if (command is not null && !Interruptions.ReadsAsAnswer(dc, text) && (Interruptions.CommandsInterrupt(dc)
            || Interruptions.IsExactCommand(command, arguments, await dc.Context.Session.ListDealsAsync(cancellationToken), dc.Context.Playbook)))
        {
            if (command.StartsFlow)
            {
                dc.Context.Send(Interruptions.Left(dc, command));
                dc.CancelAllDialogs();
                await command.ExecuteAsync(dc, arguments, cancellationToken);
                return;
            }

            Interruptions.ForgetUnsure(dc);
            var side = new DialogContext(_dialogs, dc.Context, DialogStack.Empty()) { IsInterruption = true };
            await command.ExecuteAsync(side, arguments, cancellationToken);
            await dc.RepromptDialogAsync(cancellationToken);
            return;
        }

        if (command is not null && Interruptions.AskIfCommand(dc, command, arguments, text, await dc.Context.Session.ListDealsAsync(cancellationToken)))
        {
            return;
        }

        await dc.ContinueDialogAsync(cancellationToken);
    }

    /// <summary>A step crashed: keep what the user already answered, reset only this conversation's dialog, apologise.</summary>
    private async Task<IReadOnlyList<Reply>> RecoverAsync(Turn turn, ConversationState? stored, DealSession session, Exception error, CancellationToken cancellationToken)
    {
        var incident = Guid.NewGuid().ToString("N")[..8];
        Log.TurnFailed(_logger, error, turn.StateKey, incident);
        TurnTelemetry.Current?.Mark(TurnOutcome.Recovered);
        var reset = new ConversationStateWrite(turn.StateKey, null, stored?.Version ?? 0);
        try
        {
            await _store.CommitAsync(WithDelivery(session.BuildCommit(stored is null ? null : reset), turn), CancellationToken.None);
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
                await _store.CommitAsync(WithDelivery(new TurnCommit(turn.Owner) { State = stored is null ? null : reset }, turn), CancellationToken.None);
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

    private DialogStack ReadStack(ConversationState? stored)
    {
        if (stored is null)
        {
            return DialogStack.Empty();
        }

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

    private static ConversationStateWrite? StateWrite(string key, DialogStack stack, ConversationState? stored)
    {
        if (stack.IsEmpty)
        {
            return stored is null ? null : new ConversationStateWrite(key, null, stored.Version);
        }

        return new ConversationStateWrite(key, stack.ToJson(), stored?.Version ?? 0);
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
