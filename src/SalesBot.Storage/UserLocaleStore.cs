using SalesBot.Core.Conversations;
using SalesBot.Core.Users;
using SalesBot.Storage.Sql;

namespace SalesBot.Storage;

/// <summary>The profile's and the address's locale of one user in one statement: two primary-key lookups, one round trip.</summary>
internal sealed class UserLocaleStore(SqlDialect sql) : IUserLocaleStore
{
    private const string Query =
        "SELECT (SELECT locale FROM user_profiles WHERE tenant_id = @TenantId AND user_id = @UserId), " +
        "(SELECT locale FROM channel_addresses WHERE tenant_id = @TenantId AND user_id = @UserId AND channel_id = @ChannelId)";

    public async Task<UserLocales> GetLocalesAsync(Owner owner, string channelId, CancellationToken cancellationToken) =>
        (await sql.QueryAsync(
            Query,
            [("@TenantId", owner.TenantId), ("@UserId", owner.UserId), ("@ChannelId", channelId)],
            row => new UserLocales(row.TextOrNull(0), row.TextOrNull(1)),
            cancellationToken)).SingleOrDefault() ?? UserLocales.None;
}
