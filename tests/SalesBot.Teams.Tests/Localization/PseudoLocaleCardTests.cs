using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Dialogs.Localization;
using SalesBot.Teams.Cards;
using SalesBot.Teams.Mapping;
using SalesBot.Teams.Schema;
using SalesBot.Teams.Tests.Cards;
using SalesBot.Testing.Cards;
using SalesBot.Testing.Localization;

namespace SalesBot.Teams.Tests.Localization;

/// <summary>
/// Every card kind and every text the Bot Framework channel writes, rendered for a Russian and a Polish user with each
/// resource sentence wrapped in ⟦ ⟧ (the data is Russian): an English word left outside the brackets is a literal in a renderer.
/// </summary>
public sealed partial class PseudoLocaleCardTests
{
    [System.Text.RegularExpressions.GeneratedRegex(@"https?://[^\s()⟦⟧]+")]
    private static partial System.Text.RegularExpressions.Regex Link();

    private static readonly string[] Shown = ["text", "title", "label", "placeholder", "errorMessage", "fallbackText", "value", "summary"];

    [Theory]
    [InlineData("ru")]
    [InlineData("pl")]
    public void No_card_shows_english_outside_the_resources(string language)
    {
        using var pseudo = PseudoLocale.Begin();
        var english = new List<string>();
        foreach (var (name, reply) in LocalizedSamples.Replies())
        {
            // The reply says its language; the ambient culture stays English, so the renderer must follow the reply.
            foreach (var activity in ReplyMapper.ToActivities(Incoming(), [reply with { Language = language }]))
            {
                Check(name, Node(activity), language, english);
            }
        }

        using (BotCulture.Use(language))
        {
            foreach (var outcome in Enum.GetValues<CardOutcome>())
            {
                var update = Endpoint.AnsweredQuestionActivity.Create(Incoming(), "a1", "Уверены ли вы?", "Вопрос 3 из 10", "да", outcome);
                Check("answered-" + outcome, Node(update), language, english);
            }

            Check("help", WireCard.Content(AdaptiveCardRenderer.Help(LocalizedSamples.Commands)), language, english);
            Check("welcome", WireCard.Content(AdaptiveCardRenderer.Welcome()), language, english);
            var download = new Teams.Export.DownloadReply("deals.csv", "text/csv", new Uri("http://127.0.0.1/api/export/t"), TimeSpan.FromMinutes(10));
            Check("download", Node(ReplyMapper.ToActivities(Incoming(), [download])[0]), language, english);
            Check("no-public-address", JsonValue.Create(Endpoint.BotFrameworkAdapter.PointerText(reached: false) + Teams.Export.DownloadLinkRewriter.NoPublicAddress)!, language, english);
            Check("sent-privately", JsonValue.Create(Endpoint.BotFrameworkAdapter.PointerText(reached: true))!, language, english);
        }

        Assert.True(english.Count == 0, "English outside the resources:\n" + string.Join("\n", english));
    }

    private static Activity Incoming() => new()
    {
        Type = ActivityTypes.Message,
        Id = "m1",
        ChannelId = ReplyMapper.TeamsChannel,
        ServiceUrl = "https://smba.example.com/",
        Conversation = new ConversationAccount { Id = "c1" },
        From = new ChannelAccount { Id = "u1", Name = "Пётр" },
        Recipient = new ChannelAccount { Id = "bot", Name = "SalesBot" },
    };

    private static JsonNode Node(Activity activity) =>
        System.Text.Json.JsonSerializer.SerializeToNode(activity, BotJson.Options)!;

    private static void Check(string name, JsonNode node, string language, List<string> english)
    {
        foreach (var text in Texts(node))
        {
            var words = EnglishLiterals.Find(Link().Replace(text, " "), language, LocalizedSamples.Data);
            if (words.Count > 0)
            {
                english.Add($"{name}: {string.Join(" ", words)}  ←  {text}");
            }
        }
    }

    /// <summary>The words a card or activity shows: its texts, titles, labels, placeholders, facts; not button data or commands in monospace.</summary>
    private static IEnumerable<string> Texts(JsonNode? node, string? key = null)
    {
        switch (node)
        {
            case JsonValue value when key is null && value.TryGetValue<string>(out var alone):
                yield return alone;
                break;
            case JsonObject obj when key is not "data" and not "channelData" and not "conversation" and not "from" and not "recipient":
                var monospace = obj["fontType"]?.GetValue<string>() == "monospace";
                foreach (var (name, child) in obj)
                {
                    if (child is JsonValue text && text.TryGetValue<string>(out var s))
                    {
                        if (Shown.Contains(name) && !(monospace && name == "text"))
                        {
                            yield return s;
                        }
                    }
                    else
                    {
                        foreach (var inner in Texts(child, name))
                        {
                            yield return inner;
                        }
                    }
                }

                break;
            case JsonArray array:
                foreach (var item in array)
                {
                    foreach (var inner in Texts(item, key ?? "item"))
                    {
                        yield return inner;
                    }
                }

                break;
        }
    }
}
