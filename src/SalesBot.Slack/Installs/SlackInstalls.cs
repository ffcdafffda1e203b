using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Core.Channels;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Installs;

/// <summary>
/// Which bot token serves a tenant: its OAuth install (kept in the store encrypted with ASP.NET Core Data Protection),
/// or in single-workspace mode Slack:BotToken. Decrypted tokens are cached in memory only.
/// </summary>
internal sealed partial class SlackInstalls(
    IChannelStore store,
    IDataProtectionProvider protection,
    IOptions<SlackOptions> options,
    TimeProvider time,
    ILogger<SlackInstalls> logger)
{
    public const string ChannelId = SlackChannel.Id;
    private const string Purpose = "SalesBot.Slack.BotToken.v1";
    private readonly ConcurrentDictionary<string, SlackInstallation> _cache = new(StringComparer.Ordinal);
    private readonly IDataProtector _protector = protection.CreateProtector(Purpose);

    public async Task<SlackInstallation?> FindAsync(SlackTenant tenant, CancellationToken cancellationToken)
    {
        if (_cache.TryGetValue(tenant.TenantId, out var cached))
        {
            return cached;
        }

        foreach (var key in new[] { tenant.TenantId, tenant.TeamId, tenant.EnterpriseId }.OfType<string>().Distinct())
        {
            if (await store.GetInstallAsync(ChannelId, key, cancellationToken) is not { } install)
            {
                continue;
            }

            try
            {
                var found = new SlackInstallation(_protector.Unprotect(install.ProtectedToken), install.BotUserId);
                _cache[tenant.TenantId] = found;
                return found;
            }
            catch (CryptographicException)
            {
                Log.Undecryptable(logger, key);
            }
        }

        return options.Value.BotToken is { Length: > 0 } token ? new SlackInstallation(token, null) : null;
    }

    /// <summary>Keeps the token of a completed OAuth install, encrypted, under its team (or enterprise for org-wide installs).</summary>
    public async Task<SlackTenant> SaveAsync(OAuthAccess access, CancellationToken cancellationToken)
    {
        var tenant = SlackTenant.From(access.TeamId, access.EnterpriseId, access.IsEnterpriseInstall)
            ?? throw new SlackApiException("oauth.v2.access", "no_team");
        await store.SaveInstallAsync(
            new ChannelInstall(ChannelId, tenant.TenantId, access.EnterpriseId, _protector.Protect(access.AccessToken), access.BotUserId, access.AuthedUserId, time.GetUtcNow()),
            cancellationToken);
        _cache[tenant.TenantId] = new SlackInstallation(access.AccessToken, access.BotUserId);
        Log.Installed(logger, tenant.TenantId, access.EnterpriseId);
        return tenant;
    }

    /// <summary>Drops a cached token that Slack no longer accepts; the next use reads the store again.</summary>
    public void Forget(SlackTenant tenant) => _cache.TryRemove(tenant.TenantId, out _);

    /// <summary>The app was uninstalled or its bot token revoked: the install is deleted and the cached token dropped.</summary>
    public async Task<bool> RemoveAsync(SlackTenant tenant, CancellationToken cancellationToken)
    {
        _cache.TryRemove(tenant.TenantId, out _);
        var removed = await store.DeleteInstallAsync(ChannelId, tenant.TenantId, cancellationToken);
        Log.Removed(logger, tenant.TenantId, removed);
        return removed;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "The stored Slack token of {TenantId} cannot be decrypted (Data Protection keys changed?); the workspace must reinstall SalesBot")]
        public static partial void Undecryptable(ILogger logger, string tenantId);

        [LoggerMessage(2, LogLevel.Information, "SalesBot was installed in Slack {TenantId} (enterprise {EnterpriseId})")]
        public static partial void Installed(ILogger logger, string tenantId, string? enterpriseId);

        [LoggerMessage(3, LogLevel.Information, "SalesBot was uninstalled from Slack {TenantId}; install deleted: {Removed}")]
        public static partial void Removed(ILogger logger, string tenantId, bool removed);
    }
}
