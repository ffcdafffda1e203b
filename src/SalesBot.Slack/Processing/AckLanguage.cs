using Microsoft.Extensions.Logging;
using SalesBot.Core.Conversations;
using SalesBot.Core.Users;
using SalesBot.Dialogs.Conversation;
using SalesBot.Slack.Installs;

namespace SalesBot.Slack.Processing;

/// <summary>
/// The language of what SalesBot answers in a Slack acknowledgement (the "see your DM", "busy", "too long" notes, a
/// modal's errors), resolved like a turn's (<see cref="UserLanguage"/>): the stored <c>settings language</c>, else the
/// Slack locale saved with the user's address on an earlier turn, else what this instance saw in users.info, else the
/// request's own hint, else English. One indexed store read and no call to Slack, so it holds on every instance and
/// after a restart and keeps the ack fast; a store that cannot answer leaves the note in English rather than failing the ack.
/// </summary>
internal sealed partial class AckLanguage(IUserLocaleStore locales, UserDirectory users, ILogger<AckLanguage> logger)
{
    public async Task<string> OfAsync(SlackTenant tenant, string userId, string? hint, CancellationToken cancellationToken)
    {
        var stored = UserLocales.None;
        try
        {
            stored = await locales.GetLocalesAsync(new Owner(tenant.TenantId, userId), SlackChannel.Id, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            Log.ReadFailed(logger, ex.GetType().Name);
        }

        return UserLanguage.Of(stored.Chosen, stored.Channel, users.KnownLocale(tenant, userId), hint);
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Reading the user's language for a Slack acknowledgement failed ({Error}); answering in English")]
        public static partial void ReadFailed(ILogger logger, string error);
    }
}
