using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;

namespace SalesBot.Core.Nudges;

/// <summary>Sends a nudge proactively on one channel (Teams: the stored conversation reference; Slack: the user's DM).</summary>
public interface INudgeChannel
{
    /// <summary>The channel id the address was stored under: "msteams", "slack".</summary>
    string ChannelId { get; }

    Task<NudgeDelivery> SendAsync(ChannelAddress address, NudgeReply nudge, CancellationToken cancellationToken);

    /// <summary>
    /// Which of <paramref name="nudgeIds"/> already reached the user since <paramref name="since"/> (an earlier send that
    /// was never confirmed); null when the channel cannot tell.
    /// </summary>
    Task<IReadOnlySet<string>?> FindDeliveredAsync(
        ChannelAddress address, IReadOnlyCollection<string> nudgeIds, DateTimeOffset since, CancellationToken cancellationToken) =>
        Task.FromResult<IReadOnlySet<string>?>(null);
}
