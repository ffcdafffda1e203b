using Microsoft.Data.Sqlite;

namespace SalesBot.Storage.Sqlite;

/// <summary>One writer's work waiting in <see cref="SqliteWriteGate"/>'s queue, whatever its result type.</summary>
internal interface IGroupedWrite
{
    /// <summary>Claims the work for a group; false when it was withdrawn (its writer was cancelled while waiting).</summary>
    bool TryTake();

    /// <summary>Runs the work; its exception is kept for <see cref="Complete"/> and thrown on.</summary>
    Task RunAsync(SqlitePreparedConnection prepared, SqliteTransaction transaction);

    /// <summary>After the group's commit (<paramref name="groupFailure"/> null) or its failure: the work's own outcome, else the group's.</summary>
    void Complete(Exception? groupFailure);
}
