using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Teams.Cards;

namespace SalesBot.Teams.Tests.Cards;

public sealed class PipelineCardTests
{
    [Fact]
    public void Deals_AreGroupedByStage_ClosedOnesByStatus_EachWithVerdictAndNextStep()
    {
        var card = Render(CardSamples.Pipeline());

        var words = CardJson.Words(card);
        Assert.Contains("Your pipeline\n3 deals\nEngagement\nAcme Corp\n · qualified\nPrepare for the meeting.", words, StringComparison.Ordinal);
        Assert.Contains("Globex\n · needs work\nAnswer the open questions.", words, StringComparison.Ordinal);
        Assert.Contains("Lost\nInitech\nNothing to do: the deal is lost.", words, StringComparison.Ordinal);
        Assert.Equal(1, CardJson.OfType(card, "TextBlock").Count(t => t["text"]!.GetValue<string>() == "Engagement"));
    }

    [Fact]
    public void EachDeal_HasAnOpenButtonSendingDealWithTheName_QuotedWhenItHasSpaces()
    {
        var card = Render(CardSamples.Pipeline());

        Assert.Equal(["deal \"Acme Corp\"", "deal Globex", "deal Initech"], CardJson.Answers(card));
        Assert.All(CardJson.Submits(card), a => Assert.Equal(["answer"], a["data"]!.AsObject().Select(p => p.Key)));
        Assert.Null(card["actions"]);
    }

    [Fact]
    public void EmptyPipeline_SaysHowToStart()
    {
        var card = Render([]);

        Assert.Contains("No deals yet. Start with \nqualify <prospect>", CardJson.Words(card), StringComparison.Ordinal);
        Assert.Equal(["help"], CardJson.Answers(card));
    }

    [Fact]
    public void LongPipeline_IsCutToFit_WithALineSayingHowManyMore()
    {
        var card = Render(CardSamples.Pipeline(120));

        Assert.InRange(CardJson.Bytes(card), 1, CardLimits.CardBytes);
        var shown = CardJson.Submits(card).Count;
        Assert.InRange(shown, 10, CardLimits.PipelineDeals);
        Assert.Contains($"…and {120 - shown} more: open one with deal <prospect>, or say \nexport", CardJson.Words(card), StringComparison.Ordinal);
        Assert.Contains("120 deals", CardJson.Words(card), StringComparison.Ordinal);
    }

    private static JsonObject Render(IReadOnlyList<PipelineEntry> deals) => WireCard.Content(AdaptiveCardRenderer.ToAttachment(new PipelineReply(deals))!);
}
