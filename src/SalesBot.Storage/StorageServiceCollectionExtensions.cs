using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using SalesBot.Core.Channels;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;
using SalesBot.Storage.Migrations;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISalesBotStore"/> and a hosted service that brings the schema up to date
    /// while the host starts, before the web server takes requests.
    /// </summary>
    public static IServiceCollection AddSalesBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Configure(options => options.ConnectionString =
                configuration.GetConnectionString(StorageOptions.ConnectionStringName) ?? StorageOptions.DefaultConnectionString)
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new SqliteConnectionFactory(sp.GetRequiredService<IOptions<StorageOptions>>().Value.ConnectionString));
        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton<ISalesBotStore, SqliteSalesBotStore>();
        services.AddSingleton<INudgeStore, SqliteNudgeStore>();
        services.AddSingleton<IChannelStore, SqliteChannelStore>();
        services.AddSingleton<ISchemaMigrator, SqliteMigrator>();
        services.AddHostedService<MigrateOnStartService>();
        return services;
    }
}
