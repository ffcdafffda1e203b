using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Testing;
using Microsoft.Extensions.Time.Testing;
using SalesBot.Core.Conversations;
using SalesBot.Core.Diagnostics;
using SalesBot.Dialogs.Conversation;
using SalesBot.Testing;

namespace SalesBot.Dialogs.Tests.Conversation;

/// <summary>One turn: a log scope with its turn id, and one count and one duration with the outcome.</summary>
public sealed class TurnTelemetryTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().AddSingleton<SalesBotMetrics>().BuildServiceProvider();
    private readonly MeterListener _listener = new();
    private readonly List<(string Instrument, double Value, Dictionary<string, object?> Tags)> _measurements = [];
    private readonly FakeLogger _logger = new();
    private readonly FakeTimeProvider _time = TestClock.Create();

    public TurnTelemetryTests()
    {
        var factory = _services.GetRequiredService<IMeterFactory>();
        _listener.InstrumentPublished = (instrument, listener) =>
        {
            if (ReferenceEquals(instrument.Meter.Scope, factory))
            {
                listener.EnableMeasurementEvents(instrument);
            }
        };
        _listener.SetMeasurementEventCallback<long>((i, v, tags, _) => Record(i, v, tags));
        _listener.SetMeasurementEventCallback<double>((i, v, tags, _) => Record(i, v, tags));
        _listener.Start();
    }

    private SalesBotMetrics Metrics => _services.GetRequiredService<SalesBotMetrics>();

    private static Turn Turn(string channel = "msteams") => new() { ChannelId = channel, ConversationId = "c1", Owner = new Owner("t1", "u1"), Text = "deals" };

    [Fact]
    public void FinishedTurn_IsCompleted_AndLogsInsideItsScopeCarryTheTurnId()
    {
        string turnId;
        using (var telemetry = TurnTelemetry.Begin(Metrics, _logger, Turn(), _time))
        {
            turnId = telemetry.TurnId;
            _logger.LogInformation("inside the turn");
            telemetry.Finish(0);
        }

        _logger.LogInformation("after the turn");

        Assert.Equal(16, turnId.Length);
        Assert.Equal(turnId, ScopeFields(Logged("inside the turn"))["TurnId"]);
        Assert.Equal("msteams", ScopeFields(Logged("inside the turn"))["ChannelId"]);
        Assert.False(ScopeFields(Logged("after the turn")).ContainsKey("TurnId"));
        var count = Assert.Single(_measurements, m => m.Instrument == "salesbot.turns");
        Assert.Equal("completed", count.Tags["outcome"]);
        Assert.Equal("msteams", count.Tags["channel"]);
        Assert.Single(_measurements, m => m.Instrument == "salesbot.turn.duration" && (string?)m.Tags["outcome"] == "completed");
    }

    [Fact]
    public void TurnMarkedRecovered_KeepsThatOutcome_EvenThoughItFinished()
    {
        using (var telemetry = TurnTelemetry.Begin(Metrics, _logger, Turn(), _time))
        {
            TurnTelemetry.Current!.Mark(TurnOutcome.Recovered);
            telemetry.Finish(0);
        }

        Assert.Equal("recovered", Assert.Single(_measurements, m => m.Instrument == "salesbot.turns").Tags["outcome"]);
        Assert.Null(TurnTelemetry.Current);
    }

    [Fact]
    public void TurnThatThrows_IsCountedAsAnError()
    {
        Assert.Throws<InvalidOperationException>(FailingTurn);

        var count = Assert.Single(_measurements, m => m.Instrument == "salesbot.turns");
        Assert.Equal("error", count.Tags["outcome"]);
        Assert.Equal("slack", count.Tags["channel"]);
    }

    private void FailingTurn()
    {
        using var telemetry = TurnTelemetry.Begin(Metrics, _logger, Turn("slack"), _time);
        throw new InvalidOperationException("store down");
    }

    [Theory]
    [InlineData("msteams", "msteams")]
    [InlineData("Mixed-Case", "other")]
    [InlineData("a-channel-id-that-is-far-too-long-to-be-a-tag", "other")]
    [InlineData("evil\"label", "other")]
    public void ChannelTags_AreBounded(string channel, string tag)
    {
        using (TurnTelemetry.Begin(Metrics, _logger, Turn(channel), _time).Also(t => t.Finish(0)))
        {
        }

        Assert.Equal(tag, Assert.Single(_measurements, m => m.Instrument == "salesbot.turns").Tags["channel"]);
    }

    [Fact]
    public void NudgesAndRejections_AreCountedWithTheirTags()
    {
        Metrics.NudgeSent("slack");
        Metrics.NudgeFailed("msteams", "unreachable");
        Metrics.AuthRejected("teams", "forbidden");

        Assert.Equal("slack", Assert.Single(_measurements, m => m.Instrument == "salesbot.nudges.sent").Tags["channel"]);
        Assert.Equal("unreachable", Assert.Single(_measurements, m => m.Instrument == "salesbot.nudges.failed").Tags["reason"]);
        Assert.Equal("forbidden", Assert.Single(_measurements, m => m.Instrument == "salesbot.auth.rejections").Tags["reason"]);
    }

    public void Dispose()
    {
        _listener.Dispose();
        _services.Dispose();
    }

    private void Record(Instrument instrument, double value, ReadOnlySpan<KeyValuePair<string, object?>> tags)
    {
        lock (_measurements)
        {
            _measurements.Add((instrument.Name, value, tags.ToArray().ToDictionary(t => t.Key, t => t.Value)));
        }
    }

    private FakeLogRecord Logged(string message) => _logger.Collector.GetSnapshot().Single(e => e.Message == message);

    /// <summary>The fields of the scopes that were open when the record was written (an inner scope's field wins).</summary>
    private static Dictionary<string, object?> ScopeFields(FakeLogRecord record)
    {
        var fields = new Dictionary<string, object?>();
        foreach (var scope in record.Scopes.Reverse())
        {
            if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
            {
                foreach (var (key, value) in pairs)
                {
                    fields.TryAdd(key, value);
                }
            }
        }

        return fields;
    }
}

internal static class TelemetryTestExtensions
{
    public static TurnTelemetry Also(this TurnTelemetry telemetry, Action<TurnTelemetry> act)
    {
        act(telemetry);
        return telemetry;
    }
}
