namespace SalesBot.Storage;

/// <summary>Where SalesBot keeps its data (<c>Storage:Provider</c>).</summary>
public enum StorageProvider
{
    /// <summary>One SQLite file: zero configuration, one instance.</summary>
    Sqlite,

    /// <summary>A PostgreSQL database shared by several instances.</summary>
    Postgres,
}
