using System.Text;

namespace SalesBot.Core.Conversations;

/// <summary>
/// The key of one user's dialog state in one conversation: tenant, user, channel and conversation, each with <c>\</c>
/// written <c>\\</c> and <c>|</c> written <c>\|</c>, joined by <c>|</c>. No two different id tuples give the same key
/// (user <c>b|c</c> in conversation <c>a</c> is not user <c>c</c> in conversation <c>a|b</c>), and the owner comes
/// first, so <see cref="OwnerPrefix"/> selects exactly one owner's keys with a plain prefix comparison.
/// </summary>
public static class ConversationKey
{
    public static string For(Owner owner, string channelId, string conversationId)
    {
        var key = new StringBuilder(owner.TenantId.Length + owner.UserId.Length + channelId.Length + conversationId.Length + 8);
        Append(key, owner.TenantId).Append('|');
        Append(key, owner.UserId).Append('|');
        Append(key, channelId).Append('|');
        return Append(key, conversationId).ToString();
    }

    /// <summary>What every key of <paramref name="owner"/> starts with, and no key of anyone else.</summary>
    public static string OwnerPrefix(Owner owner)
    {
        var prefix = new StringBuilder(owner.TenantId.Length + owner.UserId.Length + 4);
        Append(prefix, owner.TenantId).Append('|');
        return Append(prefix, owner.UserId).Append('|').ToString();
    }

    private static StringBuilder Append(StringBuilder key, string part)
    {
        foreach (var c in part)
        {
            if (c is '\\' or '|')
            {
                key.Append('\\');
            }

            key.Append(c);
        }

        return key;
    }
}
