using System.Text.Json.Nodes;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Slack.Installs;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Processing;

/// <summary>
/// Who a user is (name for answers, locale) via users.info, refreshed daily, and where to reach them for nudges:
/// a <see cref="ChannelAddress"/> with Reference {team_id, user_id, dm_channel_id, enterprise_id}, the time zone and locale.
/// What is known is cached for at most <paramref name="capacity"/> users (least recently seen dropped first); a dropped
/// user is looked up again on their next message.
/// </summary>
internal sealed partial class UserDirectory(
    ISlackApi api, TimeProvider time, ILogger<UserDirectory> logger, int capacity = UserDirectory.DefaultCapacity) : IDisposable
{
    public const int DefaultCapacity = 20_000;
    public static readonly TimeSpan Freshness = TimeSpan.FromDays(1);
    private readonly BoundedCache<(SlackUserInfo Info, string Dm, DateTimeOffset At)> _known = new(capacity);

    /// <summary>How many users are cached now (never more than the capacity).</summary>
    public int CachedUsers => _known.Count;

    /// <summary>
    /// Who the user is (users.info at most daily) and their address, to save with the turn: the turn's commit writes it
    /// (a no-op when unchanged), so a turn that does not commit leaves no address behind.
    /// </summary>
    public async Task<(SlackUserInfo Info, ChannelAddress Address)> EnsureAsync(
        SlackTenant tenant, string userId, string dmChannel, string token, CancellationToken cancellationToken)
    {
        var key = Key(tenant, userId);
        var now = time.GetUtcNow();
        if (!_known.TryGet(key, out var known) || known.Dm != dmChannel || now - known.At >= Freshness)
        {
            SlackUserInfo info;
            try
            {
                info = await api.GetUserAsync(token, userId, cancellationToken);
            }
            catch (SlackApiException ex)
            {
                Log.UserInfoFailed(logger, tenant.TenantId, userId, ex.Error);
                info = new SlackUserInfo(userId, null, null, null, false);
            }

            known = (info, dmChannel, now);
            _known.Set(key, known);
        }

        var reference = new JsonObject
        {
            ["team_id"] = tenant.TeamId,
            ["user_id"] = userId,
            ["dm_channel_id"] = dmChannel,
            ["enterprise_id"] = tenant.EnterpriseId,
        };
        var address = new ChannelAddress(
            new Owner(tenant.TenantId, userId), SlackChannel.Id, reference.ToJsonString(), known.Info.Locale, known.Info.TimeZone, true, null, now);
        return (known.Info, address);
    }

    /// <summary>The user's Slack locale when this instance knows it already (no call to Slack); null otherwise.</summary>
    public string? KnownLocale(SlackTenant tenant, string userId) =>
        _known.TryGet(Key(tenant, userId), out var known) ? known.Info.Locale : null;

    /// <summary>The user's Slack locale: what is known, else users.info (cached with no DM until their first message); null when Slack does not say.</summary>
    public async Task<string?> LocaleAsync(SlackTenant tenant, string userId, string token, CancellationToken cancellationToken)
    {
        if (_known.TryGet(Key(tenant, userId), out var known) && time.GetUtcNow() - known.At < Freshness)
        {
            return known.Info.Locale;
        }

        try
        {
            var info = await api.GetUserAsync(token, userId, cancellationToken);
            _known.Set(Key(tenant, userId), (info, "", time.GetUtcNow()));
            return info.Locale;
        }
        catch (SlackApiException ex)
        {
            Log.UserInfoFailed(logger, tenant.TenantId, userId, ex.Error);
            return null;
        }
    }

    /// <summary>Forgets what is known about the user, so the next contact looks them up afresh.</summary>
    public void Forget(SlackTenant tenant, string userId) => _known.Remove(Key(tenant, userId));

    public void Dispose() => _known.Dispose();

    private static string Key(SlackTenant tenant, string userId) => ConversationKey.OwnerPrefix(new Owner(tenant.TenantId, userId));

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "users.info for {TenantId}/{UserId} failed with {Error}; going on without name, time zone and locale")]
        public static partial void UserInfoFailed(ILogger logger, string tenantId, string userId, string error);
    }
}
