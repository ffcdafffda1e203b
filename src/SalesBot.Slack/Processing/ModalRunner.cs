using SalesBot.Core.Playbooks;
using SalesBot.Dialogs;
using SalesBot.Dialogs.Localization;
using SalesBot.Slack.BlockKit;
using SalesBot.Slack.Installs;
using SalesBot.Slack.WebApi;

namespace SalesBot.Slack.Processing;

/// <summary>Opens the "Start coaching" modal (views.open) for the button's trigger, in the user's language (see <see cref="SlackLanguage"/>).</summary>
internal sealed class ModalRunner(SlackInstalls installs, Playbook playbook, ISlackApi api, SlackLanguage language, PlaybookLanguages? playbooks = null)
{
    public async Task RunAsync(OpenModalJob job, CancellationToken cancellationToken)
    {
        if (await installs.FindAsync(job.Tenant, cancellationToken) is { } install)
        {
            var locale = await language.OfAsync(job.Tenant, job.UserId, install.BotToken, cancellationToken);
            using var culture = BotCulture.Use(locale ?? PlaybookLanguages.English);
            await api.OpenViewAsync(install.BotToken, job.TriggerId, StartFlowModal.Build(playbooks?.For(locale) ?? playbook), cancellationToken);
        }
    }
}
