using SalesBot.Slack.Installs;

namespace SalesBot.Slack.Processing;

/// <summary>app_uninstalled / tokens_revoked: the install and its token are deleted.</summary>
internal sealed class UninstallRunner(SlackInstalls installs)
{
    public Task RunAsync(UninstallJob job, CancellationToken cancellationToken) => installs.RemoveAsync(job.Tenant, cancellationToken);
}
