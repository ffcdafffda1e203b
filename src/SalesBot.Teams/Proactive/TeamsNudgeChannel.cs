using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Core.Nudges;
using SalesBot.Teams.Mapping;

namespace SalesBot.Teams.Proactive;

/// <summary>Sends nudges to Teams users as a proactive card in their 1:1 chat with the bot.</summary>
internal sealed class TeamsNudgeChannel(TeamsProactiveSender sender) : INudgeChannel
{
    public string ChannelId => ReplyMapper.TeamsChannel;

    public async Task<NudgeDelivery> SendAsync(ChannelAddress address, NudgeReply nudge, CancellationToken cancellationToken) =>
        await sender.SendAsync(address.Owner, address.ChannelId, [nudge], cancellationToken)
            ? NudgeDelivery.Delivered
            : NudgeDelivery.Unreachable("Teams says the bot was removed or blocked, or the app uninstalled");
}
