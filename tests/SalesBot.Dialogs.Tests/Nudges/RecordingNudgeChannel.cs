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

    public List<NudgeItem> Items() => Sent.SelectMany(s => s.Nudge.Items).ToList();
}
