using Dapper;
using Npgsql;
using SalesBot.Core.Conversations;

namespace SalesBot.Storage.Postgres;

/// <summary>
/// Deletes data for good, inside the caller's transaction: a deal with everything under it, everything of one owner
/// ("forget me"), or closed deals past the retention period. The same deletions as on SQLite.
/// </summary>
internal sealed class PostgresForgetter(NpgsqlConnection connection, NpgsqlTransaction transaction)
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
        var owned = (await connection.QueryAsync<string>(new CommandDefinition(
            "SELECT id FROM deals WHERE tenant_id = @TenantId AND user_id = @UserId AND id = ANY(@ids)",
            new { owner.TenantId, owner.UserId, ids },
            transaction,
            cancellationToken: cancellationToken))).ToList();
        if (ids.Except(owned, StringComparer.Ordinal).FirstOrDefault() is { } missing)
        {
            throw new UnauthorizedAccessException($"Deal {missing} is not a deal of {owner}; nothing was deleted.");
        }

        await DeleteDealsAsync("id = ANY(@ids)", new { ids }, cancellationToken);
    }

    public async Task ForgetOwnerAsync(Owner owner, CancellationToken cancellationToken)
    {
        var args = new { owner.TenantId, owner.UserId };
        await DeleteDealsAsync("tenant_id = @TenantId AND user_id = @UserId", args, cancellationToken);
        await ExecuteAsync("DELETE FROM user_profiles WHERE tenant_id = @TenantId AND user_id = @UserId", args, cancellationToken);
        await ExecuteAsync("DELETE FROM channel_addresses WHERE tenant_id = @TenantId AND user_id = @UserId", args, cancellationToken);
        await ExecuteAsync("DELETE FROM nudges WHERE tenant_id = @TenantId AND user_id = @UserId", args, cancellationToken);
        await ExecuteAsync("DELETE FROM live_questions WHERE tenant_id = @TenantId AND user_id = @UserId", args, cancellationToken);

        // Conversation keys start with the owner's escaped tenant and user (ConversationKey): a plain prefix match, no LIKE escaping.
        await ExecuteAsync(
            "DELETE FROM conversation_states WHERE starts_with(conversation_key, @prefix)",
            new { prefix = ConversationKey.OwnerPrefix(owner) },
            cancellationToken);
    }

    public Task<int> PurgeClosedAsync(DateTimeOffset closedBefore, CancellationToken cancellationToken) =>
        DeleteDealsAsync("status <> 'open' AND updated_at < @cutoff", new { cutoff = PostgresValues.Utc(closedBefore) }, cancellationToken);

    /// <summary>Deletes the deals matching <paramref name="where"/> (a condition on the deals table) and their children.</summary>
    private async Task<int> DeleteDealsAsync(string where, object args, CancellationToken cancellationToken)
    {
        foreach (var table in DealChildren)
        {
            await ExecuteAsync($"DELETE FROM {table} WHERE deal_id IN (SELECT id FROM deals WHERE {where})", args, cancellationToken);
        }

        return await ExecuteAsync($"DELETE FROM deals WHERE {where}", args, cancellationToken);
    }

    private Task<int> ExecuteAsync(string sql, object args, CancellationToken cancellationToken) =>
        connection.ExecuteAsync(new CommandDefinition(sql, args, transaction, cancellationToken: cancellationToken));
}
