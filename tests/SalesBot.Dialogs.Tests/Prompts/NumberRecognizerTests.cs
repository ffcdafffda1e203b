using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Tests.Prompts;

public sealed class NumberRecognizerTests
{
    [Theory]
    [InlineData("3", "3")]
    [InlineData(" 3 ", "3")]
    [InlineData("0", "0")]
    [InlineData("2.5", "2.5")]
    [InlineData("3.0", "3")]
    [InlineData("1,200", "1200")]
    [InlineData("1,5", "1.5")]
    [InlineData("1,200,000.25", "1200000.25")]
    [InlineData("-2", "-2")]
    [InlineData("007", "7")]
    public void A_number_is_stored_in_invariant_form(string text, string stored)
    {
        var result = NumberRecognizer.Recognize(text);

        Assert.True(result.Succeeded);
        Assert.Equal(stored, result.Value);
        Assert.Null(result.Note);
    }

    [Theory]
    [InlineData("3 rounds", "3", "rounds")]
    [InlineData("2 - then billed hourly", "2", "then billed hourly")]
    [InlineData("6 (after launch)", "6", "after launch")]
    public void Words_after_the_number_are_kept_as_a_note(string text, string stored, string note)
    {
        var result = NumberRecognizer.Recognize(text);

        Assert.Equal((true, stored, note), (result.Succeeded, result.Value, result.Note));
    }

    [Theory]
    [InlineData("")]
    [InlineData("about 3")]
    [InlineData("-")]
    public void Text_that_does_not_start_with_a_number_is_refused(string text)
    {
        var result = NumberRecognizer.Recognize(text);

        Assert.False(result.Succeeded);
        Assert.Equal("Please answer with a number, like 3.", result.Error);
    }
}
