namespace SalesBot.Bench.Load;

/// <summary>
/// What the virtual users do: keep starting conversations until <see cref="Duration"/> is over or
/// <see cref="Conversations"/> have been started, each running to its end or for at most <see cref="TurnsPerConversation"/> turns.
/// <see cref="Tag"/> makes every conversation and user id unique to this run and window.
/// Without <see cref="Pace"/> the users never wait (a closed loop: the next turn goes out when the reply is in); with it,
/// each user starts a turn at most once per <see cref="Pace"/>, like a person reading the reply and typing the next answer,
/// and the users' first turns are spread over one pace.
/// </summary>
internal sealed record LoadShape(string Tag, TimeSpan? Duration = null, long? Conversations = null, int? TurnsPerConversation = null, TimeSpan? Pace = null);
