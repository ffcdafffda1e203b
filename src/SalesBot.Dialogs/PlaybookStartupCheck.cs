using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace SalesBot.Dialogs;

/// <summary>
/// Loads the playbook and its translations when the host starts, so an invalid one stops start-up with its error;
/// what a translation leaves in English is logged as a warning.
/// </summary>
internal sealed partial class PlaybookStartupCheck(IServiceProvider services, ILogger<PlaybookStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _ = services.GetService(typeof(Playbook));
        var languages = services.GetRequiredService<PlaybookLanguages>();
        foreach (var warning in languages.Warnings)
        {
            LogTranslationWarning(logger, warning);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(1, LogLevel.Warning, "Playbook translation: {Warning}")]
    private static partial void LogTranslationWarning(ILogger logger, string warning);
}
