using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text.Json.Nodes;
using Xunit.Abstractions;

namespace SalesBot.Host.Tests.Slack;

/// <summary>
/// A sanity bound on acknowledgements while Slack itself is slow: every request is answered long before the work behind it
/// is done. The real numbers (p99 under load) belong to bench/; this prints what it measured.
/// </summary>
public sealed class SlackAckLatencyTests(ITestOutputHelper output)
{
    private static readonly TimeSpan SlowSlack = TimeSpan.FromMilliseconds(300);

    [Fact]
    public async Task WithASlowSlackApi_CommandsEventsAndClicksAreAllAcknowledgedFarInsideThreeSeconds_WithoutWaitingForTheWork()
    {
        await using var host = await SlackHost.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackHost.SigningSecret,
            ["Slack:BotToken"] = SlackHost.BotToken,
            ["Logging:LogLevel:Default"] = "Warning",
        });
        host.Slack.Delay = SlowSlack;
        var users = Enumerable.Range(0, 10).Select(_ => host.User()).ToList();
        for (var i = 0; i < 5; i++)
        {
            (await users[i].CommandAsync("help")).Dispose();
        }

        var timings = new List<(string Kind, double Ms)>();
        for (var round = 0; round < 20; round++)
        {
            var user = users[round % users.Count];
            timings.Add(("command", await TimeAsync(() => user.CommandAsync("deals"))));
            timings.Add(("event", await TimeAsync(() => user.DmAsync("deals"))));
            timings.Add(("click", await TimeAsync(() => user.ClickHomeAsync("run_command", "deals"))));
        }

        var workStillRunning = host.Queue.Accepted - host.Queue.Finished;
        var sorted = timings.Select(t => t.Ms).Order().ToList();
        var summary = string.Format(CultureInfo.InvariantCulture,
            "Slack ack latency over {0} requests (Slack API answering in {1} ms): p50 {2:F1} ms, p95 {3:F1} ms, p99 {4:F1} ms, max {5:F1} ms; {6} jobs still queued or running when the last ack arrived",
            sorted.Count, SlowSlack.TotalMilliseconds, Percentile(sorted, 50), Percentile(sorted, 95), Percentile(sorted, 99), sorted[^1], workStillRunning);
        output.WriteLine(summary);
        foreach (var kind in timings.GroupBy(t => t.Kind))
        {
            output.WriteLine(string.Format(CultureInfo.InvariantCulture, "  {0}: p50 {1:F1} ms, max {2:F1} ms", kind.Key, Percentile(kind.Select(t => t.Ms).Order().ToList(), 50), kind.Max(t => t.Ms)));
        }

        Assert.True(sorted[^1] < 1000, summary);
        Assert.True(Percentile(sorted, 50) < SlowSlack.TotalMilliseconds, summary);
        Assert.True(workStillRunning > 0, "The work should still be going on when the acks are all back: " + summary);
        await host.IdleAsync(TimeSpan.FromSeconds(120));
        Assert.Equal(60, host.Slack.Of("chat.postMessage").Count(p => users.Any(u => u.Dm == p.Channel) && p.AllText.Contains("No deals yet", StringComparison.Ordinal)));
    }

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> send)
    {
        var clock = Stopwatch.StartNew();
        using var response = await send();
        await response.Content.ReadAsByteArrayAsync();
        clock.Stop();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static double Percentile(List<double> sorted, int percent) =>
        sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(percent / 100.0 * sorted.Count) - 1)];
}
