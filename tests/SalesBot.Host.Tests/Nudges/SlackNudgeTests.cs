using System.Net;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Nudges;
using SalesBot.Dialogs.Nudges;
using SalesBot.Host.Tests.Slack;

namespace SalesBot.Host.Tests.Nudges;

/// <summary>Nudges in Slack, end to end: conversations.open + chat.postMessage to the fake Slack Web API, and block_actions on its buttons.</summary>
public sealed class SlackNudgeTests(SlackHost host) : IClassFixture<SlackHost>
{
    [Fact]
    public async Task ADueNudge_IsPostedToTheUsersDm_AndItsSnoozeButtonBringsItBackTomorrowMorning()
    {
        var user = host.User();
        (await user.CommandAsync("screen Acme")).Dispose();
        await host.IdleAsync();
        (await user.DmAsync("cancel")).Dispose();
        (await user.DmAsync("log Acme call no answer")).Dispose();
        await host.IdleAsync();
        var opened = host.Slack.Of("conversations.open").Count;

        host.Clock.Advance(TimeSpan.FromDays(3) + TimeSpan.FromHours(1)); // Thursday 11:00 in Warsaw (users.info tz)
        Assert.Equal(1, await DispatchAsync());

        Assert.Equal(opened + 1, host.Slack.Of("conversations.open").Count);
        var message = host.Slack.Of("chat.postMessage")[^1];
        Assert.Equal(user.Dm, message.Channel);
        Assert.Equal(SlackHost.BotToken, message.Token);
        Assert.Contains("Call Acme again (call 2 of 3)", message.AllText, StringComparison.Ordinal);
        var values = message.Buttons.Select(b => b["value"]!.GetValue<string>()).ToList();
        Assert.Equal(values.Count, message.Buttons.Select(b => b["action_id"]!.GetValue<string>()).Distinct().Count());
        var snooze = Assert.Single(values, v => v.StartsWith("nudge snooze ", StringComparison.Ordinal) && v.EndsWith(" tomorrow", StringComparison.Ordinal));

        using var click = await user.ClickAsync(message, snooze);
        Assert.Equal(HttpStatusCode.OK, click.StatusCode);
        await host.IdleAsync();

        Assert.Contains(host.Slack.Of("chat.postMessage"), p => p.AllText.Contains("Snoozed: I'll remind you about Acme on Fri 27 Nov 09:00", StringComparison.Ordinal));
        var pending = Assert.Single(await host.Services.GetRequiredService<INudgeStore>().ListPendingAsync(user.Owner, default));
        Assert.Equal((NudgeKind.Call2, true, new DateTimeOffset(2026, 11, 27, 8, 0, 0, TimeSpan.Zero)), (pending.Kind, pending.Snoozed, pending.DueAt));
        Assert.Equal(0, await DispatchAsync());
    }

    private Task<int> DispatchAsync() => host.Services.GetRequiredService<NudgeDispatcher>().DispatchDueAsync(default);
}
