using Microsoft.Extensions.Hosting;

namespace SalesBot.Storage.Migrations;

/// <summary>
/// Migrates in <see cref="StartingAsync"/>, which the host runs before any hosted service's StartAsync,
/// so the schema is ready before the web server takes its first request.
/// </summary>
internal sealed class MigrateOnStartService(ISchemaMigrator migrator) : IHostedLifecycleService
{
    public Task StartingAsync(CancellationToken cancellationToken) => migrator.MigrateAsync(cancellationToken);

    public Task StartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StartedAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppingAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StoppedAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
