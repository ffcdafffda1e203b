using System.Text.Json.Nodes;
using SalesBot.Core.Conversations;
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
        Assert.Equal("Question 3 of 10 · Qualify · Acme", ContextText(blocks[0]));
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
        Assert.StartsWith("Type your answer here", ContextText(message.Blocks[^1]), StringComparison.Ordinal);
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
    public void MoreThan25Choices_AreSpreadOverSeveralActionBlocks_WithUniqueIds()
    {
        var choices = Enumerable.Range(1, 30).Select(i => Choice.Of($"option {i}")).ToList();
        var message = QuestionBlocks.Render(YesNo with { Choices = choices });

        var actions = message.Blocks.Where(b => Type(b) == "actions").ToList();
        Assert.Equal([25, 5], actions.Select(a => a!["elements"]!.AsArray().Count));
        var ids = actions.SelectMany(a => a!["elements"]!.AsArray()).Select(b => b!["action_id"]!.GetValue<string>()).ToList();
        Assert.Equal(30, ids.Distinct().Count());
        Assert.Empty(BlockKitLimits.Problems(message.Text, message.Blocks, BlockKitLimits.MessageBlocks));
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
        Assert.Equal(":white_check_mark: You chose *yes*", ContextText(answered.Blocks[^1]));
        Assert.Contains(asked.Blocks, b => Type(b) == "actions");
    }

    internal static string Type(JsonNode? block) => block!["type"]!.GetValue<string>();

    internal static string ContextText(JsonNode? block) => block!["elements"]![0]!["text"]!.GetValue<string>();
}
