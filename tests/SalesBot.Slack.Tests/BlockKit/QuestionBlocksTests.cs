using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
using SalesBot.Core.Playbooks;
using SalesBot.Slack.BlockKit;

namespace SalesBot.Slack.Tests.BlockKit;

public sealed class QuestionBlocksTests
{
    private static readonly QuestionReply YesNo = new(
        "Do they need what you deliver?",
        "Check the work is not done in-house first.",
        [Choice.Of("yes"), Choice.Of("no"), Choice.Of("unsure")],
        new Progress("Qualify", "Acme", 3, 10),
        "\"Who looks after this for you today?\"",
        null);

    [Fact]
    public void Question_HasProgressContext_BoldQuestionWithWording_TipContext_AndOneButtonPerChoice()
    {
        var message = QuestionBlocks.Render(YesNo);
        var blocks = message.Blocks;

        Assert.Equal("context", Type(blocks[0]));
        Assert.Equal("Question 3 of 10 in Qualify for Acme", ContextText(blocks[0]));
        Assert.Equal("section", Type(blocks[1]));
        Assert.Equal("*Do they need what you deliver?*\nAsk them: _\"Who looks after this for you today?\"_", blocks[1]!["text"]!["text"]!.GetValue<string>());
        Assert.Equal(":bulb: Tip: Check the work is not done in-house first.", ContextText(blocks[2]));
        var actions = Assert.Single(blocks, b => Type(b) == "actions")!;
        var buttons = actions["elements"]!.AsArray();
        Assert.Equal(["yes", "no", "unsure"], buttons.Select(b => b!["value"]!.GetValue<string>()));
        Assert.Equal(["yes", "no", "unsure"], buttons.Select(b => b!["text"]!["text"]!.GetValue<string>()));
        Assert.Equal(["answer_0", "answer_1", "answer_2"], buttons.Select(b => b!["action_id"]!.GetValue<string>()));
        Assert.True(message.Question);
        Assert.Equal("Question 3 of 10 in Qualify for Acme: Do they need what you deliver?", message.Text);
        Assert.Empty(BlockKitLimits.Problems(message.Text, blocks, BlockKitLimits.MessageBlocks));
    }

    [Fact]
    public void FreeTextQuestion_HasNoButtons_SaysToTypeTheAnswer_AndIsNotTrackedForUpdates()
    {
        var message = QuestionBlocks.Render(YesNo with { Choices = [], Text = "What budget does Acme have in mind?" });

        Assert.DoesNotContain(message.Blocks, b => Type(b) == "actions");
        Assert.StartsWith("Type your answer in the chat", ContextText(message.Blocks[^1]), StringComparison.Ordinal);
        Assert.False(message.Question);
    }

    [Fact]
    public void RecordedAnswer_IsShownWithHowToKeepIt()
    {
        var message = QuestionBlocks.Render(YesNo with { CurrentAnswer = "no" });

        Assert.Contains(message.Blocks, b => Type(b) == "context" && ContextText(b).StartsWith("Recorded: *no*", StringComparison.Ordinal));
    }

    [Fact]
    public void ButtonTextOver75Characters_IsCutForDisplay_ButTheValueIsKeptWhole()
    {
        var longChoice = new string('w', 120);
        var message = QuestionBlocks.Render(YesNo with { Choices = [Choice.Of(longChoice)] });

        var button = message.Blocks.Single(b => Type(b) == "actions")!["elements"]![0]!;
        Assert.Equal(75, button["text"]!["text"]!.GetValue<string>().Length);
        Assert.EndsWith("…", button["text"]!["text"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(longChoice, button["value"]!.GetValue<string>());
        Assert.Empty(BlockKitLimits.Problems(message.Text, message.Blocks, BlockKitLimits.MessageBlocks));
    }

    [Fact]
    public void MoreThanFiveChoices_AreOneStaticSelectWithANoteAndOneSubmit_KeepingEveryChoiceInOrder()
    {
        var choices = Enumerable.Range(1, 30).Select(i => Choice.Of($"option {i}")).ToList();
        var message = QuestionBlocks.Render(YesNo with { Choices = choices });

        var select = Element(message, "sb_choice");
        Assert.Equal("static_select", select["type"]!.GetValue<string>());
        Assert.Equal(choices.Select(c => c.Value), select["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()));
        Assert.True(Input(message, "sb_note")["optional"]!.GetValue<bool>());
        var actions = Assert.Single(message.Blocks, b => Type(b) == "actions")!;
        Assert.Equal("answer_submit", Assert.Single(actions["elements"]!.AsArray())!["action_id"]!.GetValue<string>());
        Assert.True(message.Question);
        Assert.Empty(BlockKitLimits.Problems(message.Text, message.Blocks, BlockKitLimits.MessageBlocks));
    }

    [Theory]
    [InlineData(AnswerKind.Money, "sb_amount", "number_input")]
    [InlineData(AnswerKind.Date, "sb_date", "datepicker")]
    [InlineData(AnswerKind.Number, "sb_number", "number_input")]
    [InlineData(AnswerKind.Text, "sb_text", "plain_text_input")]
    public void EachAnswerKind_HasItsInputInTheMessage_AndOneSubmitButton(AnswerKind kind, string id, string elementType)
    {
        var message = QuestionBlocks.Render(YesNo with { Choices = [], Kind = kind, Text = "What budget does Acme have in mind?" });

        Assert.Equal(elementType, Element(message, id)["type"]!.GetValue<string>());
        Assert.Null(Input(message, id)["optional"]);
        var actions = Assert.Single(message.Blocks, b => Type(b) == "actions")!;
        var submit = Assert.Single(actions["elements"]!.AsArray())!;
        Assert.Equal(("answer_submit", "Submit"), (submit["action_id"]!.GetValue<string>(), submit["text"]!["text"]!.GetValue<string>()));
        Assert.StartsWith("Answer above and press Submit", ContextText(message.Blocks[^1]), StringComparison.Ordinal);
        Assert.True(message.Question);
        Assert.Empty(BlockKitLimits.Problems(message.Text, message.Blocks, BlockKitLimits.MessageBlocks));
    }

    [Fact]
    public void MoneyQuestion_HasTheUsersCurrencyPreselected_AndDecimalsAllowed()
    {
        var message = QuestionBlocks.Render(YesNo with { Choices = [], Kind = AnswerKind.Money, Currency = "nok" });

        Assert.True(Element(message, "sb_amount")["is_decimal_allowed"]!.GetValue<bool>());
        var currency = Element(message, "sb_currency");
        Assert.Equal("NOK", currency["initial_option"]!["value"]!.GetValue<string>());
        Assert.Contains("NOK", currency["options"]!.AsArray().Select(o => o!["value"]!.GetValue<string>()));
    }

    [Fact]
    public void FreeTextInput_IsMultiline()
    {
        var message = QuestionBlocks.Render(YesNo with { Choices = [], Kind = AnswerKind.Text });

        Assert.True(Element(message, "sb_text")["multiline"]!.GetValue<bool>());
    }

    [Fact]
    public void YesNoQuestion_KeepsItsQuickPickButtons_AndGetsAnOptionalNote()
    {
        var message = QuestionBlocks.Render(YesNo with { Kind = AnswerKind.YesNo });

        var actions = Assert.Single(message.Blocks, b => Type(b) == "actions")!;
        Assert.Equal(["answer_0", "answer_1", "answer_2"], actions["elements"]!.AsArray().Select(b => b!["action_id"]!.GetValue<string>()));
        Assert.True(Input(message, "sb_note")["optional"]!.GetValue<bool>());
        Assert.Equal(1, message.Blocks.Count(b => Type(b) == "input"));
    }

    [Fact]
    public void AnsweredQuestion_DropsTheInputsAndTheSubmitButton()
    {
        var asked = QuestionBlocks.Render(YesNo with { Choices = [], Kind = AnswerKind.Money });

        var answered = AnsweredQuestion.From(asked.Blocks, asked.Text, AnsweredQuestion.Chosen("4500 EUR"));

        Assert.DoesNotContain(answered.Blocks, b => Type(b) is "input" or "actions");
        Assert.DoesNotContain(answered.Blocks, b => Type(b) == "context" && ContextText(b).StartsWith("Answer above", StringComparison.Ordinal));
        Assert.Equal(":white_check_mark: Answered: *4500 EUR*", ContextText(answered.Blocks[^1]));
    }

    private static JsonObject Input(SlackMessage message, string id) =>
        Assert.Single(message.Blocks, b => Type(b) == "input" && b!["block_id"]!.GetValue<string>() == id)!.AsObject();

    private static JsonObject Element(SlackMessage message, string id)
    {
        var element = Input(message, id)["element"]!.AsObject();
        Assert.Equal(id, element["action_id"]!.GetValue<string>());
        return element;
    }

    [Fact]
    public void UserTextWithSlackControlCharacters_IsEscaped_SoItCannotMentionOrLink()
    {
        var message = QuestionBlocks.Render(YesNo with { Text = "Is <!channel> & <@U123> ok?", Progress = new Progress("Qualify", "<!here>", 1, 2) });

        var all = BlockText.Of(message.Blocks);
        Assert.DoesNotContain("<!channel>", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U123>", all, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt; &amp; &lt;@U123&gt;", all, StringComparison.Ordinal);
        Assert.DoesNotContain("<!here>", message.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void AnsweredQuestion_KeepsTheQuestionWithoutButtons_AndSaysWhatWasChosen()
    {
        var asked = QuestionBlocks.Render(YesNo);

        var answered = AnsweredQuestion.From(asked.Blocks, asked.Text, AnsweredQuestion.Chosen("yes"));

        Assert.DoesNotContain(answered.Blocks, b => Type(b) == "actions");
        Assert.DoesNotContain(answered.Blocks, b => Type(b) == "context" && ContextText(b).StartsWith("Pick an answer", StringComparison.Ordinal));
        Assert.Contains(answered.Blocks, b => Type(b) == "section" && b!["text"]!["text"]!.GetValue<string>().Contains("Do they need", StringComparison.Ordinal));
        Assert.Equal(":white_check_mark: Answered: *yes*", ContextText(answered.Blocks[^1]));
        Assert.Contains(asked.Blocks, b => Type(b) == "actions");
    }

    internal static string Type(JsonNode? block) => block!["type"]!.GetValue<string>();

    internal static string ContextText(JsonNode? block) => block!["elements"]![0]!["text"]!.GetValue<string>();
}
