using SalesBot.Core.Conversations;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage;

/// <summary>
/// Deletes data for good, added to the caller's batch inside its transaction: a deal with everything under it,
/// everything of one owner ("forget me"), or closed deals past the retention period.
/// </summary>
internal sealed class Forgetter(SqlBatch batch, SqlDialect sql)
{
    /// <summary>The tables that hang off a deal (deal_id), deleted before the deal itself: history and pending nudges.</summary>
    private static readonly string[] DealChildren = ["answers", "touches", "deal_events", "nudges"];

    public void ForgetDeals(Owner owner, IReadOnlyList<string> dealIds)
    {
        if (dealIds.Count == 0)
        {
            return;
        }

        var ids = dealIds.Distinct(StringComparer.Ordinal).ToArray();
        DealOwnership.Ensure(batch, sql, owner, ids, "; nothing was deleted.");
        DeleteDeals(sql.InList("id", "@ids"), [("@ids", ids)]);
    }

    public void ForgetOwner(Owner owner)
    {
        (string, object?)[] args = [("@TenantId", owner.TenantId), ("@UserId", owner.UserId)];
        DeleteDeals("tenant_id = @TenantId AND user_id = @UserId", args);
        batch.Add("DELETE FROM user_profiles WHERE tenant_id = @TenantId AND user_id = @UserId", args);
        batch.Add("DELETE FROM channel_addresses WHERE tenant_id = @TenantId AND user_id = @UserId", args);
        batch.Add("DELETE FROM nudges WHERE tenant_id = @TenantId AND user_id = @UserId", args);
        batch.Add("DELETE FROM live_questions WHERE tenant_id = @TenantId AND user_id = @UserId", args);

        // Conversation keys start with the owner's escaped tenant and user (ConversationKey): a plain prefix match, no LIKE escaping.
        batch.Add(
            "DELETE FROM conversation_states WHERE substr(conversation_key, 1, length(@prefix)) = @prefix",
            [("@prefix", ConversationKey.OwnerPrefix(owner))]);
    }

    /// <summary>Deletes the closed deals last changed before <paramref name="closedBefore"/>; <paramref name="deleted"/> learns how many.</summary>
    public void PurgeClosed(DateTimeOffset closedBefore, Action<long> deleted) =>
        DeleteDeals("status <> 'open' AND updated_at < @cutoff", [("@cutoff", closedBefore)], deleted);

    /// <summary>Deletes the deals matching <paramref name="where"/> (a condition on the deals table) and their children.</summary>
    private void DeleteDeals(string where, (string, object?)[] args, Action<long>? deleted = null)
    {
        foreach (var table in DealChildren)
        {
            batch.Add($"DELETE FROM {table} WHERE deal_id IN (SELECT id FROM deals WHERE {where})", args);
        }

        batch.Add($"DELETE FROM deals WHERE {where}", args, rows =>
        {
            deleted?.Invoke(rows);
            return null;
        });
    }
}
