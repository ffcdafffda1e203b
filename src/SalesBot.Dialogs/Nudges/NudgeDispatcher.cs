using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Channels;
using SalesBot.Core.Coaching;
using SalesBot.Core.Diagnostics;
using SalesBot.Core.Nudges;
using SalesBot.Core.Qualification;
using SalesBot.Core.Storage;
using SalesBot.Dialogs.Conversation;

namespace SalesBot.Dialogs.Nudges;

/// <summary>
/// One pass over the outbox: claim due nudges with a lease, send each user's through the channel they last used (all of
/// them in one message for digest users), and record each sent under its id. Only the holder of a live claim can mark a
/// nudge sent, so several dispatchers over one store send every nudge once. A send is marked before it starts; a nudge
/// whose earlier send was never confirmed (the process died, the connection broke) is first looked up on the channel,
/// and where the channel cannot tell, it is not sent again: at most once per message the user sees.
/// </summary>
public sealed partial class NudgeDispatcher
{
    private static readonly TimeSpan[] Backoff = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromHours(2)];

    private readonly NudgeServices _nudges;
    private readonly ISalesBotStore _store;
    private readonly IChannelStore _channels;
    private readonly Dictionary<string, INudgeChannel> _senders;
    private readonly Playbook _playbook;
    private readonly PlaybookLanguages? _languages;
    private readonly ICoach _coach;
    private readonly TimeProvider _time;
    private readonly NudgeOptions _options;
    private readonly ILogger<NudgeDispatcher> _logger;
    private readonly SalesBotMetrics? _metrics;

    public NudgeDispatcher(
        NudgeServices nudges,
        ISalesBotStore store,
        IChannelStore channels,
        IEnumerable<INudgeChannel> senders,
        Playbook playbook,
        ICoach coach,
        TimeProvider time,
        IOptions<NudgeOptions> options,
        ILogger<NudgeDispatcher> logger,
        SalesBotMetrics? metrics = null,
        PlaybookLanguages? languages = null)
    {
        _languages = languages;
        _metrics = metrics;
        _nudges = nudges;
        _store = store;
        _channels = channels;
        _senders = senders.ToDictionary(s => s.ChannelId, StringComparer.OrdinalIgnoreCase);
        _playbook = playbook;
        _coach = coach;
        _time = time;
        _options = options.Value;
        _logger = logger;
    }

    /// <summary>Who holds the claims of this process: host, process and a random part.</summary>
    public string Claimant { get; } = $"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid().ToString("N")[..8]}";

    /// <summary>Sends what is due now; returns how many nudges were sent. Repeats until nothing due is left.</summary>
    public async Task<int> DispatchDueAsync(CancellationToken cancellationToken)
    {
        var sent = 0;
        while (true)
        {
            var now = _time.GetUtcNow();
            var claimed = await _nudges.Store.ClaimDueAsync(now, Claimant, _options.Lease, _options.BatchSize, cancellationToken);
            foreach (var batch in claimed.GroupBy(n => n.Owner))
            {
                sent += await SendAsync(batch.Key, batch.ToList(), now, cancellationToken);
            }

            if (claimed.Count < _options.BatchSize)
            {
                return sent;
            }
        }
    }

    private async Task<int> SendAsync(Owner owner, List<Nudge> nudges, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The user's data as a turn reads it (the playbook's price when no profile is stored); this pass writes nothing through it.
        var session = new DealSession(_store, owner, Claimant, _time, new PricePoint(_playbook.Defaults.StartingPrice, _playbook.Defaults.Currency));
        var profile = await session.GetProfileAsync(cancellationToken);
        var addresses = await _channels.GetAddressesAsync(owner, cancellationToken);
        var address = addresses.Where(a => a.Reachable && _senders.ContainsKey(a.ChannelId)).MaxBy(a => a.UpdatedAt);
        var timing = NudgeTiming.For(profile, _nudges.ZoneOf(profile.TimeZone ?? address?.TimeZone), _nudges.Hours);

        // Caught up after downtime, or a pause began after the nudge was planned: hold it until the user's next good moment.
        var nextGoodMoment = timing.Schedule(now);
        if (nextGoodMoment > now + TimeSpan.FromMinutes(1) && (timing.IsPaused(now) || timing.DigestAt is null))
        {
            await ReleaseAllAsync(nudges, nextGoodMoment, timing.IsPaused(now) ? "paused" : "outside working hours", cancellationToken);
            return 0;
        }

        if (address is null)
        {
            var reason = addresses.Count == 0 ? "no Teams or Slack conversation to send it to" : "unreachable on every channel";
            await _nudges.Store.CancelAllAsync(owner, reason, cancellationToken);
            Log.NoAddress(_logger, owner.ToString(), reason);
            return 0;
        }

        // Each user's nudges are written in their language: the one chosen with "settings language", else the channel's.
        var locale = Conversation.UserLanguage.Of(profile.Locale, address.Locale);
        using var culture = Localization.BotCulture.Use(locale);
        var playbook = _languages?.For(locale) ?? _playbook;
        var (recovered, toSend) = await RecoverAsync(address, nudges, now, cancellationToken);
        var items = new List<(Nudge Nudge, NudgeItem Item)>();
        foreach (var nudge in toSend)
        {
            var deal = await session.GetDealAsync(nudge.DealId, cancellationToken);
            if (deal is null)
            {
                // Forgotten between planning and sending ("forget" deletes a deal's nudges too): nothing to say, close the row.
                await _nudges.Store.MarkSentAsync(nudge.Id, Claimant, now, cancellationToken);
                continue;
            }

            var snapshot = await session.SnapshotAsync(deal, cancellationToken);
            var draft = await DraftAsync(nudge, snapshot, playbook, timing.Calendar.Zone, cancellationToken);
            items.Add((nudge, NudgeMessages.Build(nudge, snapshot, playbook, timing.Calendar, draft)));
        }

        var messages = timing.DigestAt is null ? items.Select(i => new[] { i }).ToList() : [items.ToArray()];
        var sent = recovered;
        foreach (var message in messages.Where(m => m.Length > 0))
        {
            sent += await DeliverAsync(owner, address, message, now, cancellationToken);
        }

        return sent;
    }

    /// <summary>
    /// Nudges an earlier claim began to send without confirming: the ones the channel shows as arrived are marked sent;
    /// where it cannot tell, they are marked sent unsent again (at most once). Returns how many were settled and the rest.
    /// </summary>
    private async Task<(int Settled, List<Nudge> ToSend)> RecoverAsync(
        ChannelAddress address, List<Nudge> nudges, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var uncertain = nudges.Where(n => n.SendingAt is not null).ToList();
        if (uncertain.Count == 0)
        {
            return (0, nudges);
        }

        var since = uncertain.Min(n => n.SendingAt!.Value);
        var arrived = await _senders[address.ChannelId].FindDeliveredAsync(address, uncertain.Select(n => n.Id).ToList(), since, cancellationToken);
        var settled = 0;
        foreach (var nudge in uncertain.Where(n => arrived is null || arrived.Contains(n.Id)))
        {
            if (await _nudges.Store.MarkSentAsync(nudge.Id, Claimant, now, cancellationToken))
            {
                settled++;
            }

            if (arrived is null)
            {
                Log.NotResent(_logger, nudge.Id, address.ChannelId);
            }
        }

        return (settled, nudges.Where(n => n.SendingAt is null || (arrived is not null && !arrived.Contains(n.Id))).ToList());
    }

    private async Task<int> DeliverAsync(
        Owner owner, ChannelAddress address, (Nudge Nudge, NudgeItem Item)[] message, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var sending = new List<(Nudge Nudge, NudgeItem Item)>();
        foreach (var part in message)
        {
            if (await _nudges.Store.MarkSendingAsync(part.Nudge.Id, Claimant, _time.GetUtcNow(), cancellationToken))
            {
                sending.Add(part);
            }
            else
            {
                Log.LostClaim(_logger, part.Nudge.Id);
            }
        }

        if (sending.Count == 0)
        {
            return 0;
        }

        message = [.. sending];
        NudgeDelivery delivery;
        try
        {
            var reply = new NudgeReply(message.Select(m => m.Item).ToList())
            {
                NudgeIds = message.Select(m => m.Nudge.Id).ToList(),
                Language = Localization.BotCulture.Current,
            };
            delivery = await _senders[address.ChannelId].SendAsync(address, reply, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // No answer from the channel: the message may have gone out before the failure.
            delivery = NudgeDelivery.Uncertain(ex.GetType().Name);
        }

        switch (delivery.Outcome)
        {
            case NudgeDeliveryOutcome.Delivered:
                var marked = 0;
                foreach (var (nudge, _) in message)
                {
                    _metrics?.NudgeSent(address.ChannelId);
                    if (await _nudges.Store.MarkSentAsync(nudge.Id, Claimant, _time.GetUtcNow(), cancellationToken))
                    {
                        marked++;
                    }
                    else
                    {
                        Log.SentButClaimLost(_logger, nudge.Id);
                    }
                }

                return marked;
            case NudgeDeliveryOutcome.Unreachable:
                _metrics?.NudgeFailed(address.ChannelId, "unreachable");
                var why = $"unreachable on {address.ChannelId}: {delivery.Reason}";
                await _channels.MarkUnreachableAsync(owner, address.ChannelId, delivery.Reason ?? "unreachable", now, cancellationToken);
                var cancelled = await _nudges.Store.CancelAllAsync(owner, why, cancellationToken);
                Log.Unreachable(_logger, owner.ToString(), why, cancelled);
                return 0;
            default:
                _metrics?.NudgeFailed(address.ChannelId, "retry");
                var attempts = message.Max(m => m.Nudge.Attempts);
                var retryAt = now + Backoff[Math.Clamp(attempts - 1, 0, Backoff.Length - 1)];
                await ReleaseAllAsync(message.Select(m => m.Nudge), retryAt, delivery.Reason ?? "send failed", cancellationToken, delivery.MayHaveArrived);
                Log.Failed(_logger, owner.ToString(), delivery.Reason, retryAt);
                return 0;
        }
    }

    /// <summary>The letter or the feedback questionnaire, written by the coach (templates, or the AI coach within its time budget).</summary>
    private async Task<string?> DraftAsync(Nudge nudge, DealSnapshot snapshot, Playbook playbook, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var owner = snapshot.Deal.Owner;
        var facts = CoachFacts.Recorded(playbook, snapshot.Answers);
        return nudge.Kind switch
        {
            NudgeKind.Letter => (await _coach.DraftFollowUpLetterAsync(
                new FollowUpLetterRequest(owner, snapshot.Deal.Prospect, Salesperson(snapshot), CoachFacts.CallDates(snapshot, zone), facts),
                cancellationToken)).Text,
            NudgeKind.Feedback => (await _coach.DraftFeedbackQuestionnaireAsync(
                new FeedbackQuestionnaireRequest(owner, snapshot.Deal.Prospect, facts), cancellationToken)).Text,
            _ => null,
        };
    }

    /// <summary>Who signs the letter: whoever last logged a touch or answered on the deal.</summary>
    private static string? Salesperson(DealSnapshot snapshot) =>
        snapshot.Touches.Count > 0 ? snapshot.Touches[^1].By
        : snapshot.Answers.All.Count > 0 ? snapshot.Answers.All[^1].RecordedBy
        : null;

    /// <summary>Gives nudges back; a sending mark is cleared only when <paramref name="mayHaveArrived"/> is false.</summary>
    private async Task ReleaseAllAsync(
        IEnumerable<Nudge> nudges, DateTimeOffset retryAt, string reason, CancellationToken cancellationToken, bool mayHaveArrived = true)
    {
        foreach (var nudge in nudges)
        {
            await _nudges.Store.ReleaseAsync(nudge.Id, Claimant, retryAt, reason, mayHaveArrived, cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(Level = LogLevel.Warning, Message = "Nudges of {Owner} cancelled: {Reason}")]
        public static partial void NoAddress(ILogger logger, string owner, string reason);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Nudges of {Owner} stopped, {Count} cancelled: {Reason}")]
        public static partial void Unreachable(ILogger logger, string owner, string reason, int count);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Nudge send for {Owner} failed ({Reason}); retry at {RetryAt}")]
        public static partial void Failed(ILogger logger, string owner, string? reason, DateTimeOffset retryAt);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Nudge {NudgeId} lost its claim to another dispatcher; this one leaves it alone")]
        public static partial void LostClaim(ILogger logger, string nudgeId);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Nudge {NudgeId} was sent but its claim had been taken over; it may arrive twice")]
        public static partial void SentButClaimLost(ILogger logger, string nudgeId);

        [LoggerMessage(Level = LogLevel.Warning, Message = "Nudge {NudgeId} is not sent again: an earlier send may have arrived and {Channel} cannot tell")]
        public static partial void NotResent(ILogger logger, string nudgeId, string channel);
    }
}
