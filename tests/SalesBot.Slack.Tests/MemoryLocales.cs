using System.Collections.Concurrent;
using SalesBot.Core.Conversations;
using SalesBot.Core.Users;

namespace SalesBot.Slack.Tests;

/// <summary>The store's language hints in memory (what a turn committed earlier, on any instance), counting the reads.</summary>
internal sealed class MemoryLocales : IUserLocaleStore
{
    private readonly ConcurrentDictionary<(Owner, string), UserLocales> _stored = new();
    private int _reads;

    public int Reads => Volatile.Read(ref _reads);

    /// <summary>Set to make every read fail as an unreachable database does.</summary>
    public Exception? Failure { get; set; }

    public void Store(Owner owner, string channelId, string? chosen, string? channelLocale) => _stored[(owner, channelId)] = new UserLocales(chosen, channelLocale);

    public Task<UserLocales> GetLocalesAsync(Owner owner, string channelId, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _reads);
        return Failure is { } failure
            ? Task.FromException<UserLocales>(failure)
            : Task.FromResult(_stored.TryGetValue((owner, channelId), out var locales) ? locales : UserLocales.None);
    }
}
