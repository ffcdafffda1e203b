using SalesBot.Core.Conversations;
using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Tests.Prompts;

public sealed class AnswerRecognizerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly ChoiceOption[] Gut = [new("good", "Good", 1), new("unsure", "Unsure", 0.5), new("bad", "Bad", 0)];

    private static PromptOptions Options(AnswerKind kind, string currency = "USD") =>
        new(new QuestionReply("Question?", null, [], null, null, null), kind, kind == AnswerKind.Choice ? Gut : [], currency);

    [Theory]
    [InlineData(AnswerKind.YesNo, "n - in-house", "no")]
    [InlineData(AnswerKind.Choice, "2", "unsure")]
    [InlineData(AnswerKind.Money, "5k", "5000 PLN")]
    [InlineData(AnswerKind.Number, "1,200", "1200")]
    [InlineData(AnswerKind.Date, "tomorrow", "2026-11-24")]
    [InlineData(AnswerKind.Text, "  Grow online sales  ", "Grow online sales")]
    public void Each_kind_of_question_reads_its_answer_with_its_own_recognizer(AnswerKind kind, string text, string value)
    {
        var result = AnswerRecognizer.Recognize(Options(kind, "PLN"), text, Today, "en-GB");

        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(value, result.Value);
    }

    [Fact]
    public void An_empty_text_answer_is_refused()
    {
        Assert.False(AnswerRecognizer.Recognize(Options(AnswerKind.Text), "  ", Today, null).Succeeded);
    }

    [Theory]
    [InlineData(AnswerKind.YesNo)]
    [InlineData(AnswerKind.Choice)]
    [InlineData(AnswerKind.Money)]
    [InlineData(AnswerKind.Number)]
    [InlineData(AnswerKind.Date)]
    public void The_example_shown_after_a_wrong_answer_can_itself_be_read(AnswerKind kind)
    {
        var example = AnswerRecognizer.Example(kind, kind == AnswerKind.Choice ? Gut : []);
        var firstExample = example.Split(" (", 2)[0];

        var result = AnswerRecognizer.Recognize(Options(kind), firstExample, Today, "en-US");

        Assert.True(result.Succeeded, $"'{firstExample}' was refused: {result.Error}");
    }
}
