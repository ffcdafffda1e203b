using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using SalesBot.Core.Channels;
using SalesBot.Core.Nudges;
using SalesBot.Core.Storage;
using SalesBot.Storage.Migrations;
using SalesBot.Storage.Postgres;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISalesBotStore"/> and <see cref="IChannelStore"/> of the configured provider
    /// (<c>Storage:Provider</c> = Sqlite | Postgres, <c>ConnectionStrings:SalesBot</c>) and a hosted service that brings
    /// the schema up to date while the host starts, before the web server takes requests. With PostgreSQL, the
    /// Data Protection key ring also lives in the database, so every instance shares it.
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
        services.AddSingleton(sp => new SqliteConnectionFactory(Options(sp).ConnectionString));
        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton<SqliteSalesBotStore>();
        services.AddSingleton<SqliteNudgeStore>();
        services.AddSingleton<SqliteChannelStore>();
        services.AddSingleton<SqliteInboxStore>();
        services.AddSingleton<SqliteLiveQuestionStore>();
        services.AddSingleton<SqliteMigrator>();

        // Created only when the provider is Postgres; the container disposes it (and its pool) at shutdown.
        services.AddSingleton(sp => NpgsqlDataSource.Create(Options(sp).ConnectionString));
        services.AddSingleton<PostgresSalesBotStore>();
        services.AddSingleton<PostgresNudgeStore>();
        services.AddSingleton<PostgresChannelStore>();
        services.AddSingleton<PostgresInboxStore>();
        services.AddSingleton<PostgresLiveQuestionStore>();
        services.AddSingleton<PostgresMigrator>();
        services.AddSingleton<PostgresXmlRepository>();

        // The provider is picked when first resolved, from the validated options, so every configuration source counts.
        services.AddSingleton<ISalesBotStore>(sp =>
            new TracedSalesBotStore(Pick<ISalesBotStore, SqliteSalesBotStore, PostgresSalesBotStore>(sp), Options(sp).Kind));
        services.AddSingleton<INudgeStore>(sp => Pick<INudgeStore, SqliteNudgeStore, PostgresNudgeStore>(sp));
        services.AddSingleton<IChannelStore>(sp => Pick<IChannelStore, SqliteChannelStore, PostgresChannelStore>(sp));
        services.AddSingleton<IInboxStore>(sp => Pick<IInboxStore, SqliteInboxStore, PostgresInboxStore>(sp));
        services.AddSingleton<ILiveQuestionStore>(sp => Pick<ILiveQuestionStore, SqliteLiveQuestionStore, PostgresLiveQuestionStore>(sp));
        services.AddSingleton<ISchemaMigrator>(sp => Pick<ISchemaMigrator, SqliteMigrator, PostgresMigrator>(sp));
        services.AddHostedService<MigrateOnStartService>();

        services.AddOptions<KeyManagementOptions>().Configure<IOptions<StorageOptions>, IServiceProvider>((keys, storage, sp) =>
        {
            if (storage.Value.Kind == StorageProvider.Postgres)
            {
                keys.XmlRepository = sp.GetRequiredService<PostgresXmlRepository>();
            }
        });
        return services;
    }

    private static StorageOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;

    private static TService Pick<TService, TSqlite, TPostgres>(IServiceProvider services)
        where TSqlite : TService
        where TPostgres : TService
        where TService : notnull =>
        Options(services).Kind == StorageProvider.Postgres
            ? services.GetRequiredService<TPostgres>()
            : services.GetRequiredService<TSqlite>();
}
