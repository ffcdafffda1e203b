using SalesBot.Core.Conversations;
using SalesBot.Slack.Installs;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Processing;

/// <summary>The DM channel between the bot and each user (conversations.open), remembered in memory for the users seen last.</summary>
internal sealed class DirectMessages(ISlackApi api, int capacity = UserDirectory.DefaultCapacity) : IDisposable
{
    private readonly BoundedCache<string> _channels = new(capacity);

    public async Task<string> OpenAsync(SlackTenant tenant, string userId, string token, CancellationToken cancellationToken)
    {
        var key = Key(tenant, userId);
        if (_channels.TryGet(key, out var channel))
        {
            return channel;
        }

        channel = await api.OpenDmAsync(token, userId, cancellationToken);
        Remember(tenant, userId, channel);
        return channel;
    }

    /// <summary>A message.im event names the DM itself.</summary>
    public void Remember(SlackTenant tenant, string userId, string channel) => _channels.Set(Key(tenant, userId), channel);

    public void Dispose() => _channels.Dispose();

    private static string Key(SlackTenant tenant, string userId) => ConversationKey.OwnerPrefix(new Owner(tenant.TenantId, userId));
}
