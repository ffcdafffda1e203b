using System.Net;
using SalesBot.Testing;

namespace SalesBot.Host.Tests.Teams;

/// <summary>
/// The live question card is kept in the store: after a restart (a new host on the same database) the card that was live
/// still turns into its answered form when the user answers by typing, and it stays the only live card.
/// </summary>
public sealed class TeamsRestartTests : IAsyncLifetime
{
    private FakeMicrosoftCloud _cloud = null!;

    public async Task InitializeAsync() => _cloud = await FakeMicrosoftCloud.StartAsync();

    public async Task DisposeAsync() => await _cloud.DisposeAsync();

    [Fact]
    public async Task AfterARestart_TheCardLiveBeforeIt_TurnsIntoItsAnsweredForm_WhenTheUserTypesTheAnswer()
    {
        using var folder = new TempFolder();
        var database = new Dictionary<string, string?> { ["ConnectionStrings:SalesBot"] = folder.SqliteConnectionString() };
        TeamsUser user;
        string cardId;
        await using (var before = TeamsServer.Start(_cloud, database))
        {
            user = new TeamsUser(before, _cloud);
            await PostOkAsync(user, user.Message("qualify Acme"));
            cardId = _cloud.Posts.Last(p => CardJson.Card(p.Body) is not null).AnsweredId;
            Assert.DoesNotContain(_cloud.ConnectorCalls, c => c.Method == "PUT");
        }

        await using var after = TeamsServer.Start(_cloud, database);
        var again = user.On(after);
        await PostOkAsync(again, again.Message("yes - typed after the restart"));

        var update = Assert.Single(_cloud.ConnectorCalls, c => c.Method == "PUT");
        Assert.EndsWith($"/activities/{cardId}", update.Path, StringComparison.Ordinal);
        Assert.Contains("You replied", CardJson.AllText(CardJson.Card(update.Body)), StringComparison.Ordinal);
        Assert.Empty(CardJson.Submits(CardJson.Card(update.Body)));
        Assert.Single(_cloud.LiveQuestionCards());
    }

    private static async Task PostOkAsync(TeamsUser user, System.Text.Json.Nodes.JsonObject activity)
    {
        using var response = await user.PostAsync(activity);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
