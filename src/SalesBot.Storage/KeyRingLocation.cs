using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SalesBot.Storage.Postgres;

namespace SalesBot.Storage;

/// <summary>
/// The one place that says where the Data Protection key ring lives (the keys that encrypt stored Slack bot tokens and
/// sign export links): the configured keys folder when there is one (<see cref="StorageOptions.KeysFolder"/>; then every
/// instance must share it), else the PostgreSQL database, shared by every instance, else ASP.NET Core's default folder.
/// </summary>
internal sealed class KeyRingLocation(IOptions<StorageOptions> storage, IServiceProvider services, ILoggerFactory logs)
    : IConfigureOptions<KeyManagementOptions>
{
    public void Configure(KeyManagementOptions options)
    {
        if (storage.Value.KeysFolder is { Length: > 0 } folder)
        {
            options.XmlRepository = new FileSystemXmlRepository(Directory.CreateDirectory(folder), logs);
        }
        else if (storage.Value.Kind == StorageProvider.Postgres)
        {
            options.XmlRepository = services.GetRequiredService<PostgresXmlRepository>();
        }
    }
}
