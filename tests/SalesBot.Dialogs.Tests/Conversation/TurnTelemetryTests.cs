using System.Diagnostics.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
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
    private readonly ScopeLogger _logger = new();
    private readonly FakeTimeProvider _time = new();

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
        Assert.Equal(turnId, _logger.Entries.Single(e => e.Message == "inside the turn").Scopes["TurnId"]);
        Assert.Equal("msteams", _logger.Entries.Single(e => e.Message == "inside the turn").Scopes["ChannelId"]);
        Assert.False(_logger.Entries.Single(e => e.Message == "after the turn").Scopes.ContainsKey("TurnId"));
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

    /// <summary>Keeps every entry with the fields of the scopes open when it was written.</summary>
    private sealed class ScopeLogger : ILogger
    {
        private readonly AsyncLocal<ImmutableScopes?> _scopes = new();

        public List<(string Message, Dictionary<string, object?> Scopes)> Entries { get; } = [];

        public IDisposable BeginScope<TState>(TState state)
            where TState : notnull
        {
            var outer = _scopes.Value;
            _scopes.Value = new ImmutableScopes(state, outer);
            return new Pop(() => _scopes.Value = outer);
        }

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            var fields = new Dictionary<string, object?>();
            for (var scope = _scopes.Value; scope is not null; scope = scope.Outer)
            {
                if (scope.State is IEnumerable<KeyValuePair<string, object?>> pairs)
                {
                    foreach (var (key, value) in pairs)
                    {
                        fields.TryAdd(key, value);
                    }
                }
            }

            Entries.Add((formatter(state, exception), fields));
        }

        private sealed record ImmutableScopes(object State, ImmutableScopes? Outer);

        private sealed class Pop(Action pop) : IDisposable
        {
            public void Dispose() => pop();
        }
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
