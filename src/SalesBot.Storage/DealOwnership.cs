using SalesBot.Core.Conversations;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage;

/// <summary>The one check that deals named by a write belong to the writer; run inside the write's transaction.</summary>
internal static class DealOwnership
{
    /// <summary>
    /// Adds the check to <paramref name="batch"/>: it throws <see cref="UnauthorizedAccessException"/> unless every deal in
    /// <paramref name="dealIds"/> is a deal of <paramref name="owner"/>. It comes before the writes it guards, so its
    /// refusal is what the caller sees, and the transaction undoes whatever ran.
    /// </summary>
    public static void Ensure(SqlBatch batch, SqlDialect sql, Owner owner, IEnumerable<string> dealIds, string refusal)
    {
        var ids = dealIds.Distinct(StringComparer.Ordinal).ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        // The rows are the named deals that are not the owner's.
        batch.Add(
            $"SELECT named.value FROM ({sql.ListValues("@Ids")}) AS named " +
            "WHERE NOT EXISTS (SELECT 1 FROM deals d WHERE d.id = named.value AND d.tenant_id = @TenantId AND d.user_id = @UserId)",
            [("@TenantId", owner.TenantId), ("@UserId", owner.UserId), ("@Ids", ids)],
            foreign => foreign == 0 ? null : new UnauthorizedAccessException(
                $"Not every deal of [{string.Join(", ", ids)}] is a deal of {owner}{refusal}"));
    }
}
