using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Proactive;

/// <summary>
/// Sends replies to a user SalesBot is not currently talking to, from their stored ConversationReference:
/// into the known 1:1 conversation, or a new one created for the purpose. A 403 marks the user unreachable.
/// </summary>
internal sealed class TeamsProactiveSender(IBotConnector connector, TeamsAddressBook addresses, IChannelStore store)
{
    /// <returns>False when the user cannot be reached (no address, marked unreachable, or the channel refused).</returns>
    public async Task<bool> SendAsync(Owner owner, string channelId, IReadOnlyList<Reply> replies, CancellationToken cancellationToken)
    {
        var address = await store.GetAddressAsync(owner, channelId, cancellationToken);
        if (address is not { Reachable: true } || TeamsReference.FromJson(address.Reference) is not { } reference)
        {
            return false;
        }

        try
        {
            var conversationId = reference.ConversationId ?? await connector.CreateConversationAsync(
                reference.ServiceUrl,
                new ConversationParameters
                {
                    Bot = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
                    Members = [new ChannelAccount { Id = reference.UserId, AadObjectId = reference.AadObjectId }],
                    TenantId = reference.TenantId,
                },
                cancellationToken);
            var context = new Activity
            {
                ChannelId = reference.ChannelId,
                ServiceUrl = reference.ServiceUrl,
                Conversation = new ConversationAccount { Id = conversationId, TenantId = reference.TenantId, ConversationType = "personal" },
                From = new ChannelAccount { Id = reference.UserId, Name = reference.UserName, AadObjectId = reference.AadObjectId },
                Recipient = new ChannelAccount { Id = reference.BotId, Name = reference.BotName },
                Locale = address.Locale,
            };
            foreach (var activity in ReplyMapper.ToActivities(context, replies))
            {
                await connector.SendAsync(activity, cancellationToken);
            }

            return true;
        }
        catch (BotUnreachableException ex)
        {
            await addresses.ForgetAsync(owner, channelId, ex.Message, cancellationToken);
            return false;
        }
    }
}
