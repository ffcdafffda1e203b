using SalesBot.Core.Conversations;

namespace SalesBot.Core.Users;

/// <summary>
/// The user's stored language hints in one indexed read, for what a channel answers before a turn runs (a Slack
/// acknowledgement must go out within 3 s and makes no other call).
/// </summary>
public interface IUserLocaleStore
{
    /// <summary>The chosen language and the locale of the user's address on <paramref name="channelId"/>; nulls when none is stored.</summary>
    Task<UserLocales> GetLocalesAsync(Owner owner, string channelId, CancellationToken cancellationToken);
}
