using System.Diagnostics;
using Microsoft.Extensions.Logging;
using SalesBot.Core.Diagnostics;

namespace SalesBot.Dialogs.Conversation;

/// <summary>
/// Wraps one turn: a logging scope with a fresh turn id and the channel (inside the request's own scope, which carries
/// ASP.NET Core's RequestId), the "turn" span (<see cref="TurnTracing"/>) with the same id, and on dispose one <c>salesbot.turns</c> count and one <c>salesbot.turn.duration</c>
/// measurement. The outcome is <see cref="TurnOutcome.Error"/> unless the turn reached <see cref="Finish{T}"/>;
/// code deeper in the turn can mark it through <see cref="Current"/>.
/// </summary>
public sealed partial class TurnTelemetry : IDisposable
{
    /// <summary>The span attribute naming the turn: the same id as the turn's log scope.</summary>
    private const string TurnIdAttribute = "salesbot.turn.id";
    private const string ChannelAttribute = "salesbot.channel";
    private const string OutcomeAttribute = "salesbot.turn.outcome";

    private static readonly AsyncLocal<TurnTelemetry?> CurrentTurn = new();

    private readonly SalesBotMetrics? _metrics;
    private readonly ILogger _logger;
    private readonly TimeProvider _time;
    private readonly string _channel;
    private readonly long _started;
    private readonly IDisposable? _scope;
    private readonly TurnTelemetry? _outer;
    private readonly Activity? _activity;
    private TurnOutcome? _outcome;
    private bool _disposed;

    private TurnTelemetry(SalesBotMetrics? metrics, ILogger logger, Turn turn, TimeProvider time)
    {
        _metrics = metrics;
        _logger = logger;
        _time = time;
        _channel = turn.ChannelId;
        TurnId = Guid.NewGuid().ToString("N")[..16];
        _scope = logger.BeginScope(new TurnLogScope(TurnId, turn.ChannelId));
        _activity = TurnTracing.Source.StartActivity("turn")
            ?.SetTag(TurnIdAttribute, TurnId)
            .SetTag(ChannelAttribute, turn.ChannelId);
        _started = time.GetTimestamp();
        _outer = CurrentTurn.Value;
        CurrentTurn.Value = this;
    }

    /// <summary>The turn being processed on this async flow, if any.</summary>
    public static TurnTelemetry? Current => CurrentTurn.Value;

    /// <summary>The id in every log entry written during this turn.</summary>
    public string TurnId { get; }

    /// <summary>The outcome recorded when the turn ends; null while none is set.</summary>
    public TurnOutcome? Outcome => _outcome;

    public static TurnTelemetry Begin(SalesBotMetrics? metrics, ILogger logger, Turn turn, TimeProvider time) =>
        new(metrics, logger, turn, time);

    /// <summary>Sets the outcome (the first one set wins).</summary>
    public void Mark(TurnOutcome outcome) => _outcome ??= outcome;

    /// <summary>The turn returned normally: <see cref="TurnOutcome.Completed"/> unless marked otherwise.</summary>
    public T Finish<T>(T result)
    {
        Mark(TurnOutcome.Completed);
        return result;
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }

        _disposed = true;
        CurrentTurn.Value = _outer;
        var outcome = _outcome ?? TurnOutcome.Error;
        var tag = outcome.ToString().ToLowerInvariant();
        var elapsed = _time.GetElapsedTime(_started);
        _metrics?.TurnCompleted(_channel, tag, elapsed);
        Log.TurnEnded(_logger, tag, elapsed.TotalMilliseconds);
        if (_activity is not null)
        {
            _activity.SetTag(OutcomeAttribute, tag);
            if (outcome == TurnOutcome.Error)
            {
                _activity.SetStatus(ActivityStatusCode.Error);
            }

            _activity.Dispose();
        }

        _scope?.Dispose();
    }

    private static partial class Log
    {
        [LoggerMessage(100, LogLevel.Debug, "Turn ended: {Outcome} in {ElapsedMs:F1} ms")]
        public static partial void TurnEnded(ILogger logger, string outcome, double elapsedMs);
    }
}
