using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using SalesBot.Core.Channels;

namespace SalesBot.Host.Tests;

/// <summary>
/// A store that reads but refuses every write (a read-only or immutable database file): the user is told, with an incident
/// id, instead of an empty 500; /health/ready says why it is not ready; and nothing of the refused turn is kept.
/// </summary>
public sealed partial class StoreFailureTests : IAsyncLifetime
{
    private static readonly CancellationToken Ct = CancellationToken.None;
    private readonly UnwritableStore _store = new();
    private SalesBotServer _server = null!;

    public Task InitializeAsync()
    {
        _server = SalesBotServer.With(new Dictionary<string, string?>(), _store.Install);
        return Task.CompletedTask;
    }

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("qualify Acme")]
    [InlineData("deals")]
    public async Task LocalChat_WhenTheStoreRefusesWrites_AnswersAnApologyWithAnIncidentId_AndKeepsNothing(string text)
    {
        var user = new ChatUser(_server.Client);
        _store.Refuse();

        using var response = await user.PostAsync(user.Message(text));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        var reply = Assert.Single(JsonDocument.Parse(body).RootElement.GetProperty("activities").EnumerateArray());
        Assert.Matches(IncidentText(), reply.GetProperty("text").GetString());
        Assert.Equal(user.UserId, reply.GetProperty("recipient").GetProperty("id").GetString());
        Assert.True(_store.RefusedWrites > 0, "The store was asked to write and refused.");

        _store.Allow();
        Assert.Empty(await _server.Store.ListDealsAsync(user.Owner, Ct));
        Assert.Null(await _server.Store.LoadConversationAsync(user.StateKey, Ct));
        Assert.Empty(await _server.Services.GetRequiredService<IChannelStore>().GetAddressesAsync(user.Owner, Ct));
        // The delivery was not marked handled: the same activity runs once the store takes writes again.
        var retry = user.Message(text);
        retry["id"] = "act-1";
        var again = await user.RepliesAsync(retry);
        Assert.NotEmpty(again);
        Assert.DoesNotMatch(IncidentText(), string.Join("\n", again.Select(r => r.GetProperty("text").GetString())));
    }

    [Fact]
    public async Task NormalDelivery_WhenTheStoreRefusesWrites_PostsTheApologyToTheConnector_AndAnswers200()
    {
        await using var connector = await FakeBotConnector.StartAsync();
        var user = new ChatUser(_server.Client, "emulator");
        var message = user.Message("qualify Acme");
        message.Remove("deliveryMode");
        message["serviceUrl"] = connector.ServiceUrl.ToString();
        _store.Refuse();

        using var response = await user.PostAsync(message);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var post = Assert.Single(connector.Posts);
        Assert.Matches(IncidentText(), post.Activity.GetProperty("text").GetString());
        Assert.Equal("act-1", post.Activity.GetProperty("replyToId").GetString());
        _store.Allow();
        Assert.Empty(await _server.Store.ListDealsAsync(user.Owner, Ct));
    }

    [Fact]
    public async Task Readiness_WhenTheStoreRefusesWrites_Is503Degraded_WithTheReason_AndHealthyAgainOnceItWrites()
    {
        using (var before = await _server.Client.GetAsync("health/ready"))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
            Assert.Equal("Healthy", await before.Content.ReadAsStringAsync());
        }

        _store.Refuse();
        using (var refused = await _server.Client.GetAsync("health/ready"))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, refused.StatusCode);
            var text = await refused.Content.ReadAsStringAsync();
            Assert.StartsWith("Degraded\nstore: Degraded: The store answers reads but refuses writes:", text, StringComparison.Ordinal);
            Assert.Contains("readonly database", text, StringComparison.Ordinal);
            Assert.DoesNotContain("teams:", text, StringComparison.Ordinal);
        }

        using (var live = await _server.Client.GetAsync("health/live"))
        {
            Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        }

        _store.Allow();
        for (var i = 0; i < 3; i++)
        {
            using var after = await _server.Client.GetAsync("health/ready");
            Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        }
    }

    [Fact]
    public async Task ExportDownload_WhenTheStoreFailsUnderIt_Gets500WithAnIncidentId_NotAnEmptyBody()
    {
        await using var single = SalesBotServer.With(new Dictionary<string, string?> { ["Export:SingleUse"] = "true" }, _store.Install);
        var user = new ChatUser(single.Client);
        var link = Regex.Match(string.Join("\n", (await user.SendAsync("export")).Select(r => r.GetRawText())), @"http://127\.0\.0\.1:\d+/api/export/[A-Za-z0-9_\-%]+").Value;
        _store.Refuse();

        using var response = await single.Client.GetAsync(link);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Matches(@"incident [0-9a-f]{8}", await response.Content.ReadAsStringAsync());
        _store.Allow();
        using var retried = await single.Client.GetAsync(link);
        Assert.Equal(HttpStatusCode.OK, retried.StatusCode);
    }

    [GeneratedRegex(@"^Sorry — .*\(incident [0-9a-f]{8}\)|\(incident [0-9a-f]{8}\)")]
    private static partial Regex IncidentText();
}
