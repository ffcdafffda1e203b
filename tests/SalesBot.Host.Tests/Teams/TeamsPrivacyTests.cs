using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Channels;
using SalesBot.Core.Deals;
using SalesBot.Core.Nudges;

namespace SalesBot.Host.Tests.Teams;

/// <summary>
/// Issue 8 end to end on loopback for Teams: tenants and users never see each other's deals (commands, card submits with
/// forged ids, export links), channel use stays private, sharing is explicit and redacted, export/forget, rate limits.
/// </summary>
public sealed partial class TeamsPrivacyTests : TeamsTestBase
{
    private const string OtherTenant = "7f0c0000-0000-4000-8000-0000000000b2";
    private const string OneOnOne = "/teams/v3/conversations/a:created-1on1/";
    private static readonly System.Text.Json.JsonSerializerOptions Relaxed = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Answers that must never leave the owner's private chat: a budget, notes on payment, personality and gut.</summary>
    private static readonly string[] SensitiveAnswers =
        ["yes", "no - never did their industry", "unsure - late payer", "yes", "1k - stingy", "next friday", "no", "no - CEO decides", "no - rude", "bad feeling"];

    [Fact]
    public async Task CommandInAChannel_IsCoachedInThe1on1_AndTheChannelOnlyGetsANeutralPointer()
    {
        var user = new TeamsUser(Server, Cloud);

        await SendAsync(user, user.ChannelMention("qualify Acme"));

        var create = Assert.Single(Cloud.ConnectorCalls, c => c.Path == "/teams/v3/conversations");
        Assert.Equal(user.UserId, (string?)create.Body["members"]![0]!["id"]);
        Assert.Contains(PostsTo(OneOnOne), p => CardJson.AllText(CardJson.Card(p.Body)).Contains("Do they need what you deliver?", StringComparison.Ordinal));
        var channelPost = Assert.Single(PostsTo(ChannelPath(user)));
        Assert.Equal("I've sent you a private message.", (string?)channelPost.Body["text"]);
        Assert.Null(channelPost.Body["attachments"]);
        Assert.NotNull(await Server.Store.LoadConversationAsync(SalesBot.Core.Conversations.ConversationKey.For(user.Owner, "msteams", "a:created-1on1"), default));
        var address = await Server.Services.GetRequiredService<IChannelStore>().GetAddressAsync(user.Owner, "msteams", default);
        Assert.Contains("a:created-1on1", address!.Reference, StringComparison.Ordinal);
    }

    [Fact]
    public async Task DealAndExportUsedInAChannel_NeverPostBudgetGutPersonalityOrRedFlagsThere()
    {
        var user = new TeamsUser(Server, Cloud);
        await QualifyAsync(user, "Acme");

        await SendAsync(user, user.ChannelMention("deal Acme history"));
        await SendAsync(user, user.ChannelMention("deals"));
        await SendAsync(user, user.ChannelMention("export"));

        var channel = PostsTo(ChannelPath(user)).ToList();
        Assert.Equal(3, channel.Count);
        Assert.All(channel, p => Assert.Equal("I've sent you a private message.", (string?)p.Body["text"]));
        Assert.All(channel, p => SensitiveText.AssertNone(p.Body.ToJsonString(Relaxed)));
        Assert.Contains(PostsTo(Private(user)), p => p.Body.ToJsonString(Relaxed).Contains("stingy", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Share_FromAChannel_AsksInPrivate_ThenPostsOnlyTheRedactedSummaryToThatChannel()
    {
        var user = new TeamsUser(Server, Cloud);
        await QualifyAsync(user, "Acme");

        await SendAsync(user, user.ChannelMention("share Acme"));
        var confirm = PostsTo(Private(user)).Last();
        Assert.Contains("Post a summary of Acme", CardJson.AllText(CardJson.Card(confirm.Body)), StringComparison.Ordinal);
        Assert.Single(PostsTo(ChannelPath(user)));

        var yes = user.CardSubmit(confirm.AnsweredId, new JsonObject { ["answer"] = "yes", ["question"] = "Post a summary?" });
        await SendAsync(user, yes);

        var summary = PostsTo(ChannelPath(user)).Last();
        var text = (string?)summary.Body["text"] ?? "";
        Assert.Contains("**Acme** — shared by Pat Seller", text, StringComparison.Ordinal);
        Assert.Contains("Stage:", text, StringComparison.Ordinal);
        SensitiveText.AssertNone(summary.Body.ToJsonString(Relaxed));
        Assert.Contains(Cloud.Posts, p => p.Path.StartsWith($"/teams/v3/conversations/{user.ConversationId}/", StringComparison.Ordinal)
            && p.Body.ToJsonString(Relaxed).Contains("Shared the summary of Acme with the channel", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Share_AnsweredNo_PostsNothingToTheChannel()
    {
        var user = new TeamsUser(Server, Cloud);
        await QualifyAsync(user, "Acme");
        await SendAsync(user, user.ChannelMention("share Acme"));

        await SendAsync(user, user.Message("no"));

        Assert.Single(PostsTo(ChannelPath(user)));
        Assert.Contains("Not shared. Nothing was posted.", Cloud.Posts.Last().Body.ToJsonString(Relaxed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task IsolationMatrix_OtherUserAndOtherTenant_CannotReadChangeDeleteOrExportTheOwnersDeal()
    {
        var owner = new TeamsUser(Server, Cloud);
        var colleague = new TeamsUser(Server, Cloud);
        var stranger = new TeamsUser(Server, Cloud, OtherTenant);
        await QualifyAsync(owner, "Acme");
        var deal = Assert.Single(await Server.Store.ListDealsAsync(owner.Owner, default));
        var answersBefore = await Server.Store.GetAnswersAsync(owner.Owner, deal.Id, default);
        var eventsBefore = await Server.Store.GetEventsAsync(owner.Owner, deal.Id, default);
        var nudgeStore = Server.Services.GetRequiredService<INudgeStore>();
        var nudgesBefore = await nudgeStore.ListPendingAsync(owner.Owner, default);
        Assert.NotEmpty(nudgesBefore);

        foreach (var intruder in new[] { colleague, stranger })
        {
            foreach (var text in new[] { "deal Acme history", "deals", "stage Acme 5", "won Acme", "log Acme call spoke", "forget Acme", "share Acme", "export" })
            {
                await SendAsync(intruder, intruder.Message(text));
            }

            // Nudge actions naming the owner's reminders: the ids are looked up among the intruder's own nudges only.
            foreach (var nudge in nudgesBefore)
            {
                await SendAsync(intruder, intruder.Message($"nudge done {nudge.Id}"));
                await SendAsync(intruder, intruder.Message($"nudge snooze {nudge.Id} week"));
                await SendAsync(intruder, intruder.CardSubmit("activity-1", new JsonObject { ["command"] = $"nudge drop {nudge.Id}", ["nudgeId"] = nudge.Id }));
            }

            await SendAsync(intruder, intruder.Message("forget me"));
            await SendAsync(intruder, intruder.Message("yes"));

            // Forged card submits: the owner's deal id, user id, tenant and question id ride in the value; only "answer" is read, as the presser's text.
            var forged = new JsonObject
            {
                ["answer"] = "deal Acme",
                ["question"] = "qualify/budget",
                ["dealId"] = deal.Id,
                ["userId"] = owner.AadObjectId,
                ["aadObjectId"] = owner.AadObjectId,
                ["tenantId"] = owner.Tenant,
            };
            await SendAsync(intruder, intruder.CardSubmit("activity-1", forged));
            await SendAsync(intruder, intruder.CardSubmit("activity-1", new JsonObject { ["answer"] = "yes", ["dealId"] = deal.Id }));

            var seen = string.Join("\n", Cloud.Posts.Where(p => p.Path.Contains(intruder.ConversationId, StringComparison.Ordinal)).Select(p => p.Body.ToJsonString(Relaxed)));
            Assert.Contains("You have no deal named", seen, StringComparison.Ordinal);
            SensitiveText.AssertNone(seen);
            Assert.DoesNotContain(deal.Id, seen, StringComparison.Ordinal);
            Assert.Empty(await Server.Store.ListDealsAsync(intruder.Owner, default));

            // The intruder's own export link holds nothing of the owner's.
            var link = ExportLinks(seen).First();
            var csv = await Server.Client.GetStringAsync(link);
            Assert.DoesNotContain("Acme", csv, StringComparison.Ordinal);
        }

        var after = Assert.Single(await Server.Store.ListDealsAsync(owner.Owner, default));
        Assert.Equal(deal.Stage, after.Stage);
        Assert.Equal(deal.Status, after.Status);
        Assert.Equal(deal.Version, after.Version);
        Assert.Equal(answersBefore, await Server.Store.GetAnswersAsync(owner.Owner, deal.Id, default));
        Assert.Equal(eventsBefore, await Server.Store.GetEventsAsync(owner.Owner, deal.Id, default));
        Assert.Empty(await Server.Store.GetTouchesAsync(owner.Owner, deal.Id, default));
        Assert.Equal(nudgesBefore, await nudgeStore.ListPendingAsync(owner.Owner, default));
        Assert.Equal(DealStatus.Open, after.Status);
        Assert.DoesNotContain(Cloud.Posts, p => p.Path.Contains(owner.ConversationId, StringComparison.Ordinal)
            && p.Body.ToJsonString(Relaxed).Contains("You have no deal named", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_GivesAShortLivedLink_ThatServesOnlyTheOwnersCsvAndJson()
    {
        var owner = new TeamsUser(Server, Cloud);
        var other = new TeamsUser(Server, Cloud);
        await QualifyAsync(owner, "Acme");
        await SendAsync(other, other.Message("qualify Globex"));

        await SendAsync(owner, owner.Message("export"));

        var posts = string.Join("\n", PostsTo($"/teams/v3/conversations/{owner.ConversationId}/").Select(p => p.Body.ToJsonString(Relaxed)));
        Assert.DoesNotContain("data:", posts, StringComparison.Ordinal);
        var links = ExportLinks(posts).ToList();
        Assert.Equal(2, links.Count);
        using var csvResponse = await Server.Client.GetAsync(links[0]);
        Assert.Equal(HttpStatusCode.OK, csvResponse.StatusCode);
        Assert.Equal("text/csv", csvResponse.Content.Headers.ContentType?.MediaType);
        Assert.Equal("no-store", csvResponse.Headers.CacheControl?.ToString());
        var csv = await csvResponse.Content.ReadAsStringAsync();
        Assert.Contains("Acme", csv, StringComparison.Ordinal);
        Assert.Contains("stingy", csv, StringComparison.Ordinal);
        Assert.DoesNotContain("Globex", csv, StringComparison.Ordinal);
        var json = await Server.Client.GetStringAsync(links[1]);
        Assert.Contains("\"Acme\"", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Globex", json, StringComparison.Ordinal);

        var token = links[0].Split("api/export/")[1];
        foreach (var forged in new[] { token[..^4] + "AAAA", "not-a-token", Uri.EscapeDataString(token.Replace('A', 'B')) })
        {
            using var refused = await Server.Client.GetAsync("api/export/" + forged);
            Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
            Assert.DoesNotContain("Acme", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        Server.Clock.Advance(TimeSpan.FromMinutes(11));
        using var expired = await Server.Client.GetAsync(links[0]);
        Assert.Equal(HttpStatusCode.Gone, expired.StatusCode);
        Assert.DoesNotContain("Acme", await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ForgetMe_InTeams_AfterYes_DeletesDealsConversationAndAddress_AndNotOtherUsers()
    {
        var user = new TeamsUser(Server, Cloud);
        var other = new TeamsUser(Server, Cloud);
        await QualifyAsync(user, "Acme");
        await SendAsync(other, other.Message("qualify Globex"));
        var channels = Server.Services.GetRequiredService<IChannelStore>();
        Assert.NotNull(await channels.GetAddressAsync(user.Owner, "msteams", default));

        await SendAsync(user, user.Message("forget me"));
        Assert.Contains("Delete everything I keep about you?", Cloud.Posts.Last().Body.ToJsonString(Relaxed), StringComparison.Ordinal);
        await SendAsync(user, user.Message("yes"));

        Assert.Contains("Done: I deleted everything I kept about you", Cloud.Posts.Last().Body.ToJsonString(Relaxed), StringComparison.Ordinal);
        Assert.Empty(await Server.Store.ListDealsAsync(user.Owner, default));
        Assert.Null(await Server.Store.LoadConversationAsync(user.StateKey, default));
        Assert.Null(await channels.GetAddressAsync(user.Owner, "msteams", default));
        Assert.Single(await Server.Store.ListDealsAsync(other.Owner, default));
        Assert.NotNull(await channels.GetAddressAsync(other.Owner, "msteams", default));
    }

    [Fact]
    public async Task ForgetProspect_InTeams_AnsweredNo_KeepsIt_AndYes_DeletesIt()
    {
        var user = new TeamsUser(Server, Cloud);
        await QualifyAsync(user, "Acme");

        await SendAsync(user, user.Message("forget Acme"));
        await SendAsync(user, user.Message("no"));
        Assert.Single(await Server.Store.ListDealsAsync(user.Owner, default));

        await SendAsync(user, user.Message("forget Acme"));
        await SendAsync(user, user.Message("yes"));
        Assert.Empty(await Server.Store.ListDealsAsync(user.Owner, default));
        Assert.Contains("Done: Acme is deleted", Cloud.Posts.Last().Body.ToJsonString(Relaxed), StringComparison.Ordinal);
    }

    [Fact]
    public async Task RateLimit_RefusesTheTurnsOverTheLimit_WithTheWait_AndStoresNothing()
    {
        await using var limited = TeamsServer.Start(Cloud, new Dictionary<string, string?>
        {
            ["RateLimit:TurnsPerMinute"] = "1",
            ["RateLimit:Burst"] = "2",
        });
        var user = new TeamsUser(limited, Cloud);
        var other = new TeamsUser(limited, Cloud);
        await SendAsync(user, user.Message("deals"));
        await SendAsync(user, user.Message("deals"));

        await SendAsync(user, user.Message("qualify Acme"));

        var refusal = Cloud.Posts.Last().Body.ToJsonString(Relaxed);
        Assert.Contains("You're sending messages faster than I can coach — try again in", refusal, StringComparison.Ordinal);
        Assert.Empty(await limited.Store.ListDealsAsync(user.Owner, default));
        Assert.Null(await limited.Store.LoadConversationAsync(user.StateKey, default));

        await SendAsync(other, other.Message("qualify Acme"));
        Assert.Single(await limited.Store.ListDealsAsync(other.Owner, default));
    }

    private IEnumerable<ConnectorCall> PostsTo(string pathPrefix) =>
        Cloud.Posts.Where(p => p.Path.StartsWith(pathPrefix, StringComparison.Ordinal));

    private static string Private(TeamsUser user) => $"/teams/v3/conversations/{user.ConversationId}/";

    private static string ChannelPath(TeamsUser user) => $"/teams/v3/conversations/{user.ChannelConversationId}/";

    private static IEnumerable<string> ExportLinks(string posts) =>
        ExportLink().Matches(posts.Replace("\\u0026", "&", StringComparison.Ordinal)).Select(m => new Uri(m.Value).PathAndQuery.TrimStart('/'));

    private async Task QualifyAsync(TeamsUser user, string prospect)
    {
        await SendAsync(user, user.Message("qualify " + prospect));
        foreach (var answer in SensitiveAnswers)
        {
            await SendAsync(user, user.Message(answer));
        }
    }

    private static async Task SendAsync(TeamsUser user, JsonNode activity)
    {
        using var response = await user.PostAsync(activity);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }

    [GeneratedRegex(@"https?://[^\s\)\]""]+/api/export/[A-Za-z0-9_\-%]+")]
    private static partial Regex ExportLink();
}
