using SalesBot.Core.Conversations;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage;

/// <summary>The one check that deals named by a write belong to the writer; run inside the write's transaction.</summary>
internal static class DealOwnership
{
    /// <summary>Throws <see cref="UnauthorizedAccessException"/> unless every deal in <paramref name="dealIds"/> is a deal of <paramref name="owner"/>.</summary>
    public static async Task EnsureAsync(SqlSession session, Owner owner, IEnumerable<string> dealIds, string refusal, CancellationToken cancellationToken)
    {
        var ids = dealIds.Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        var owned = await session.QueryStringsAsync(
            $"SELECT id FROM deals WHERE tenant_id = @TenantId AND user_id = @UserId AND {session.Dialect.InList("id", "@Ids")}",
            [("@TenantId", owner.TenantId), ("@UserId", owner.UserId), ("@Ids", ids)],
            cancellationToken);
        if (ids.Except(owned, StringComparer.Ordinal).FirstOrDefault() is { } missing)
        {
            throw new UnauthorizedAccessException($"Deal {missing} is not a deal of {owner}{refusal}");
        }
    }
}
