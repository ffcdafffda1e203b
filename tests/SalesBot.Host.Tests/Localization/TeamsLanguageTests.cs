using System.Net;
using System.Text.Json.Nodes;
using SalesBot.Host.Tests.Teams;
using SalesBot.Testing.Cards;

namespace SalesBot.Host.Tests.Localization;

/// <summary>
/// A Russian and a Polish Teams user (activities with locale ru-RU / pl-PL) through the signed Bot Framework endpoint:
/// screen → qualify → needs → engage with Adaptive Cards in their language; quick picks pressed where the card has them,
/// the rest typed in the chat, and each settled card updated in the same language.
/// </summary>
public sealed class TeamsLanguageTests : IAsyncLifetime
{
    private FakeMicrosoftCloud Cloud { get; set; } = null!;

    private SalesBotServer Server { get; set; } = null!;

    public async Task InitializeAsync()
    {
        Cloud = await FakeMicrosoftCloud.StartAsync();
        Server = TeamsServer.Start(Cloud, LanguageScript.Unlimited);
    }

    public async Task DisposeAsync()
    {
        await Server.DisposeAsync();
        await Cloud.DisposeAsync();
    }

    [Theory]
    [InlineData("ru", "Выбран ответ:", "Вы написали:", "Отправить")]
    [InlineData("pl", "Wybrana odpowiedź:", "Napisano w czacie:", "Wyślij")]
    public async Task A_seller_goes_through_screen_qualify_needs_and_engage_with_cards_in_their_teams_language(
        string language, string answered, string replied, string submit)
    {
        var script = LanguageScript.For(language);
        var user = new TeamsUser(Server, Cloud) { Locale = script.Locale };
        var pressed = 0;
        foreach (var flow in script.Flows)
        {
            await PostOkAsync(user, user.Message(flow.Command));
            if (flow == script.Flows[0])
            {
                Assert.StartsWith(script.FirstProgress, CardJson.Words(LastCard()), StringComparison.Ordinal);
            }

            foreach (var answer in flow.Answers)
            {
                    var question = Cloud.Posts.Last(p => CardJson.Card(p.Body) is not null);
                var pick = CardJson.Submits(CardJson.Card(question.Body)!).FirstOrDefault(s => (string?)s["title"] == answer && s["data"]?["answer"] is not null);
                await PostOkAsync(user, pick is not null ? user.CardSubmit(question.AnsweredId, pick["data"]!) : user.Message(answer));
                pressed += pick is null ? 0 : 1;
            }
        }

        var cards = Cloud.Posts.Select(p => CardJson.Card(p.Body)).OfType<JsonNode>().Select(CardJson.Words).ToList();
        var texts = Cloud.Posts.Select(p => (string?)p.Body["text"] ?? "").Concat(cards).ToList();
        var transcript = string.Join("\n", texts);
        foreach (var expected in script.Done.Prepend(script.ReadyQuestion))
        {
            Assert.True(transcript.Contains(expected, StringComparison.Ordinal), $"No \"{expected}\" in the transcript:\n{transcript}");
        }

        Assert.True(pressed >= 16, $"Only {pressed} answers were quick picks.");
        var updates = Cloud.ConnectorCalls.Where(c => c.Method == "PUT").Select(c => CardJson.Words(CardJson.Card(c.Body)!)).ToList();
        Assert.Contains(updates, u => u.Contains(answered, StringComparison.Ordinal));
        Assert.Contains(updates, u => u.Contains(replied, StringComparison.Ordinal));
        Assert.DoesNotContain(updates, u => u.Contains("Answered:", StringComparison.Ordinal) || u.Contains("You replied", StringComparison.Ordinal));
        Assert.Contains(Cloud.Posts, p => CardJson.Card(p.Body) is { } card && CardJson.Submits(card).Any(s => (string?)s["title"] == submit));
        Assert.All(Cloud.Posts.Where(p => CardJson.Card(p.Body) is not null), p => Assert.Equal(script.Locale, (string?)p.Body["locale"]));
        var deal = Assert.Single(await Server.Store.ListDealsAsync(user.Owner, default));
        Assert.True(deal.HasCompleted("engage"));
    }

    private JsonNode LastCard() => CardJson.Card(Cloud.Posts.Last(p => CardJson.Card(p.Body) is not null).Body)!;

    private static async Task PostOkAsync(TeamsUser user, JsonNode activity)
    {
        using var response = await user.PostAsync(activity);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
    }
}
