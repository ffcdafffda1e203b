using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using SalesBot.Testing;

namespace SalesBot.Host.Tests.Slack;

/// <summary>
/// Socket Mode against a fake Slack WebSocket server on loopback: envelopes acked by envelope_id and answered, reconnects when
/// Slack asks, when the socket drops, and when the ping watchdog finds a connection silently dead.
/// </summary>
public sealed class SlackSocketModeTests
{
    private const string AppToken = "xapp-1-A0SALESBOT-e2e-app-token";
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task EventCommandAndClick_OverTheWebSocket_AreAckedByEnvelopeId_AndAnsweredThroughTheWebApi()
    {
        await using var host = await StartAsync();
        var socket = await host.Slack.NextSocketAsync();
        var user = host.User();

        await socket.SendAsync(Envelope("env-1", "events_api", user.DmEvent("qualify Acme")));
        Assert.Equal("""{"envelope_id":"env-1"}""", (await socket.ReceiveAsync()).ToJsonString());
        var question = await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Channel == user.Dm && c.Buttons.Count > 0, "the first question");
        Assert.Contains("Question 1 of 10 in Qualify for Acme", question.AllText, StringComparison.Ordinal);

        var click = user.Interaction(question.Buttons[0], new JsonObject { ["type"] = "message", ["channel_id"] = user.Dm, ["message_ts"] = question.Ts });
        click["message"] = new JsonObject { ["ts"] = question.Ts, ["text"] = question.Str("text"), ["blocks"] = question.Blocks.DeepClone() };
        await socket.SendAsync(Envelope("env-2", "interactive", click));
        Assert.Equal("env-2", (await socket.ReceiveAsync())["envelope_id"]!.GetValue<string>());
        await host.Slack.WaitForAsync(c => c.Method == "chat.update" && c.Str("ts") == question.Ts, "the answered question's update");
        await socket.SendAsync(Envelope("env-3", "slash_commands", new JsonObject
        {
            ["team_id"] = user.TeamId, ["user_id"] = user.UserId, ["channel_id"] = "C0SALES", ["command"] = "/salesbot", ["text"] = "status",
        }, acceptsPayload: true));
        var commandAck = await socket.ReceiveAsync();
        Assert.Equal("env-3", commandAck["envelope_id"]!.GetValue<string>());
        Assert.Equal("ephemeral", commandAck["payload"]!["response_type"]!.GetValue<string>());

        await host.IdleAsync();

        var deal = Assert.Single(await host.Store.ListDealsAsync(user.Owner, Ct));
        Assert.Equal("yes", Assert.Single(await host.Store.GetAnswersAsync(user.Owner, deal.Id, Ct)).Value);
        Assert.All(host.Slack.Of("apps.connections.open"), c => Assert.Equal(AppToken, c.Token));
        Assert.All(host.Slack.Of("chat.postMessage"), c => Assert.Equal(SlackHost.BotToken, c.Token));
        Assert.DoesNotContain(host.Logs.Lines(), l => l.Contains(AppToken, StringComparison.Ordinal) || l.Contains(SlackHost.BotToken, StringComparison.Ordinal));
    }

    [Fact]
    public async Task RetriedEnvelopeOfTheSameEvent_IsAckedAgain_ButHandledOnce()
    {
        await using var host = await StartAsync();
        var socket = await host.Slack.NextSocketAsync();
        var user = host.User();
        var callback = user.DmEvent("deals");

        await socket.SendAsync(Envelope("env-a", "events_api", callback));
        await socket.SendAsync(Envelope("env-b", "events_api", callback, retryAttempt: 1));

        Assert.Equal("env-a", (await socket.ReceiveAsync())["envelope_id"]!.GetValue<string>());
        Assert.Equal("env-b", (await socket.ReceiveAsync())["envelope_id"]!.GetValue<string>());
        await host.IdleAsync();
        Assert.Single(host.Slack.Of("chat.postMessage"), p => p.Channel == user.Dm);
    }

    [Fact]
    public async Task SlackAsksToReconnect_ThenTheSocketDrops_EachTimeANewConnectionIsOpenedAndWorks()
    {
        await using var host = await StartAsync();
        var first = await host.Slack.NextSocketAsync();

        await first.SendAsync(new JsonObject { ["type"] = "disconnect", ["reason"] = "refresh_requested" });
        var second = await host.Slack.NextSocketAsync();
        await AssertServesAsync(host, second, "env-2");

        second.Abort();
        var third = await host.Clock.AdvanceUntilDoneAsync(host.Slack.NextSocketAsync(), TimeSpan.FromMilliseconds(100)); // the reconnect back-off is on the host's clock
        await AssertServesAsync(host, third, "env-3");

        Assert.Equal([1, 2, 3], new[] { first.Number, second.Number, third.Number });
        Assert.Equal(3, host.Slack.Of("apps.connections.open").Count);
    }

    [Fact]
    public async Task ConnectionThatGoesSilent_IsDetectedByThePingWatchdog_AndReplaced()
    {
        await using var host = await StartAsync(new()
        {
            ["Slack:SocketMode:PingInterval"] = "00:00:00.200",
            ["Slack:SocketMode:PingTimeout"] = "00:00:00.500",
        }, silentFirst: true);
        var silent = await host.Slack.NextSocketAsync();
        Assert.True(silent.Silent);
        var clock = Stopwatch.StartNew();

        var replacement = await host.Clock.AdvanceUntilDoneAsync(host.Slack.NextSocketAsync(TimeSpan.FromSeconds(10)), TimeSpan.FromMilliseconds(100));

        Assert.Equal(2, replacement.Number);
        Assert.True(clock.Elapsed < TimeSpan.FromSeconds(8), $"The silent connection was replaced after {clock.Elapsed.TotalSeconds:F1} s.");
        await AssertServesAsync(host, replacement, "env-after-watchdog");
    }

    [Fact]
    public async Task WithoutASigningSecret_HttpRequestsAreRefused_EvenSignedWithAnEmptyKey_AndNothingIsStored()
    {
        await using var host = await StartAsync();
        var user = host.User();
        var acceptedBefore = host.Queue.Accepted;

        using var command = await SlackUser.SignedPost(host, "api/slack/commands",
            SlackUser.Form(new Dictionary<string, string> { ["team_id"] = user.TeamId, ["user_id"] = user.UserId, ["channel_id"] = user.Dm, ["text"] = "qualify Acme" }),
            "application/x-www-form-urlencoded", secret: "");
        using var ev = await SlackUser.SignedPost(host, "api/slack/events", user.DmEvent("qualify Acme").ToJsonString(), "application/json", secret: "");
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.Unauthorized, command.StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, ev.StatusCode);
        Assert.Equal(acceptedBefore, host.Queue.Accepted);
        Assert.Empty(await host.Store.ListDealsAsync(user.Owner, Ct));
        Assert.DoesNotContain(host.Slack.Calls, c => c.Channel == user.Dm);
        Assert.Contains(host.Logs.Lines(), l => l.Contains("signature check NoSigningSecret", StringComparison.Ordinal));
    }

    private static async Task AssertServesAsync(SlackHost host, FakeSlackSocket socket, string envelopeId)
    {
        var user = host.User();
        await socket.SendAsync(Envelope(envelopeId, "events_api", user.DmEvent("deals")));
        Assert.Equal(envelopeId, (await socket.ReceiveAsync())["envelope_id"]!.GetValue<string>());
        var reply = await host.Slack.WaitForAsync(c => c.Method == "chat.postMessage" && c.Channel == user.Dm, $"the reply to {envelopeId}");
        Assert.Contains("No deals yet", reply.AllText, StringComparison.Ordinal);
    }

    private static async Task<SlackHost> StartAsync(Dictionary<string, string?>? extra = null, bool silentFirst = false)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Slack:AppToken"] = AppToken,
            ["Slack:BotToken"] = SlackHost.BotToken,
            ["Slack:SocketMode:ReconnectDelay"] = "00:00:00.050",
            ["Slack:SocketMode:MaxReconnectDelay"] = "00:00:00.500",
        };
        foreach (var (key, value) in extra ?? [])
        {
            settings[key] = value;
        }

        var host = await SlackHost.StartAsync(settings, slack =>
        {
            if (silentFirst)
            {
                slack.SilentSockets[1] = true;
            }
        });
        return host;
    }

    private static JsonObject Envelope(string id, string type, JsonObject payload, bool acceptsPayload = false, int retryAttempt = 0) => new()
    {
        ["envelope_id"] = id,
        ["type"] = type,
        ["accepts_response_payload"] = acceptsPayload,
        ["retry_attempt"] = retryAttempt,
        ["retry_reason"] = retryAttempt > 0 ? "timeout" : "",
        ["payload"] = payload.DeepClone(),
    };
}
