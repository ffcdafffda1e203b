using SalesBot.Core.Playbooks;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Installs;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Processing;

/// <summary>Opens the "Start coaching" modal (views.open) for the button's trigger.</summary>
internal sealed class ModalRunner(SlackInstalls installs, Playbook playbook, ISlackApi api)
{
    public async Task RunAsync(OpenModalJob job, CancellationToken cancellationToken)
    {
        if (await installs.FindAsync(job.Tenant, cancellationToken) is { } install)
        {
            await api.OpenViewAsync(install.BotToken, job.TriggerId, StartFlowModal.Build(playbook), cancellationToken);
        }
    }
}
