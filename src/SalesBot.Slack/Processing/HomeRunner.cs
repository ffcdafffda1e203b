using Microsoft.Extensions.Logging;
using SalesBot.Core.Channels;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs;
using SalesBot.Dialogs.Conversation;
using SalesBot.Dialogs.Localization;
using SalesBot.Dialogs.Pipeline;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Installs;

namespace SalesBot.Slack.Processing;

/// <summary>
/// app_home_opened: the Home tab gets the user's pipeline (views.publish) in their language (see <see cref="SlackLanguage"/>);
/// the first visit to the Messages tab gets the welcome.
/// </summary>
internal sealed partial class HomeRunner(
    SlackInstalls installs,
    PipelineReader pipeline,
    UserDirectory users,
    IChannelStore channels,
    TurnPipeline turns,
    ReplyDelivery delivery,
    WebApi.ISlackApi api,
    TimeProvider time,
    SlackLanguage language,
    ILogger<HomeRunner> logger,
    PlaybookLanguages? playbooks = null)
{
    public async Task RunAsync(HomeJob job, CancellationToken cancellationToken)
    {
        if (await installs.FindAsync(job.Tenant, cancellationToken) is not { } install)
        {
            Log.NoInstall(logger, job.Tenant.TenantId);
            return;
        }

        var owner = new Owner(job.Tenant.TenantId, job.UserId);
        if (job.Tab == "home")
        {
            var locale = await language.OfAsync(job.Tenant, job.UserId, install.BotToken, cancellationToken);
            using var culture = BotCulture.Use(locale ?? PlaybookLanguages.English);
            var deals = playbooks is null
                ? await pipeline.ReadAsync(owner, cancellationToken)
                : await pipeline.ReadAsync(owner, playbooks.For(locale), cancellationToken);
            await api.PublishHomeAsync(install.BotToken, job.UserId, HomeView.Build(deals, time.GetUtcNow()), cancellationToken);
            return;
        }

        if (job.Tab == "messages" && job.ChannelId is { Length: > 0 } dm
            && await channels.GetAddressAsync(owner, SlackChannel.Id, cancellationToken) is null)
        {
            var (_, address) = await users.EnsureAsync(job.Tenant, job.UserId, dm, install.BotToken, cancellationToken);
            await channels.SaveAddressAsync(address, cancellationToken);
            var welcome = turns.Welcome(await language.OfAsync(job.Tenant, job.UserId, install.BotToken, cancellationToken));
            await delivery.DeliverAsync(install.BotToken, owner, dm, welcome, cancellationToken);
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "No Slack install for {TenantId}; App Home not published")]
        public static partial void NoInstall(ILogger logger, string tenantId);
    }
}
