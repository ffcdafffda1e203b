using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Tests.Prompts;

public sealed class NoteSplitterTests
{
    [Theory]
    [InlineData("no - they use in-house staff", 2, "they use in-house staff")]
    [InlineData("no — in-house", 2, "in-house")]
    [InlineData("yes, the owner", 3, "the owner")]
    [InlineData("yes: the owner", 3, "the owner")]
    [InlineData("yes; the owner", 3, "the owner")]
    [InlineData("yes (the owner)", 3, "the owner")]
    [InlineData("yes! great fit", 3, "great fit")]
    [InlineData("yes great fit", 3, "great fit")]
    [InlineData("yes. Signed off, mostly.", 3, "Signed off, mostly.")]
    [InlineData("yes - the owner (Anna)", 3, "the owner (Anna)")]
    [InlineData("no - budget is small :)", 2, "budget is small :)")]
    [InlineData("yes (owner (Anna))", 3, "owner (Anna)")]
    public void The_note_is_what_follows_the_answer_without_leading_separators(string text, int consumed, string note)
    {
        Assert.Equal(note, NoteSplitter.NoteAfter(text, consumed));
    }

    [Theory]
    [InlineData("yes", 3)]
    [InlineData("yes.", 3)]
    [InlineData("yes   ", 3)]
    [InlineData("yes - ", 3)]
    [InlineData("yes ()", 3)]
    public void Nothing_but_punctuation_and_spaces_after_the_answer_is_no_note(string text, int consumed)
    {
        Assert.Null(NoteSplitter.NoteAfter(text, consumed));
    }
}
