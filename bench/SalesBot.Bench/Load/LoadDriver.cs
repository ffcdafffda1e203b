using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;

namespace SalesBot.Bench.Load;

/// <summary>
/// N virtual users, each a loop of conversations: send, read the reply, answer what it asks, until the conversation ends.
/// A turn counts as good when the server answered 200 with the reply the policy expected; anything else is an error
/// (non-200, no response, unexpected reply) and ends that conversation.
/// </summary>
internal sealed class LoadDriver(BotClient client, int users)
{
    public int Users => users;

    public BotClient Client => client;

    public async Task<LoadWindow> RunAsync(Uri messages, IReplyPolicy policy, LoadShape shape, CancellationToken cancellationToken)
    {
        var state = new WindowState(shape, Stopwatch.StartNew());
        var tasks = Enumerable.Range(0, users).Select(user => Task.Run(() => UserAsync(messages, policy, state, user, cancellationToken), cancellationToken));
        await Task.WhenAll(tasks);
        state.Clock.Stop();
        return new LoadWindow(
            state.Clock.Elapsed,
            new Percentiles(state.Latencies.SelectMany(list => list)),
            state.GoodTurns,
            Math.Min(state.Started, shape.Conversations ?? long.MaxValue),
            state.Completed,
            state.Errors.ToDictionary(e => e.Key, e => e.Value),
            state.Samples.ToList());
    }

    /// <summary>Runs one conversation with one user and returns every message sent; the probe that checks the target before load.</summary>
    public async Task<(IReadOnlyList<string> Sent, string? Problem)> ProbeAsync(Uri messages, IReplyPolicy policy, string tag, CancellationToken cancellationToken)
    {
        var sent = new List<string>();
        var text = "qualify Prospect-probe";
        for (var turn = 0; turn < 50; turn++)
        {
            sent.Add(text);
            var result = await client.SendAsync(messages, $"{tag}-conversation", $"{tag}-user", text, cancellationToken);
            if (result.Failure is not null || result.Status != HttpStatusCode.OK)
            {
                return (sent, $"turn {turn} ('{text}'): {result.Failure ?? "HTTP " + (int)result.Status}");
            }

            var outcome = policy.Read(result.Body, turn);
            if (outcome.Problem is not null)
            {
                return (sent, outcome.Problem);
            }

            if (outcome.Done)
            {
                return (sent, null);
            }

            text = outcome.Next!;
        }

        return (sent, "no verdict after 50 turns");
    }

    private async Task UserAsync(Uri messages, IReplyPolicy policy, WindowState state, int user, CancellationToken cancellationToken)
    {
        var latencies = new List<double>(8192);
        state.Latencies.Add(latencies);
        long good = 0;
        var pace = state.Shape.Pace;
        var nextStart = pace is { } first ? state.Clock.Elapsed + first * user / users : TimeSpan.Zero;
        while (!state.Over && !cancellationToken.IsCancellationRequested)
        {
            var n = Interlocked.Increment(ref state.Started);
            if (n > (state.Shape.Conversations ?? long.MaxValue))
            {
                break;
            }

            var conversation = $"{state.Shape.Tag}-c{user}-{n}";
            var from = $"{state.Shape.Tag}-u{user}-{n}";
            var text = $"qualify Prospect-{n}";
            for (var turn = 0; ; turn++)
            {
                if (turn > 0 && state.Over)
                {
                    break; // the window closed mid-conversation: abandon it, it is neither good nor an error
                }

                if (pace is { } interval)
                {
                    var wait = nextStart - state.Clock.Elapsed;
                    if (wait > TimeSpan.Zero)
                    {
                        await Task.Delay(wait, cancellationToken);
                    }

                    nextStart = TimeSpan.FromTicks(Math.Max(nextStart.Ticks, state.Clock.Elapsed.Ticks - interval.Ticks)) + interval;
                    if (state.Over)
                    {
                        break;
                    }
                }

                var result = await client.SendAsync(messages, conversation, from, text, cancellationToken);
                latencies.Add(result.Elapsed.TotalMilliseconds);
                if (result.Failure is not null)
                {
                    state.Error("no response", result.Failure);
                    break;
                }

                if (result.Status != HttpStatusCode.OK)
                {
                    state.Error($"HTTP {(int)result.Status}", $"HTTP {(int)result.Status} for '{text}'");
                    break;
                }

                var outcome = policy.Read(result.Body, turn);
                if (outcome.Problem is not null)
                {
                    state.Error("unexpected reply", outcome.Problem);
                    break;
                }

                good++;
                if (outcome.Done || turn + 1 >= (state.Shape.TurnsPerConversation ?? int.MaxValue))
                {
                    Interlocked.Increment(ref state.Completed);
                    break;
                }

                text = outcome.Next!;
            }
        }

        Interlocked.Add(ref state.GoodTurns, good);
    }

    private sealed class WindowState(LoadShape shape, Stopwatch clock)
    {
        public long Started;
        public long Completed;
        public long GoodTurns;

        public LoadShape Shape { get; } = shape;

        public Stopwatch Clock { get; } = clock;

        public ConcurrentBag<List<double>> Latencies { get; } = [];

        public ConcurrentDictionary<string, long> Errors { get; } = new();

        public ConcurrentQueue<string> Samples { get; } = new();

        public bool Over => Shape.Duration is { } duration && Clock.Elapsed >= duration;

        public void Error(string kind, string sample)
        {
            Errors.AddOrUpdate(kind, 1, (_, count) => count + 1);
            if (Samples.Count < 5)
            {
                Samples.Enqueue(sample);
            }
        }
    }
}
