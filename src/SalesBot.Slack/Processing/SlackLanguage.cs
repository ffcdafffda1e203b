using SalesBot.Core.Conversations;
using SalesBot.Core.Storage;
using SalesBot.Slack.Installs;

namespace SalesBot.Slack.Processing;

/// <summary>
/// The language of what SalesBot shows a Slack user outside a turn (the App Home, the "Start coaching" modal): the one
/// they chose with <c>settings language</c>, else their Slack locale (users.info), else English.
/// </summary>
internal sealed class SlackLanguage(ISalesBotStore store, UserDirectory users)
{
    public async Task<string?> OfAsync(SlackTenant tenant, string userId, string token, CancellationToken cancellationToken)
    {
        var profile = await store.GetProfileAsync(new Owner(tenant.TenantId, userId), cancellationToken);
        return profile?.Locale ?? await users.LocaleAsync(tenant, userId, token, cancellationToken);
    }
}
