using System.Net;
using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Nudges;

namespace SalesBot.Host.Tests.Slack;

/// <summary>
/// Issue 8 end to end on loopback for Slack: users and workspaces never see each other's deals (commands, forged button
/// values, App Home, exports), channel use stays private, sharing is explicit and redacted, export/forget, rate limits.
/// </summary>
public sealed class SlackPrivacyTests(SlackHost host) : IClassFixture<SlackHost>
{
    /// <summary>A channel of this test only: the fake Slack's call log is shared by the tests of the class.</summary>
    private readonly string Channel = "C0" + Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
    private static readonly CancellationToken Ct = CancellationToken.None;

    private static readonly string[] SensitiveAnswers =
        ["yes", "no - never did their industry", "unsure - late payer", "yes", "1k - stingy", "next friday", "no", "no - CEO decides", "no - rude", "bad feeling"];

    [Fact]
    public async Task IsolationMatrix_OtherUserAndOtherWorkspace_CannotReadChangeDeleteShareOrExportTheOwnersDeal()
    {
        var owner = host.User("T1");
        var colleague = host.User("T1");
        var twin = host.User("T2", owner.UserId);
        await QualifyAsync(owner, "Zyxcorp");
        var deal = Assert.Single(await host.Store.ListDealsAsync(owner.Owner, Ct));
        var answers = await host.Store.GetAnswersAsync(owner.Owner, deal.Id, Ct);
        var events = await host.Store.GetEventsAsync(owner.Owner, deal.Id, Ct);
        var nudgeStore = host.Services.GetRequiredService<INudgeStore>();
        var nudges = await nudgeStore.ListPendingAsync(owner.Owner, Ct);
        Assert.NotEmpty(nudges);
        var before = host.Slack.Calls.Count;

        foreach (var intruder in new[] { colleague, twin })
        {
            var start = host.Slack.Calls.Count;
            foreach (var text in new[] { "deal Zyxcorp history", "stage Zyxcorp 5", "won Zyxcorp", "log Zyxcorp call spoke", "share Zyxcorp", "export" })
            {
                await intruder.CommandAsync(text);
            }

            await intruder.CommandAsync("forget Zyxcorp");
            await intruder.CommandAsync("share Zyxcorp", channel: Channel);
            await host.IdleAsync();

            // Forged button values: the owner's deal id and commands naming the owner's prospect, pressed by the intruder.
            await intruder.ClickHomeAsync("open_deal", deal.Id);
            await intruder.ClickHomeAsync("open_deal", "Zyxcorp");
            await intruder.ClickHomeAsync("run_command", "forget Zyxcorp");
            await intruder.ClickHomeAsync("run_command", $"deal {deal.Id}");
            await intruder.HomeOpenedAsync();
            foreach (var nudge in nudges)
            {
                await intruder.CommandAsync($"nudge done {nudge.Id}");
                await intruder.ClickHomeAsync("run_command", $"nudge snooze {nudge.Id} week");
                await intruder.ClickHomeAsync("run_command", $"nudge drop {nudge.Id}");
            }

            await host.IdleAsync();
            await intruder.DmAsync("forget me");
            await host.IdleAsync();
            await intruder.DmAsync("yes");
            await host.IdleAsync();

            Assert.Empty(await host.Store.ListDealsAsync(intruder.Owner, Ct));

            // The fake names a DM after the user id alone, so the twin's DM in T2 has the owner's id; the colleague's must never touch it.
            if (intruder == colleague)
            {
                Assert.DoesNotContain(host.Slack.Calls.Skip(start), c => c.Channel == owner.Dm);
            }
        }

        var after = host.Slack.Calls.Skip(before).ToList();
        Assert.DoesNotContain(after, c => c.Method == "chat.postMessage" && c.Channel == Channel);
        var refusals = 0;
        var lines = new List<string>();
        foreach (var line in after.SelectMany(c => (c.AllText + "\n" + c.Str("content")).Split('\n')))
        {
            // "You have no deal named "Zyxcorp". Start one with `screen Zyxcorp`..." is the refusal itself; everything else must not name the deal.
            if (line.Contains("You have no deal named", StringComparison.Ordinal))
            {
                refusals++;
                continue;
            }

            lines.Add(line);
        }

        Assert.True(refusals >= 10, $"Expected the intruders' commands to be refused, saw {refusals} refusals.");
        var shown = string.Join("\n", lines);
        Assert.DoesNotContain("Zyxcorp", shown, StringComparison.Ordinal);
        Assert.DoesNotContain(deal.Id, shown, StringComparison.Ordinal);
        SensitiveText.AssertNone(shown);

        var kept = Assert.Single(await host.Store.ListDealsAsync(owner.Owner, Ct));
        Assert.Equal((deal.Stage, deal.Status, deal.Version), (kept.Stage, kept.Status, kept.Version));
        Assert.Equal(answers, await host.Store.GetAnswersAsync(owner.Owner, deal.Id, Ct));
        Assert.Equal(events, await host.Store.GetEventsAsync(owner.Owner, deal.Id, Ct));
        Assert.Empty(await host.Store.GetTouchesAsync(owner.Owner, deal.Id, Ct));
        Assert.NotNull(await host.Channels.GetAddressAsync(owner.Owner, "slack", Ct));
        Assert.Equal(nudges, await nudgeStore.ListPendingAsync(owner.Owner, Ct));
    }

    [Fact]
    public async Task DealUsedInAChannel_IsAnsweredOnlyInTheDm_AndNothingIsPostedToTheChannel()
    {
        var user = host.User();
        await QualifyAsync(user, "Acme");

        using var ack = await user.CommandAsync("deal Acme history", channel: Channel);
        await host.IdleAsync();

        var body = JsonNode.Parse(await ack.Content.ReadAsStringAsync())!;
        Assert.Equal("ephemeral", (string?)body["response_type"]);
        SensitiveText.AssertNone(body.ToJsonString());
        Assert.DoesNotContain(host.Slack.Calls, c => c.Channel == Channel);
        Assert.Contains("stingy", Dm(user)[^1].AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Share_FromAChannel_AsksInTheDm_AndAfterYesPostsOnlyTheRedactedSummaryToThatChannel()
    {
        var user = host.User();
        await QualifyAsync(user, "Acme");

        await user.CommandAsync("share acme", channel: Channel);
        await host.IdleAsync();
        var confirm = Dm(user)[^1];
        Assert.Contains("Post a summary of Acme", confirm.AllText, StringComparison.Ordinal);
        Assert.DoesNotContain(host.Slack.Calls, c => c.Channel == Channel);

        await user.ClickAsync(confirm, "yes");
        await host.IdleAsync();

        var shared = Assert.Single(host.Slack.Of("chat.postMessage"), c => c.Channel == Channel);
        Assert.Contains("Acme", shared.AllText, StringComparison.Ordinal);
        Assert.Contains("Stage:", shared.AllText, StringComparison.Ordinal);
        SensitiveText.AssertNone(shared.AllText);
        Assert.Contains("Shared the summary of Acme with the channel", Dm(user)[^1].AllText, StringComparison.Ordinal);
        var deal = Assert.Single(await host.Store.ListDealsAsync(user.Owner, Ct));
        Assert.Contains(await host.Store.GetEventsAsync(user.Owner, deal.Id, Ct), e => e.Kind == "shared");
    }

    [Fact]
    public async Task Share_AnsweredNo_PostsNothing_AndABotOutsideTheChannel_OnlyTellsTheUser()
    {
        var user = host.User();
        await QualifyAsync(user, "Acme");
        await user.CommandAsync("share Acme", channel: Channel);
        await host.IdleAsync();
        await user.ClickAsync(Dm(user)[^1], "no");
        await host.IdleAsync();
        Assert.DoesNotContain(host.Slack.Calls, c => c.Method == "chat.postMessage" && c.Channel == Channel);
        Assert.Contains("Not shared. Nothing was posted.", Dm(user)[^1].AllText, StringComparison.Ordinal);

        await user.CommandAsync("share Acme", channel: "C0NOTMEMBER");
        await host.IdleAsync();
        host.Slack.Script("chat.postMessage", new JsonObject { ["ok"] = false, ["error"] = "not_in_channel" });
        await user.ClickAsync(Dm(user)[^1], "yes");
        await host.IdleAsync();

        Assert.Contains("I couldn't post the summary of Acme in that channel", Dm(user)[^1].AllText, StringComparison.Ordinal);
        Assert.Contains("/invite @SalesBot", Dm(user)[^1].AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_InSlack_AfterYes_DeletesDealsAndAddress_OfThatUserOnly()
    {
        var user = host.User();
        var other = host.User();
        await QualifyAsync(user, "Acme");
        await other.CommandAsync("qualify Globex");
        await host.IdleAsync();

        await user.CommandAsync("forget me");
        await host.IdleAsync();
        Assert.Contains("Delete everything I keep about you? That is 1 deal", Dm(user)[^1].AllText, StringComparison.Ordinal);
        await user.ClickAsync(Dm(user)[^1], "yes");
        await host.IdleAsync();

        Assert.Contains("Done: I deleted everything I kept about you", Dm(user)[^1].AllText, StringComparison.Ordinal);
        Assert.Empty(await host.Store.ListDealsAsync(user.Owner, Ct));
        Assert.Null(await host.Channels.GetAddressAsync(user.Owner, "slack", Ct));
        Assert.Single(await host.Store.ListDealsAsync(other.Owner, Ct));
        Assert.NotNull(await host.Channels.GetAddressAsync(other.Owner, "slack", Ct));
    }

    [Fact]
    public async Task ForgetProspect_InSlack_AnsweredNo_KeepsIt_AndYes_DeletesIt()
    {
        var user = host.User();
        await QualifyAsync(user, "Acme");

        await user.CommandAsync("forget Acme");
        await host.IdleAsync();
        await user.ClickAsync(Dm(user)[^1], "no");
        await host.IdleAsync();
        Assert.Single(await host.Store.ListDealsAsync(user.Owner, Ct));

        await user.DmAsync("forget Acme");
        await host.IdleAsync();
        await user.DmAsync("yes");
        await host.IdleAsync();
        Assert.Empty(await host.Store.ListDealsAsync(user.Owner, Ct));
        Assert.Contains("Done: Acme is deleted", Dm(user)[^1].AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Export_UploadsOnlyTheUsersOwnDealsToTheirDm()
    {
        var user = host.User();
        var other = host.User();
        await QualifyAsync(user, "Acme");
        await other.CommandAsync("qualify Globex");
        await host.IdleAsync();
        var before = host.Slack.Calls.Count;

        await user.CommandAsync("export", channel: Channel);
        await host.IdleAsync();

        var after = host.Slack.Calls.Skip(before).ToList();
        var uploads = after.Where(c => c.Method == "upload").Select(c => c.Str("content") ?? "").ToList();
        Assert.Equal(2, uploads.Count);
        Assert.All(uploads, u => Assert.Contains("Acme", u, StringComparison.Ordinal));
        Assert.All(uploads, u => Assert.DoesNotContain("Globex", u, StringComparison.Ordinal));
        Assert.Contains(after, c => c.Method == "files.completeUploadExternal" && c.Channel == user.Dm);
        Assert.DoesNotContain(after, c => c.Channel == Channel);
    }

    [Fact]
    public async Task RateLimit_RefusesTurnsOverTheLimit_InTheDm_AndStoresNothing()
    {
        await using var limited = await SlackHost.StartAsync(new Dictionary<string, string?>
        {
            ["Slack:SigningSecret"] = SlackHost.SigningSecret,
            ["Slack:BotToken"] = SlackHost.BotToken,
            ["RateLimit:TurnsPerMinute"] = "1",
            ["RateLimit:Burst"] = "2",
        });
        var user = limited.User();
        var other = limited.User();
        await user.CommandAsync("deals");
        await user.CommandAsync("deals");
        await limited.IdleAsync();

        await user.CommandAsync("qualify Acme");
        await limited.IdleAsync();

        var last = limited.Slack.Of("chat.postMessage").Last(c => c.Channel == user.Dm);
        Assert.Contains("You're sending messages faster than I can coach — try again in", last.AllText, StringComparison.Ordinal);
        Assert.Empty(await limited.Store.ListDealsAsync(user.Owner, Ct));
        await other.CommandAsync("qualify Acme");
        await limited.IdleAsync();
        Assert.Single(await limited.Store.ListDealsAsync(other.Owner, Ct));
    }

    private List<FakeSlackCall> Dm(SlackUser user) => host.Slack.Of("chat.postMessage").Where(c => c.Channel == user.Dm).ToList();

    private async Task QualifyAsync(SlackUser user, string prospect)
    {
        using (await user.CommandAsync("qualify " + prospect))
        {
        }

        await host.IdleAsync();
        foreach (var answer in SensitiveAnswers)
        {
            using (await user.DmAsync(answer))
            {
            }

            await host.IdleAsync();
        }
    }
}
