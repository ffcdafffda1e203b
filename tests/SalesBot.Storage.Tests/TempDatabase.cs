using Microsoft.Data.Sqlite;

namespace SalesBot.Storage.Tests;

/// <summary>A real SQLite file in its own temp folder; the folder is deleted on dispose.</summary>
internal sealed class TempDatabase : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("salesbot-storage-tests-");

    public string Path => System.IO.Path.Combine(_folder.FullName, "salesbot.db");

    public string ConnectionString => $"Data Source={Path}";

    /// <summary>Closes the pooled connections to the file, as a process exit would.</summary>
    public void ReleaseConnections()
    {
        using var connection = new SqliteConnection(ConnectionString);
        SqliteConnection.ClearPool(connection);
    }

    public void Dispose()
    {
        ReleaseConnections();
        _folder.Delete(recursive: true);
    }
}
