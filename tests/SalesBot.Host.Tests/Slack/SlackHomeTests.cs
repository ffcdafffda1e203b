using System.Net;
using System.Text.Json.Nodes;

namespace SalesBot.Host.Tests.Slack;

/// <summary>The App Home tab, the welcome on a first visit, and the "Start coaching" modal.</summary>
public sealed class SlackHomeTests(SlackHost host) : IClassFixture<SlackHost>
{
    private static readonly CancellationToken Ct = CancellationToken.None;

    [Fact]
    public async Task OpeningTheHomeTab_PublishesTheUsersPipeline_WithAnOpenButtonPerDeal()
    {
        var user = host.User();
        await user.CommandAsync("qualify Acme");
        await user.CommandAsync("screen \"Initech Corp\"");
        await host.IdleAsync();

        using var response = await user.HomeOpenedAsync();
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var publish = Assert.Single(host.Slack.Of("views.publish"), v => v.Str("user_id") == user.UserId);
        Assert.Equal(SlackHost.BotToken, publish.Token);
        var view = publish.Body["view"]!;
        Assert.Equal("home", view["type"]!.GetValue<string>());
        var opens = view["blocks"]!.AsArray().Select(b => b!["accessory"]).OfType<JsonObject>()
            .Where(a => a["action_id"]!.GetValue<string>() == "open_deal").Select(a => a["value"]!.GetValue<string>()).ToList();
        Assert.Equal(["Acme", "Initech Corp"], opens.Order());
        Assert.Contains("*Acme*\nNext: ", publish.AllText, StringComparison.Ordinal);
        Assert.Contains("*Initech Corp*\nNext: ", publish.AllText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task OpenButtonOnTheHomeTab_PostsThatDealIntoTheDm()
    {
        var user = host.User();
        await user.CommandAsync("screen \"Initech Corp\"");
        await host.IdleAsync();

        await user.ClickHomeAsync("open_deal", "Initech Corp");
        await host.IdleAsync();

        var posts = host.Slack.Of("chat.postMessage").Where(p => p.Channel == user.Dm).ToList();
        var view = Assert.Single(posts, p => p.Blocks[0]!["type"]!.GetValue<string>() == "header");
        Assert.Equal("Initech Corp", view.Blocks[0]!["text"]!["text"]!.GetValue<string>());
        Assert.Contains("Question 1 of", posts[^1].AllText, StringComparison.Ordinal);
        var question = posts.First(p => p.Buttons.Count > 0);
        var update = Assert.Single(host.Slack.Of("chat.update"), u => u.Str("ts") == question.Ts);
        Assert.Contains("Moved on", update.AllText, StringComparison.Ordinal);
        Assert.Empty(update.Buttons);
    }

    [Fact]
    public async Task FirstVisitToTheMessagesTab_GetsTheWelcomeOnce()
    {
        var user = host.User();

        await user.HomeOpenedAsync("messages");
        await host.IdleAsync();
        await user.HomeOpenedAsync("messages");
        await host.IdleAsync();

        var welcome = Assert.Single(host.Slack.Of("chat.postMessage"), p => p.Channel == user.Dm);
        Assert.StartsWith("Hi, I'm SalesBot", welcome.Str("text"), StringComparison.Ordinal);
        Assert.NotNull(await host.Channels.GetAddressAsync(user.Owner, "slack", Ct));
    }

    [Fact]
    public async Task StartCoachingButton_OpensTheModal_AndSubmittingItStartsThatStepInTheDm()
    {
        var user = host.User();

        await user.ClickHomeAsync("start_flow", "start");
        await host.IdleAsync();
        var open = await host.Slack.WaitForAsync(c => c.Method == "views.open", "views.open");
        Assert.Equal("modal", open.Body["view"]!["type"]!.GetValue<string>());
        Assert.Contains("Qualify", open.AllText, StringComparison.Ordinal);

        using var submit = await user.InteractAsync(new JsonObject
        {
            ["type"] = "view_submission",
            ["user"] = new JsonObject { ["id"] = user.UserId, ["team_id"] = user.TeamId },
            ["team"] = new JsonObject { ["id"] = user.TeamId },
            ["view"] = new JsonObject
            {
                ["callback_id"] = "start_flow",
                ["state"] = new JsonObject
                {
                    ["values"] = new JsonObject
                    {
                        ["flow"] = new JsonObject { ["flow"] = new JsonObject { ["type"] = "static_select", ["selected_option"] = new JsonObject { ["value"] = "qualify" } } },
                        ["prospect"] = new JsonObject { ["prospect"] = new JsonObject { ["type"] = "plain_text_input", ["value"] = "Stark Industries" } },
                    },
                },
            },
        });
        await host.IdleAsync();

        Assert.Equal(HttpStatusCode.OK, submit.StatusCode);
        Assert.Equal("", await submit.Content.ReadAsStringAsync());
        Assert.Contains("Question 1 of 10 in Qualify for Stark Industries", host.Slack.Of("chat.postMessage").Last(p => p.Channel == user.Dm).AllText, StringComparison.Ordinal);
        Assert.Equal("Stark Industries", Assert.Single(await host.Store.ListDealsAsync(user.Owner, Ct)).Prospect);
    }
}
