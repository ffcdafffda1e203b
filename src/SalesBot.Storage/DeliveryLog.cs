using SalesBot.Storage.Sql;

namespace SalesBot.Storage;

/// <summary>
/// The handled deliveries of the channels (<c>channel_deliveries</c>): a new id is inserted, an id last seen more than
/// <see cref="DeliveryMemory.Span"/> ago counts as new again. The primary key decides between instances: the second
/// insert of one id waits for the first transaction, then finds the row and changes nothing.
/// </summary>
internal static class DeliveryLog
{
    /// <summary>Records the delivery; false when it was handled before. When <paramref name="prune"/>, old marks go first.</summary>
    public static async Task<bool> TryRecordAsync(
        SqlSession session, string channelId, string deliveryId, DateTimeOffset receivedAt, bool prune, CancellationToken cancellationToken)
    {
        var recorded = false;
        var batch = new SqlBatch();
        Record(batch, channelId, deliveryId, receivedAt, prune, isNew =>
        {
            recorded = isNew;
            return null;
        });
        await batch.RunAsync(session, cancellationToken);
        return recorded;
    }

    /// <summary>
    /// Adds the record of the delivery to <paramref name="batch"/>; <paramref name="check"/> learns whether it was new
    /// (false: handled before) and says what to throw. When <paramref name="prune"/>, old marks go first.
    /// </summary>
    public static void Record(
        SqlBatch batch, string channelId, string deliveryId, DateTimeOffset receivedAt, bool prune, Func<bool, Exception?> check)
    {
        var cutoff = receivedAt - DeliveryMemory.Span;
        if (prune)
        {
            batch.Add("DELETE FROM channel_deliveries WHERE received_at < @cutoff", [("@cutoff", cutoff)]);
        }

        batch.Add(
            "INSERT INTO channel_deliveries (channel_id, delivery_id, received_at) VALUES (@channelId, @deliveryId, @at) " +
            "ON CONFLICT (channel_id, delivery_id) DO UPDATE SET received_at = excluded.received_at WHERE channel_deliveries.received_at < @cutoff",
            [("@channelId", channelId), ("@deliveryId", deliveryId), ("@at", receivedAt), ("@cutoff", cutoff)],
            rows => check(rows == 1));
    }

    /// <summary>Whether any of <paramref name="deliveryIds"/> was recorded within the memory span: one statement for them all.</summary>
    public static async Task<bool> IsRecordedAsync(
        SqlSession session, string channelId, IReadOnlyList<string> deliveryIds, DateTimeOffset now, CancellationToken cancellationToken) =>
        await session.ScalarAsync(IsRecordedSql(session.Dialect), IsRecordedArgs(channelId, deliveryIds, now), cancellationToken) is not null;

    /// <summary>The query of <see cref="IsRecordedAsync"/>: a row when one of the ids is recorded.</summary>
    public static string IsRecordedSql(SqlDialect dialect) =>
        $"SELECT 1 FROM channel_deliveries WHERE channel_id = @channelId AND {dialect.InList("delivery_id", "@deliveryIds")} " +
        "AND received_at >= @cutoff LIMIT 1";

    public static (string, object?)[] IsRecordedArgs(string channelId, IReadOnlyList<string> deliveryIds, DateTimeOffset now) =>
        [("@channelId", channelId), ("@deliveryIds", deliveryIds as string[] ?? [.. deliveryIds]), ("@cutoff", now - DeliveryMemory.Span)];
}
