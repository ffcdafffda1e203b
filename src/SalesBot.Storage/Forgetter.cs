using SalesBot.Core.Conversations;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage;

/// <summary>
/// Deletes data for good, inside the caller's transaction: a deal with everything under it, everything of one owner
/// ("forget me"), or closed deals past the retention period.
/// </summary>
internal sealed class Forgetter(SqlSession session)
{
    /// <summary>The tables that hang off a deal (deal_id), deleted before the deal itself: history and pending nudges.</summary>
    private static readonly string[] DealChildren = ["answers", "touches", "deal_events", "nudges"];

    public async Task ForgetDealsAsync(Owner owner, IReadOnlyList<string> dealIds, CancellationToken cancellationToken)
    {
        if (dealIds.Count == 0)
        {
            return;
        }

        var ids = dealIds.Distinct(StringComparer.Ordinal).ToArray();
        await DealOwnership.EnsureAsync(session, owner, ids, "; nothing was deleted.", cancellationToken);
        await DeleteDealsAsync(session.Dialect.InList("id", "@ids"), [("@ids", ids)], cancellationToken);
    }

    public async Task ForgetOwnerAsync(Owner owner, CancellationToken cancellationToken)
    {
        (string, object?)[] args = [("@TenantId", owner.TenantId), ("@UserId", owner.UserId)];
        await DeleteDealsAsync("tenant_id = @TenantId AND user_id = @UserId", args, cancellationToken);
        await ExecuteAsync("DELETE FROM user_profiles WHERE tenant_id = @TenantId AND user_id = @UserId", args, cancellationToken);
        await ExecuteAsync("DELETE FROM channel_addresses WHERE tenant_id = @TenantId AND user_id = @UserId", args, cancellationToken);
        await ExecuteAsync("DELETE FROM nudges WHERE tenant_id = @TenantId AND user_id = @UserId", args, cancellationToken);
        await ExecuteAsync("DELETE FROM live_questions WHERE tenant_id = @TenantId AND user_id = @UserId", args, cancellationToken);

        // Conversation keys start with the owner's escaped tenant and user (ConversationKey): a plain prefix match, no LIKE escaping.
        await ExecuteAsync(
            "DELETE FROM conversation_states WHERE substr(conversation_key, 1, length(@prefix)) = @prefix",
            [("@prefix", ConversationKey.OwnerPrefix(owner))],
            cancellationToken);
    }

    public Task<int> PurgeClosedAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken) =>
        DeleteDealsAsync("status <> 'open' AND updated_at < @cutoff", [("@cutoff", closedBefore)], cancellationToken);

    /// <summary>Deletes the deals matching <paramref name="where"/> (a condition on the deals table) and their children.</summary>
    private async Task<int> DeleteDealsAsync(string where, (string, object?)[] args, CancellationToken cancellationToken)
    {
        foreach (var table in DealChildren)
        {
            await ExecuteAsync($"DELETE FROM {table} WHERE deal_id IN (SELECT id FROM deals WHERE {where})", args, cancellationToken);
        }

        return await ExecuteAsync($"DELETE FROM deals WHERE {where}", args, cancellationToken);
    }

    private Task<int> ExecuteAsync(string sql, (string, object?)[] args, CancellationToken cancellationToken) =>
        session.ExecuteAsync(sql, args, cancellationToken);
}
