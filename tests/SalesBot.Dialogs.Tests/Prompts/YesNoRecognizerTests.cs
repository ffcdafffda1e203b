using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Tests.Prompts;

public sealed class YesNoRecognizerTests
{
    [Theory]
    [InlineData("yes", "yes")]
    [InlineData("no", "no")]
    [InlineData("unsure", "unsure")]
    [InlineData("y", "yes")]
    [InlineData("n", "no")]
    [InlineData("Y", "yes")]
    [InlineData("YES", "yes")]
    [InlineData("Yes.", "yes")]
    [InlineData("No!", "no")]
    [InlineData("  yes  ", "yes")]
    [InlineData("yeah", "yes")]
    [InlineData("yep", "yes")]
    [InlineData("nope", "no")]
    [InlineData("nah", "no")]
    [InlineData("not sure", "unsure")]
    [InlineData("Not  Sure", "unsure")]
    [InlineData("don't know", "unsure")]
    [InlineData("dont know", "unsure")]
    [InlineData("no idea", "unsure")]
    [InlineData("maybe", "unsure")]
    [InlineData("idk", "unsure")]
    [InlineData("yess", "yes")]
    [InlineData("Yesss!", "yes")]
    [InlineData("yeahh", "yes")]
    [InlineData("noo", "no")]
    [InlineData("Nooo.", "no")]
    [InlineData("nopee", "no")]
    public void A_plain_answer_reads_as_yes_no_or_unsure_without_a_note(string text, string value)
    {
        var result = YesNoRecognizer.Recognize(text);

        Assert.True(result.Succeeded);
        Assert.Equal(value, result.Value);
        Assert.Null(result.Note);
        Assert.Null(result.Error);
    }

    [Theory]
    [InlineData("yesss - the owner signs", "yes", "the owner signs")]
    [InlineData("noo, they use in-house staff", "no", "they use in-house staff")]
    public void A_letter_held_down_still_reads_as_the_answer_and_keeps_the_note(string text, string value, string note)
    {
        var result = YesNoRecognizer.Recognize(text);

        Assert.Equal((true, value, note), (result.Succeeded, result.Value, result.Note));
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("nothing")]
    [InlineData("noon")]
    public void Words_that_only_start_like_yes_or_no_are_not_answers(string text)
    {
        Assert.False(YesNoRecognizer.Recognize(text).Succeeded);
    }

    [Theory]
    [InlineData("no - they use in-house staff", "no", "they use in-house staff")]
    [InlineData("no – they use in-house staff", "no", "they use in-house staff")]
    [InlineData("maybe, ask again", "unsure", "ask again")]
    [InlineData("yes, the owner signs", "yes", "the owner signs")]
    [InlineData("yes (checked with Bob)", "yes", "checked with Bob")]
    [InlineData("no: a one-off launch", "no", "a one-off launch")]
    [InlineData("not sure - ask the CFO", "unsure", "ask the CFO")]
    [InlineData("yes they pay on time", "yes", "they pay on time")]
    public void Words_after_the_answer_are_kept_as_a_note(string text, string value, string note)
    {
        var result = YesNoRecognizer.Recognize(text);

        Assert.True(result.Succeeded);
        Assert.Equal(value, result.Value);
        Assert.Equal(note, result.Note);
    }

    [Fact]
    public void No_idea_is_unsure_rather_than_no_with_a_note()
    {
        var result = YesNoRecognizer.Recognize("no idea, ask later");

        Assert.Equal("unsure", result.Value);
        Assert.Equal("ask later", result.Note);
    }

    [Theory]
    [InlineData("nothing")]
    [InlineData("nobody knows")]
    [InlineData("yesterday")]
    [InlineData("never")]
    [InlineData("okay")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("perhaps")]
    public void Words_that_merely_start_like_an_answer_or_are_not_one_do_not_read_as_an_answer(string text)
    {
        var result = YesNoRecognizer.Recognize(text);

        Assert.False(result.Succeeded);
        Assert.Equal("", result.Value);
        Assert.Equal("Please answer yes, no or unsure (you can add a note after it).", result.Error);
    }

    [Fact]
    public void The_example_answer_reads_back_as_no_with_a_note()
    {
        var result = YesNoRecognizer.Recognize(YesNoRecognizer.Example);

        Assert.Equal(("no", "they use in-house staff"), (result.Value, result.Note));
    }
}
