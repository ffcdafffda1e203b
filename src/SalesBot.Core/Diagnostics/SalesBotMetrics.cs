using System.Diagnostics;
using System.Diagnostics.Metrics;

namespace SalesBot.Core.Diagnostics;

/// <summary>
/// The "SalesBot" meter: turns and their latency, nudges sent and failed, rejected requests. Every layer records
/// through this one type; the host exposes the instruments (Prometheus text at /metrics). Tag values are kept short
/// and bounded (see <see cref="MetricTag"/>) so a caller cannot grow the number of series.
/// </summary>
public sealed class SalesBotMetrics
{
    public const string MeterName = "SalesBot";

    private readonly Counter<long> _turns;
    private readonly Histogram<double> _turnDuration;
    private readonly Counter<long> _nudgesSent;
    private readonly Counter<long> _nudgesFailed;
    private readonly Counter<long> _authRejections;

    public SalesBotMetrics(IMeterFactory meterFactory)
    {
        var meter = meterFactory.Create(MeterName);
        _turns = meter.CreateCounter<long>("salesbot.turns", "{turn}", "Turns the turn pipeline finished, by channel and outcome.");
        _turnDuration = meter.CreateHistogram<double>(
            "salesbot.turn.duration",
            "ms",
            "How long the turn pipeline took for one turn, store included.",
            tags: null,
            advice: new InstrumentAdvice<double> { HistogramBucketBoundaries = [1, 2.5, 5, 10, 25, 50, 100, 250, 500, 1000, 2500, 5000, 10000] });
        _nudgesSent = meter.CreateCounter<long>("salesbot.nudges.sent", "{nudge}", "Nudges delivered to a user, by channel.");
        _nudgesFailed = meter.CreateCounter<long>("salesbot.nudges.failed", "{nudge}", "Nudges that could not be delivered, by channel and reason.");
        _authRejections = meter.CreateCounter<long>("salesbot.auth.rejections", "{request}", "Requests refused by a channel's authentication, by channel and reason.");
    }

    /// <summary>One finished turn: <paramref name="outcome"/> is a <see cref="TurnOutcome"/> in lower case.</summary>
    public void TurnCompleted(string channel, string outcome, TimeSpan duration)
    {
        var tags = new TagList { { "channel", MetricTag.Clean(channel) }, { "outcome", MetricTag.Clean(outcome) } };
        _turns.Add(1, tags);
        _turnDuration.Record(duration.TotalMilliseconds, tags);
    }

    /// <summary>A nudge reached the user on <paramref name="channel"/>.</summary>
    public void NudgeSent(string channel) =>
        _nudgesSent.Add(1, new KeyValuePair<string, object?>("channel", MetricTag.Clean(channel)));

    /// <summary>A nudge could not be delivered; <paramref name="reason"/> is a short fixed word such as "unreachable" or "error".</summary>
    public void NudgeFailed(string channel, string reason) =>
        _nudgesFailed.Add(1, new KeyValuePair<string, object?>("channel", MetricTag.Clean(channel)), new KeyValuePair<string, object?>("reason", MetricTag.Clean(reason)));

    /// <summary>A request was refused before anything was done with it (bad token, bad signature, ...).</summary>
    public void AuthRejected(string channel, string reason) =>
        _authRejections.Add(1, new KeyValuePair<string, object?>("channel", MetricTag.Clean(channel)), new KeyValuePair<string, object?>("reason", MetricTag.Clean(reason)));
}
