using SalesBot.Teams.Cards;

namespace SalesBot.Teams.Tests.Cards;

public sealed class HelpAndWelcomeCardTests
{
    [Fact]
    public void Help_ListsEveryCommandWithItsUsageInMonospaceAndItsSummary()
    {
        var card = WireCard.Content(AdaptiveCardRenderer.Help(CardSamples.Commands));

        var usages = CardJson.OfType(card, "TextRun").Where(r => r["fontType"]?.GetValue<string>() == "monospace").Select(r => r["text"]!.GetValue<string>());
        Assert.Equal(CardSamples.Commands.Select(c => c.Item1), usages);
        Assert.Contains("qualify <prospect>\nThe ten qualification questions, then the verdict.", CardJson.Words(card), StringComparison.Ordinal);
        Assert.Equal(["deals"], CardJson.Answers(card));
    }

    [Fact]
    public void Welcome_SaysWhatSalesBotDoesAndHowToStart_WithHelpAndDealsButtons()
    {
        var card = WireCard.Content(AdaptiveCardRenderer.Welcome());

        var words = CardJson.Words(card);
        Assert.Contains("Hi, I'm SalesBot, your sales coach", words, StringComparison.Ordinal);
        Assert.Contains("Start with a prospect: \nqualify Acme", words, StringComparison.Ordinal);
        Assert.Equal(["help", "deals"], CardJson.Answers(card));
    }
}
