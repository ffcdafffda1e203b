using System.Text.Json;
using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Teams.Cards;

namespace SalesBot.Teams.Tests.Cards;

public sealed class CardEnvelopeTests
{
    public static TheoryData<string> CardNames => [.. CardSamples.All().Select(c => c.Name)];

    [Theory]
    [MemberData(nameof(CardNames))]
    public void EveryCard_IsAnAdaptiveCard15AttachmentWithTheSchemaAndAFallbackText(string name)
    {
        var card = WireCard.Content(Sample(name));

        Assert.Equal("http://adaptivecards.io/schemas/adaptive-card.json", card["$schema"]!.GetValue<string>());
        Assert.Equal("AdaptiveCard", card["type"]!.GetValue<string>());
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.False(string.IsNullOrWhiteSpace(card["fallbackText"]!.GetValue<string>()));
        Assert.NotEmpty(card["body"]!.AsArray());
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void EveryButton_IsAnActionSubmitWithAPlainDataObjectCarryingTheAnswerOrTheQuestion_AndNothingCarriesAnMsteamsProperty(string name)
    {
        var card = WireCard.Content(Sample(name));

        Assert.DoesNotContain(CardJson.Objects(card), o => o.ContainsKey("msteams"));
        Assert.All(CardJson.Objects(card).Where(o => o["type"]?.GetValue<string>()?.StartsWith("Action.", StringComparison.Ordinal) == true), action =>
        {
            Assert.Equal("Action.Submit", action["type"]!.GetValue<string>());
            var data = Assert.IsType<JsonObject>(action["data"]);
            // A quick pick carries its answer; the Submit of a card's inputs names the question and its kind instead.
            Assert.True(data["answer"] is not null || (data["question"] is not null && data["kind"] is not null));
            Assert.All(data, field => Assert.Equal(JsonValueKind.String, field.Value!.GetValueKind()));
            Assert.False(string.IsNullOrWhiteSpace(action["title"]!.GetValue<string>()));
        });
    }

    [Theory]
    [MemberData(nameof(CardNames))]
    public void EveryCard_StaysWellUnderTheTeamsMessageLimit(string name)
    {
        var bytes = CardJson.Bytes(WireCard.Content(Sample(name)));

        Assert.InRange(bytes, 1, CardLimits.CardBytes);
        Assert.True(CardLimits.CardBytes <= 28 * 1024 - 8 * 1024, "The budget leaves room for the activity around the card.");
    }

    [Fact]
    public void FallbackText_IsTheCardsShortOneLiner_ForTheActivityText()
    {
        var card = AdaptiveCardRenderer.ToAttachment(new DealReply(CardSamples.Deal(answers: 400)))!;

        var text = AdaptiveCardRenderer.FallbackText(card);

        Assert.Equal("Acme Corp: stage Alignment. Next step: Finish Qualify for Acme Corp: 8 of 10 questions answered.", text);
        Assert.Null(AdaptiveCardRenderer.FallbackText(new Schema.Attachment { ContentType = "text/csv", Content = "a,b" }));
    }

    [Fact]
    public void PlainTextAndFiles_StayText()
    {
        Assert.Null(AdaptiveCardRenderer.ToAttachment(new TextReply("Hello **there**")));
        Assert.Null(AdaptiveCardRenderer.ToAttachment(new FileReply("deals.csv", "text/csv", "a,b\n")));
    }

    [Fact]
    public void UserText_GoesIntoTextRunsThatShowItAsTyped_NotIntoMarkdownTextBlocks()
    {
        var deal = CardSamples.Deal() with { Prospect = "**Bold** Ltd" };

        var card = WireCard.Content(AdaptiveCardRenderer.ToAttachment(new DealReply(deal))!);

        Assert.Contains(CardJson.OfType(card, "TextRun"), r => r["text"]!.GetValue<string>() == "**Bold** Ltd");
        Assert.DoesNotContain(CardJson.OfType(card, "TextBlock"), t => t["text"]!.GetValue<string>().Contains("**Bold**", StringComparison.Ordinal));
    }

    private static Schema.Attachment Sample(string name) => CardSamples.All().Single(c => c.Name == name).Card;
}
