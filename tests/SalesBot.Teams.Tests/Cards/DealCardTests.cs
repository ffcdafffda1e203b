using System.Text.Json.Nodes;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;
using SalesBot.Teams.Cards;

namespace SalesBot.Teams.Tests.Cards;

public sealed class DealCardTests
{
    [Fact]
    public void Deal_ShowsStageStatusAndVerdictAsFacts_AndTheScoreOnce()
    {
        var card = Render(CardSamples.Deal());

        var facts = CardJson.OfType(card, "FactSet").First()["facts"]!.AsArray()
            .ToDictionary(f => f!["title"]!.GetValue<string>(), f => f!["value"]!.GetValue<string>());
        Assert.Equal("Alignment (3 of 7)", facts["Stage"]);
        Assert.Equal("open", facts["Status"]);
        Assert.Equal("needs work", facts["Verdict"]);
        Assert.DoesNotContain("Score", facts.Keys);
        var words = CardJson.Words(card);
        var first = words.IndexOf("67 on 8 of 10 answered", StringComparison.Ordinal);
        Assert.True(first >= 0, words);
        Assert.Equal(-1, words.IndexOf("67 on 8 of 10 answered", first + 1, StringComparison.Ordinal));
    }

    [Fact]
    public void Deal_ListsTheVerdictsRedFlagsAndTheOtherStepsFlags_HardStopsInTheAttentionColour()
    {
        var card = Render(CardSamples.Deal());

        var words = CardJson.Words(card);
        Assert.Contains("Red flags (2)", words, StringComparison.Ordinal);
        Assert.Contains("Red flag: \nThe deadline makes this a rush job. \nNegotiate a realistic date or consider passing.", words, StringComparison.Ordinal);
        var hardStop = Assert.Single(CardJson.OfType(card, "TextRun"), r => r["text"]!.GetValue<string>() == "Hard stop: ");
        Assert.Equal("attention", hardStop["color"]!.GetValue<string>());
    }

    [Fact]
    public void Answers_AreGroupedByStep_EachWithItsValueNoteAndDate()
    {
        var card = Render(CardSamples.Deal(answers: 12));

        var words = CardJson.Words(card);
        Assert.True(words.IndexOf("Qualify", StringComparison.Ordinal) < words.IndexOf("Needs analysis", StringComparison.Ordinal));
        Assert.Equal(1, Count(words, "\nNeeds analysis\n"));
        Assert.Contains("Question number 2: is this something a realistic prospect would be asked about? \nyes\n (note 2: they said they would check with the owner)\n · 2025-03-16", words, StringComparison.Ordinal);
        Assert.Contains("Question number 3: is this something a realistic prospect would be asked about? \nunsure\n · 2025-03-17", words, StringComparison.Ordinal);
        Assert.DoesNotContain("…and", words, StringComparison.Ordinal);
    }

    [Fact]
    public void TouchesAndTheNextStep_AreShown_WithTheCommandToSay()
    {
        var card = Render(CardSamples.Deal());

        var touches = CardJson.OfType(card, "FactSet").Last()["facts"]!.AsArray();
        Assert.Equal(["2025-03-14 call", "2025-03-16 meeting"], touches.Select(f => f!["title"]!.GetValue<string>()));
        Assert.Equal(["no answer", "went well"], touches.Select(f => f!["value"]!.GetValue<string>()));
        var words = CardJson.Words(card);
        Assert.Contains("Next step\nFinish Qualify for Acme Corp: 8 of 10 questions answered.\nWhy: Decide whether this prospect deserves your time.\nSay \nqualify \"Acme Corp\"", words, StringComparison.Ordinal);
        var command = Assert.Single(CardJson.OfType(card, "TextRun"), r => r["text"]!.GetValue<string>() == "qualify \"Acme Corp\"");
        Assert.Equal("monospace", command["fontType"]!.GetValue<string>());
    }

    [Fact]
    public void Buttons_RunTheNextStepAndOpenThePipeline()
    {
        var card = Render(CardSamples.Deal());

        Assert.Equal(["qualify \"Acme Corp\"", "deals"], CardJson.Answers(card));
        Assert.Equal(["Next: qualify \"Acme Corp\"", "Open pipeline"], CardJson.Submits(card).Select(a => a["title"]!.GetValue<string>()));
    }

    [Fact]
    public void NextStepNeedingMoreWords_HasNoButton_ButStillSaysTheCommand()
    {
        var deal = CardSamples.Deal() with { NextStep = new NextStep("Walk away from Acme Corp.", "Bad prospects never turn into good partners.", "drop \"Acme Corp\" <reason>") };

        var card = Render(deal);

        Assert.Equal(["deals"], CardJson.Answers(card));
        Assert.Contains("drop \"Acme Corp\" <reason>", CardJson.Words(card), StringComparison.Ordinal);
    }

    [Fact]
    public void ClosedDeal_ShowsItsStatusWithTheReason()
    {
        var card = Render(CardSamples.Deal() with { Status = DealStatus.Lost, ClosedReason = "went with a cheaper agency" });

        Assert.Contains("Status\nlost: went with a cheaper agency", CardJson.Words(card), StringComparison.Ordinal);
    }

    [Fact]
    public void DealWithoutAnswersOrVerdict_SaysSo()
    {
        var card = Render(CardSamples.Deal(answers: 0) with { Judgement = null, OtherFlags = [], Touches = [] });

        var words = CardJson.Words(card);
        Assert.Contains("Verdict\nnot judged yet", words, StringComparison.Ordinal);
        Assert.Contains("Answers\nNone recorded yet.", words, StringComparison.Ordinal);
        Assert.DoesNotContain("Red flags", words, StringComparison.Ordinal);
        Assert.DoesNotContain("Touches", words, StringComparison.Ordinal);
    }

    [Fact]
    public void LongAnswerList_IsCutToFitTheSizeBudget_WithALineSayingHowManyMoreAndHowToSeeThem()
    {
        var card = Render(CardSamples.Deal(answers: 400));

        Assert.InRange(CardJson.Bytes(card), 1, CardLimits.CardBytes);
        var shown = Count(CardJson.Words(card), "is this something a realistic prospect");
        Assert.InRange(shown, 10, CardLimits.Answers);
        var hint = CardJson.OfType(card, "RichTextBlock").Last(b => b["inlines"]![0]!["text"]!.GetValue<string>().StartsWith('…'));
        Assert.Equal($"…and {400 - shown} more, say ", hint["inlines"]![0]!["text"]!.GetValue<string>());
        Assert.Equal("deal \"Acme Corp\" history", hint["inlines"]![1]!["text"]!.GetValue<string>());
        Assert.Contains("Next step", CardJson.Words(card), StringComparison.Ordinal);
    }

    [Fact]
    public void AnswerListOverTheLineLimit_IsCutAtTheLimit_EvenWhenSmall()
    {
        var deal = CardSamples.Deal(answers: CardLimits.Answers + 5, prospect: "Acme");
        deal = deal with { Answers = [.. deal.Answers.Select(a => a with { Question = "Q?", Note = null })] };

        var card = Render(deal);

        Assert.Equal(CardLimits.Answers, CardJson.OfType(card, "TextRun").Count(r => r["text"]!.GetValue<string>() == "Q? "));
        Assert.Contains("…and 5 more, say \ndeal Acme history", CardJson.Words(card), StringComparison.Ordinal);
    }

    [Fact]
    public void DealWithEveryQuestionOfTheDefaultPlaybookAnsweredWithNotes_FitsWhole()
    {
        var deal = CardSamples.FullPlaybookDeal();

        var card = Render(deal);

        Assert.True(deal.Answers.Count > 40, $"the default playbook has {deal.Answers.Count} questions");
        Assert.Equal(deal.Answers.Count, CardJson.OfType(card, "TextRun").Count(r => r["text"]!.GetValue<string>() == $" ({CardSamples.FullPlaybookNote})"));
        Assert.DoesNotContain("…and", CardJson.Words(card), StringComparison.Ordinal);
        Assert.InRange(CardJson.Bytes(card), 1, CardLimits.CardBytes);
    }

    [Fact]
    public void History_ShowsVersionsAndAuthors_AndPointsToTheExportWhenCut()
    {
        var card = Render(CardSamples.Deal(answers: 400, showHistory: true));

        var words = CardJson.Words(card);
        Assert.Contains("Every answer version", words, StringComparison.Ordinal);
        Assert.Contains(" · 2025-03-15 · v2 by Pat Seller", words, StringComparison.Ordinal);
        Assert.Contains("History\n2025-03-14 \nMoved to alignment\n (Pat)", words, StringComparison.Ordinal);
        Assert.Matches(@"…and \d+ more, say \nexport", words);
        Assert.InRange(CardJson.Bytes(card), 1, CardLimits.CardBytes);
    }

    private static JsonObject Render(DealView deal) => WireCard.Content(AdaptiveCardRenderer.ToAttachment(new DealReply(deal))!);

    private static int Count(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + part.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
