using SalesBot.Core.Playbooks;
using SalesBot.Dialogs.Prompts;

namespace SalesBot.Dialogs.Tests.Prompts;

public sealed class ChoiceRecognizerTests
{
    private static readonly ChoiceOption[] Gut = [new("good", "Good", 1), new("unsure", "Unsure", 0.5), new("bad", "Bad", 0)];

    private static readonly ChoiceOption[] Satisfied =
        [new("satisfied", "Fully satisfied", 1), new("partly", "Partly", 0.5), new("unsatisfied", "Not satisfied", 0)];

    private static void AssertChoice(string id, string? note, Recognition result)
    {
        Assert.True(result.Succeeded, result.Error);
        Assert.Equal(id, result.Value);
        Assert.Equal(note, result.Note);
    }

    [Theory]
    [InlineData("good", "good")]
    [InlineData("bad", "bad")]
    [InlineData("partly", "partly")]
    [InlineData("unsatisfied", "unsatisfied")]
    [InlineData("satisfied", "satisfied")]
    public void A_choice_is_read_by_its_id(string text, string id)
    {
        AssertChoice(id, null, ChoiceRecognizer.Recognize(text, [.. Gut, .. Satisfied]));
    }

    [Theory]
    [InlineData("Fully satisfied", "satisfied")]
    [InlineData("fully SATISFIED", "satisfied")]
    [InlineData("Not satisfied", "unsatisfied")]
    [InlineData("  not satisfied  ", "unsatisfied")]
    public void A_choice_is_read_by_its_title_in_any_case(string text, string id)
    {
        AssertChoice(id, null, ChoiceRecognizer.Recognize(text, Satisfied));
    }

    [Theory]
    [InlineData("1", "good")]
    [InlineData("2", "unsure")]
    [InlineData(" 3 ", "bad")]
    public void A_choice_is_read_by_its_number_in_the_list(string text, string id)
    {
        AssertChoice(id, null, ChoiceRecognizer.Recognize(text, Gut));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("4")]
    [InlineData("-1")]
    public void A_number_outside_the_list_is_refused(string text)
    {
        Assert.False(ChoiceRecognizer.Recognize(text, Gut).Succeeded);
    }

    [Theory]
    [InlineData("ful", "satisfied")]
    [InlineData("Fully", "satisfied")]
    [InlineData("par", "partly")]
    [InlineData("Not sat", "unsatisfied")]
    public void A_unique_start_of_a_title_reads_as_that_choice(string text, string id)
    {
        AssertChoice(id, null, ChoiceRecognizer.Recognize(text, Satisfied));
    }

    [Fact]
    public void A_start_shared_by_two_titles_is_refused()
    {
        ChoiceOption[] choices = [new("partly", "Partly", 0.5), new("poor", "Poor", 0)];

        Assert.False(ChoiceRecognizer.Recognize("p", choices).Succeeded);
        AssertChoice("poor", null, ChoiceRecognizer.Recognize("po", choices));
    }

    [Fact]
    public void The_longest_matching_choice_wins_and_the_rest_is_a_note()
    {
        ChoiceOption[] choices = [new("no", "No", 0), new("not-good", "Not good", 0), new("good", "Good", 1)];

        AssertChoice("not-good", "rude on the phone", ChoiceRecognizer.Recognize("not good - rude on the phone", choices));
        AssertChoice("no", "not now", ChoiceRecognizer.Recognize("no - not now", choices));
    }

    [Fact]
    public void A_longer_title_beats_a_shorter_one_it_starts_with()
    {
        ChoiceOption[] choices = [new("no", "No", 0), new("no-way", "No way", 0)];

        AssertChoice("no-way", "too pricey", ChoiceRecognizer.Recognize("No way, too pricey", choices));
    }

    [Fact]
    public void Words_after_a_choice_id_are_a_note()
    {
        AssertChoice("bad", "rude on the call", ChoiceRecognizer.Recognize("bad - rude on the call", Gut));
    }

    [Theory]
    [InlineData("maybe")]
    [InlineData("goodish")]
    [InlineData("")]
    [InlineData("   ")]
    public void An_answer_that_is_none_of_the_choices_is_refused_listing_the_choices(string text)
    {
        var result = ChoiceRecognizer.Recognize(text, Gut);

        Assert.False(result.Succeeded);
        Assert.Equal("Please pick one of: Good, Unsure, Bad.", result.Error);
    }
}
