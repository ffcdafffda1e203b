namespace SalesBot.Bench.Load;

/// <summary>
/// What the virtual users do: keep starting conversations until <see cref="Duration"/> is over or
/// <see cref="Conversations"/> have been started, each running to its end or for at most <see cref="TurnsPerConversation"/> turns.
/// <see cref="Tag"/> makes every conversation and user id unique to this run and window.
/// </summary>
internal sealed record LoadShape(string Tag, TimeSpan? Duration = null, long? Conversations = null, int? TurnsPerConversation = null);
