using System.ComponentModel.DataAnnotations;

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
    public const string DefaultConnectionString = "Data Source=salesbot.db";

    /// <summary>"Sqlite" (the embedded default). PostgreSQL is planned and not available yet.</summary>
    public string Provider { get; set; } = Sqlite;

    /// <summary>From <c>ConnectionStrings:SalesBot</c>; a <c>salesbot.db</c> file in the working folder when absent.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "ConnectionStrings:SalesBot is empty; remove it to use the default or give a connection string.")]
    public string ConnectionString { get; internal set; } = DefaultConnectionString;

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (!string.Equals(Provider, Sqlite, StringComparison.OrdinalIgnoreCase))
        {
            yield return new ValidationResult(
                $"Storage:Provider '{Provider}' is not supported; use '{Sqlite}'. PostgreSQL support is planned but not available yet.",
                [nameof(Provider)]);
        }
    }
}
