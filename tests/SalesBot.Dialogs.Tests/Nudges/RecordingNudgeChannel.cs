using System.Collections.Concurrent;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;

namespace SalesBot.Dialogs.Tests.Nudges;

/// <summary>A channel that records what it was asked to send and answers with <see cref="Outcome"/>.</summary>
internal sealed class RecordingNudgeChannel(string channelId = "msteams") : INudgeChannel
{
    public ConcurrentQueue<(Owner Owner, NudgeReply Nudge)> Sent { get; } = new();

    public NudgeDelivery Outcome { get; set; } = NudgeDelivery.Delivered;

    public string ChannelId { get; } = channelId;

    public Task<NudgeDelivery> SendAsync(ChannelAddress address, NudgeReply nudge, CancellationToken cancellationToken)
    {
        if (Outcome.Outcome == NudgeDeliveryOutcome.Delivered)
        {
            Sent.Enqueue((address.Owner, nudge));
        }

        return Task.FromResult(Outcome);
    }

    /// <summary>What the channel finds when asked whether earlier sends arrived; null: it cannot tell.</summary>
    public HashSet<string>? Arrived { get; set; }

    public ConcurrentQueue<IReadOnlyCollection<string>> Lookups { get; } = new();

    public Task<IReadOnlySet<string>?> FindDeliveredAsync(
        ChannelAddress address, IReadOnlyCollection<string> nudgeIds, DateTimeOffset since, CancellationToken cancellationToken)
    {
        Lookups.Enqueue(nudgeIds);
        return Task.FromResult<IReadOnlySet<string>?>(Arrived?.Intersect(nudgeIds).ToHashSet());
    }

    public List<NudgeItem> Items() => Sent.SelectMany(s => s.Nudge.Items).ToList();
}
