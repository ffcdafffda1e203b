using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Teams.Cards;

namespace SalesBot.Teams.Tests.Cards;

public sealed class QuestionCardTests
{
    [Fact]
    public void Question_ShowsProgressLineAndBar_TheQuestionInBold_TheTipSubtle_AndTheWordsToTry()
    {
        var card = Render(CardSamples.YesNoQuestion);
        var body = card["body"]!.AsArray();

        Assert.Equal("Question 3 of 10 in Qualify for Acme", body[0]!["inlines"]![0]!["text"]!.GetValue<string>());
        var bar = body[1]!["inlines"]!.AsArray();
        Assert.Equal([new string('━', 6), new string('━', 14)], bar.Select(r => r!["text"]!.GetValue<string>()));
        Assert.Equal("accent", bar[0]!["color"]!.GetValue<string>());
        Assert.True(bar[1]!["isSubtle"]!.GetValue<bool>());
        var question = Assert.Single(CardJson.OfType(card, "TextBlock"), t => t["text"]!.GetValue<string>() == "Are you confident they can pay for it?");
        Assert.Equal("bolder", question["weight"]!.GetValue<string>());
        var tip = Assert.Single(CardJson.OfType(card, "TextBlock"), t => t["text"]!.GetValue<string>() == "Tip: Ask peers who worked with them.");
        Assert.True(tip["isSubtle"]!.GetValue<bool>());
        Assert.Contains("Ask them: \n\"Who else have you worked with on this?\"", CardJson.Words(card), StringComparison.Ordinal);
    }

    [Fact]
    public void EachChoice_IsASubmitSendingThePlainAnswerAndTheQuestion_InChoiceOrder()
    {
        var card = Render(CardSamples.YesNoQuestion);

        var actions = card["actions"]!.AsArray().Select(a => a!.AsObject()).ToList();
        Assert.Equal(["yes", "no", "unsure"], actions.Select(a => a["title"]!.GetValue<string>()));
        Assert.All(actions, action =>
        {
            Assert.Equal("Action.Submit", action["type"]!.GetValue<string>());
            var data = action["data"]!.AsObject();
            Assert.Equal(["answer", "question"], data.Select(p => p.Key));
            Assert.Equal(action["title"]!.GetValue<string>(), data["answer"]!.GetValue<string>());
            Assert.Equal("Are you confident they can pay for it?", data["question"]!.GetValue<string>());
        });
    }

    [Fact]
    public void QuestionWithoutChoices_HasNoButtons_AndSaysToTypeTheAnswer_AndShowsTheRecordedAnswer()
    {
        var card = Render(CardSamples.FreeTextQuestion);

        Assert.Null(card["actions"]);
        Assert.Empty(CardJson.Submits(card));
        var words = CardJson.Words(card);
        Assert.Contains("Type your answer in the chat.", words, StringComparison.Ordinal);
        Assert.Contains("Recorded: \n5k\n", words, StringComparison.Ordinal);
        var recorded = Assert.Single(CardJson.OfType(card, "TextRun"), r => r["text"]!.GetValue<string>() == "5k");
        Assert.Equal("bolder", recorded["weight"]!.GetValue<string>());
    }

    [Fact]
    public void ManyChoices_AreOneCompactChoiceSetWithANoteAndOneSubmit_KeepingEveryChoiceInOrder()
    {
        var card = Render(CardSamples.ManyChoicesQuestion);

        var choiceSet = Assert.Single(CardJson.OfType(card, "Input.ChoiceSet"));
        Assert.Equal("compact", choiceSet["style"]!.GetValue<string>());
        Assert.Equal(Enumerable.Range(1, 7).Select(i => $"option {i}"), choiceSet["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
        Assert.Single(CardJson.OfType(card, "Input.Text"), t => t["id"]!.GetValue<string>() == "sbNote");
        var submit = Assert.Single(card["actions"]!.AsArray());
        Assert.Equal("Submit", submit!["title"]!.GetValue<string>());
        Assert.Null(submit["data"]!["msteams"]);
        Assert.Empty(CardJson.OfType(card, "ActionSet"));
    }

    [Theory]
    [InlineData("money", "Input.Number", "sbAmount")]
    [InlineData("date", "Input.Date", "sbDate")]
    [InlineData("number", "Input.Number", "sbNumber")]
    [InlineData("text", "Input.Text", "sbText")]
    public void EachAnswerKind_HasItsInputAndOneSubmitNamingTheQuestion_WithoutMsteamsData(string kind, string inputType, string inputId)
    {
        var question = kind switch
        {
            "money" => CardSamples.MoneyQuestion,
            "date" => CardSamples.DateQuestion,
            "number" => CardSamples.NumberQuestion,
            _ => CardSamples.TextQuestion,
        };

        var card = Render(question);

        var input = Assert.Single(CardJson.OfType(card, inputType), i => i["id"]!.GetValue<string>() == inputId);
        Assert.True(input["isRequired"]!.GetValue<bool>());
        Assert.False(string.IsNullOrWhiteSpace(input["errorMessage"]!.GetValue<string>()));
        var submit = Assert.Single(card["actions"]!.AsArray())!;
        Assert.Equal("Action.Submit", submit["type"]!.GetValue<string>());
        Assert.Equal(question.Text, submit["data"]!["question"]!.GetValue<string>());
        Assert.Null(submit["data"]!["msteams"]);
        Assert.DoesNotContain("Type your answer in the chat.", CardJson.Words(card), StringComparison.Ordinal);
    }

    [Fact]
    public void MoneyQuestion_OffersTheUsersCurrencyPreselected()
    {
        var card = Render(CardSamples.MoneyQuestion with { Currency = "NOK" });

        var currency = Assert.Single(CardJson.OfType(card, "Input.ChoiceSet"), c => c["id"]!.GetValue<string>() == "sbCurrency");
        Assert.Equal("NOK", currency["value"]!.GetValue<string>());
        Assert.Contains("NOK", currency["choices"]!.AsArray().Select(c => c!["value"]!.GetValue<string>()));
    }

    [Fact]
    public void FreeTextQuestion_IsAMultilineInput()
    {
        var card = Render(CardSamples.TextQuestion);

        var text = Assert.Single(CardJson.OfType(card, "Input.Text"));
        Assert.True(text["isMultiline"]!.GetValue<bool>());
    }

    [Fact]
    public void YesNoQuestion_KeepsItsQuickPickButtons_AndGetsAnOptionalNoteField()
    {
        var card = Render(CardSamples.YesNoQuestion with { Kind = Core.Playbooks.AnswerKind.YesNo });

        Assert.Equal(["yes", "no", "unsure"], CardJson.Answers(card));
        var note = Assert.Single(CardJson.OfType(card, "Input.Text"));
        Assert.Equal("sbNote", note["id"]!.GetValue<string>());
        Assert.Null(note["isRequired"]);
    }

    [Fact]
    public void LastQuestion_HasAFullProgressBar()
    {
        var card = Render(CardSamples.ManyChoicesQuestion);

        var bar = Assert.Single(card["body"]![1]!["inlines"]!.AsArray());
        Assert.Equal(new string('━', 20), bar!["text"]!.GetValue<string>());
        Assert.Equal("accent", bar["color"]!.GetValue<string>());
    }

    [Fact]
    public void QuestionWithoutProgress_StartsWithTheQuestion()
    {
        var card = Render(CardSamples.YesNoQuestion with { Progress = null });

        Assert.Equal("Are you confident they can pay for it?", card["body"]![0]!["text"]!.GetValue<string>());
        Assert.DoesNotContain("━", CardJson.Words(card), StringComparison.Ordinal);
    }

    [Fact]
    public void AnsweredQuestion_ShowsTheQuestionAndTheAnswer_WithoutAnyButton()
    {
        var card = WireCard.Content(AdaptiveCardRenderer.AnsweredQuestion("Are you confident they can pay for it?", "Question 3 of 10 · Qualify · Acme", "unsure - ask"));

        Assert.Null(card["actions"]);
        Assert.Empty(CardJson.OfType(card, "ActionSet"));
        var words = CardJson.Words(card);
        Assert.Contains("Question 3 of 10 · Qualify · Acme", words, StringComparison.Ordinal);
        Assert.Contains("Are you confident they can pay for it?", words, StringComparison.Ordinal);
        Assert.Contains("Answered: \nunsure - ask", words, StringComparison.Ordinal);
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
    }

    private static JsonObject Render(QuestionReply question) => WireCard.Content(AdaptiveCardRenderer.ToAttachment(question)!);
}
