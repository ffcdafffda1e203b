using Microsoft.Extensions.Hosting;
using SalesBot.Core.Playbooks;

namespace SalesBot.Dialogs;

/// <summary>Loads the playbook when the host starts, so an invalid one stops start-up with its error.</summary>
internal sealed class PlaybookStartupCheck(IServiceProvider services) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetService(typeof(Playbook));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
