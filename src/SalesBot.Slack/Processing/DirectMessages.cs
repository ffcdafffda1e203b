using System.Collections.Concurrent;
using SalesBot.Slack.Installs;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Processing;

/// <summary>The DM channel between the bot and each user (conversations.open), remembered in memory.</summary>
internal sealed class DirectMessages(ISlackApi api)
{
    private readonly ConcurrentDictionary<string, string> _channels = new(StringComparer.Ordinal);

    public async Task<string> OpenAsync(SlackTenant tenant, string userId, string token, CancellationToken cancellationToken)
    {
        var key = Key(tenant, userId);
        if (_channels.TryGetValue(key, out var channel))
        {
            return channel;
        }

        channel = await api.OpenDmAsync(token, userId, cancellationToken);
        Remember(tenant, userId, channel);
        return channel;
    }

    /// <summary>A message.im event names the DM itself.</summary>
    public void Remember(SlackTenant tenant, string userId, string channel)
    {
        if (_channels.Count > 100_000)
        {
            _channels.Clear();
        }

        _channels[Key(tenant, userId)] = channel;
    }

    private static string Key(SlackTenant tenant, string userId) => tenant.TenantId + "|" + userId;
}
