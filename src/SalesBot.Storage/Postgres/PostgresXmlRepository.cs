using System.Xml.Linq;
using Dapper;
using Microsoft.AspNetCore.DataProtection.Repositories;
using Npgsql;

namespace SalesBot.Storage.Postgres;

/// <summary>
/// The ASP.NET Core Data Protection key ring in PostgreSQL, so every instance protects and unprotects with the same
/// keys (Slack bot tokens protected by one instance are read by another). The key manager calls this synchronously.
/// The keys are as secret as the protected data: keep the database private.
/// </summary>
internal sealed class PostgresXmlRepository(NpgsqlDataSource dataSource) : IXmlRepository
{
    public IReadOnlyCollection<XElement> GetAllElements()
    {
        using var connection = dataSource.OpenConnection();
        return connection.Query<string>("SELECT xml FROM data_protection_keys ORDER BY created_at, name")
            .Select(xml => XElement.Parse(xml))
            .ToList();
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        ArgumentNullException.ThrowIfNull(element);
        var name = string.IsNullOrWhiteSpace(friendlyName) ? Guid.NewGuid().ToString() : friendlyName;
        using var connection = dataSource.OpenConnection();
        connection.Execute(
            "INSERT INTO data_protection_keys (name, xml) VALUES (@name, @xml) ON CONFLICT (name) DO UPDATE SET xml = excluded.xml",
            new { name, xml = element.ToString(SaveOptions.DisableFormatting) });
    }
}
