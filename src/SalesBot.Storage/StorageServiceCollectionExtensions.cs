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
using SalesBot.Storage.Sql;
using SalesBot.Storage.Sqlite;

namespace SalesBot.Storage;

public static class StorageServiceCollectionExtensions
{
    /// <summary>
    /// Registers <see cref="ISalesBotStore"/>, <see cref="INudgeStore"/> and <see cref="IChannelStore"/> over the configured
    /// database (<c>Storage:Provider</c> = Sqlite | Postgres, <c>ConnectionStrings:SalesBot</c>), a hosted service that
    /// brings the schema up to date while the host starts, before the web server takes requests, and ASP.NET Core Data
    /// Protection with its key ring where <see cref="KeyRingLocation"/> says (with PostgreSQL, in the database, so every
    /// instance shares it), and the "sqlite" readiness check (<see cref="SqliteFileHealthCheck"/>).
    /// </summary>
    public static IServiceCollection AddSalesBotStorage(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<StorageOptions>()
            .Bind(configuration.GetSection(StorageOptions.SectionName))
            .Configure(options =>
            {
                options.ConnectionString = configuration.GetConnectionString(StorageOptions.ConnectionStringName) ?? StorageOptions.DefaultConnectionString;
                options.KeysFolder = configuration[StorageOptions.KeysFolderKey];
            })
            .ValidateDataAnnotations()
            .ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);

        // Created only for the configured provider; the container disposes them (and their pools) at shutdown.
        services.AddSingleton(sp => new SqliteConnectionFactory(Options(sp).ConnectionString));
        services.AddSingleton<SqliteWriteGate>();
        services.AddSingleton(sp => NpgsqlDataSource.Create(Options(sp).ConnectionString));
        services.AddSingleton<PostgresXmlRepository>();

        // The provider is picked when first resolved, from the validated options, so every configuration source counts.
        services.AddSingleton<SqlDialect>(sp => Options(sp).Kind == StorageProvider.Postgres
            ? new PostgresDialect(sp.GetRequiredService<NpgsqlDataSource>())
            : new SqliteDialect(sp.GetRequiredService<SqliteConnectionFactory>(), sp.GetRequiredService<SqliteWriteGate>()));
        services.AddSingleton<SalesBotStore>();
        services.AddSingleton<ISalesBotStore>(sp => new TracedSalesBotStore(sp.GetRequiredService<SalesBotStore>(), Options(sp).Kind));
        services.AddSingleton<INudgeStore, NudgeStore>();
        services.AddSingleton<IChannelStore, ChannelStore>();
        services.AddSingleton<SalesBot.Core.Users.IUserLocaleStore, UserLocaleStore>();
        services.AddSingleton<IInboxStore, InboxStore>();
        services.AddSingleton<ILiveQuestionStore, LiveQuestionStore>();
        services.AddSingleton<ISchemaMigrator, SchemaMigrator>();
        services.AddHostedService<MigrateOnStartService>();
        services.AddHostedService<SqliteCheckpointer>();
        services.AddHealthChecks().AddCheck<SqliteFileHealthCheck>(SqliteFileHealthCheck.Name, tags: ["ready"]);

        services.AddDataProtection();
        services.AddSingleton<IConfigureOptions<KeyManagementOptions>, KeyRingLocation>();
        return services;
    }

    private static StorageOptions Options(IServiceProvider services) => services.GetRequiredService<IOptions<StorageOptions>>().Value;
}
