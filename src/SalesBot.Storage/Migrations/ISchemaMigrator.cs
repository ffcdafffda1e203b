namespace SalesBot.Storage.Migrations;

/// <summary>Brings a provider's schema up to the newest embedded migration.</summary>
internal interface ISchemaMigrator
{
    Task MigrateAsync(CancellationToken cancellationToken);
}
