using System.ComponentModel.DataAnnotations;
using Npgsql;

namespace SalesBot.Storage;

/// <summary>
/// The "Storage" configuration section. The connection string is not read from this section
/// but from <c>ConnectionStrings:SalesBot</c>, the place hosting platforms put it.
/// </summary>
public sealed class StorageOptions : IValidatableObject
{
    public const string SectionName = "Storage";
    public const string ConnectionStringName = "SalesBot";
    public const string Sqlite = "Sqlite";
    public const string Postgres = "Postgres";
    public const string DefaultConnectionString = "Data Source=salesbot.db";

    /// <summary>The setting of <see cref="KeysFolder"/>: named after Slack, the first to keep protected secrets.</summary>
    public const string KeysFolderKey = "Slack:KeysFolder";

    /// <summary>"Sqlite" (the embedded default) or "Postgres" (also "PostgreSQL"), in any case.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>From <c>ConnectionStrings:SalesBot</c>; a <c>salesbot.db</c> file in the working folder when absent.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "ConnectionStrings:SalesBot is empty; remove it to use the default or give a connection string.")]
    public string ConnectionString { get; internal set; } = DefaultConnectionString;

    /// <summary>
    /// From <c>Slack:KeysFolder</c>: where ASP.NET Core Data Protection keeps the keys that encrypt stored bot tokens and
    /// sign export links, instead of the database (PostgreSQL) or its default (~/.aspnet/DataProtection-Keys). Keep it on
    /// persistent, private storage, shared by every instance: without the keys, installs must be redone.
    /// </summary>
    public string? KeysFolder { get; internal set; }

    /// <summary><see cref="Provider"/> as the enum; only meaningful once the options validated.</summary>
    public StorageProvider Kind => TryParseProvider(Provider) ?? StorageProvider.Sqlite;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var kind = TryParseProvider(Provider);
        if (kind is null)
        {
            yield return new ValidationResult(
                $"Storage:Provider '{Provider}' is not supported; use '{Sqlite}' (one SQLite file, the default) or '{Postgres}' (a shared PostgreSQL database).",
                [nameof(Provider)]);
        }
        else if (kind == StorageProvider.Postgres && PostgresProblem(ConnectionString) is { } problem)
        {
            yield return new ValidationResult(
                $"Storage:Provider is '{Postgres}' but ConnectionStrings:SalesBot {problem} " +
                "Give a PostgreSQL connection string, e.g. 'Host=db.example.com;Database=salesbot;Username=salesbot;Password=...'.",
                [nameof(ConnectionString)]);
        }
    }

    private static StorageProvider? TryParseProvider(string? provider) => provider?.Trim().ToUpperInvariant() switch
    {
        "SQLITE" => StorageProvider.Sqlite,
        "POSTGRES" or "POSTGRESQL" => StorageProvider.Postgres,
        _ => null,
    };

    private static string? PostgresProblem(string? connectionString)
    {
        if (string.IsNullOrWhiteSpace(connectionString) || connectionString == DefaultConnectionString)
        {
            return "is not set (the default names a SQLite file).";
        }

        try
        {
            var builder = new NpgsqlConnectionStringBuilder(connectionString);
            return string.IsNullOrWhiteSpace(builder.Host) ? "names no Host." : null;
        }
        catch (Exception ex) when (ex is ArgumentException or FormatException or InvalidCastException)
        {
            // The message of the parser, never the connection string itself: it may hold a password.
            return $"cannot be read: {ex.Message}";
        }
    }
}
