using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Teams.Connector;
using SalesBot.Teams.Schema;

namespace SalesBot.Teams.Proactive;

/// <summary>
/// The 1:1 conversation between the bot and a user who wrote in a channel or group chat: the one already known from their
/// stored reference, or a new one created through the Bot Connector (and remembered).
/// </summary>
internal sealed class PrivateChat(IBotConnector connector, IChannelStore store, TimeProvider time)
{
    /// <summary>The 1:1 conversation id; throws <see cref="BotConnectorException"/> when Teams refuses to create it.</summary>
    public async Task<string> OpenAsync(Owner owner, Activity incoming, CancellationToken cancellationToken)
    {
        var address = await store.GetAddressAsync(owner, incoming.ChannelId!, cancellationToken);
        var known = address is null ? null : TeamsReference.FromJson(address.Reference);
        if (known?.ConversationId is { Length: > 0 } id)
        {
            return id;
        }

        var tenant = Mapping.TurnMapper.TenantOf(incoming);
        var created = await connector.CreateConversationAsync(
            incoming.ServiceUrl!,
            new ConversationParameters
            {
                Bot = incoming.Recipient,
                Members = [new ChannelAccount { Id = incoming.From!.Id, AadObjectId = incoming.From.AadObjectId }],
                TenantId = tenant,
            },
            cancellationToken);
        var reference = (known ?? TeamsReference.From(incoming, owner.TenantId)) with { ConversationId = created };
        await store.SaveAddressAsync(
            new ChannelAddress(owner, incoming.ChannelId!, reference.ToJson(), address?.Locale ?? incoming.Locale, address?.TimeZone ?? incoming.LocalTimezone, true, null, time.GetUtcNow()),
            cancellationToken);
        return created;
    }

    /// <summary>An activity as if <paramref name="incoming"/>'s sender had written in the 1:1 conversation, for addressing replies there.</summary>
    public static Activity In(Activity incoming, string conversationId) => Elsewhere(incoming, conversationId, "personal");

    /// <summary>An activity in another conversation of the same tenant and service (the channel a summary is shared to).</summary>
    public static Activity InConversation(Activity incoming, string conversationId) => Elsewhere(incoming, conversationId, "channel");

    private static Activity Elsewhere(Activity incoming, string conversationId, string conversationType) => new()
    {
        Type = ActivityTypes.Message,
        ChannelId = incoming.ChannelId,
        ServiceUrl = incoming.ServiceUrl,
        Conversation = new ConversationAccount { Id = conversationId, TenantId = incoming.Conversation?.TenantId, ConversationType = conversationType },
        From = incoming.From,
        Recipient = incoming.Recipient,
        Locale = incoming.Locale,
    };
}
