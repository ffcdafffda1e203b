using SalesBot.Core.Coaching;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Tests.Playbooks;
using static SalesBot.Core.Tests.Coaching.DealStates;

namespace SalesBot.Core.Tests.Coaching;

public sealed class AnswerFormatterTests
{
    private static Question Gut => DefaultPlaybook.GetStep("qualify").GetQuestion("gut");

    private static Question Budget => DefaultPlaybook.GetStep("qualify").GetQuestion("budget");

    [Theory]
    [InlineData("good", "Good")]
    [InlineData("BAD", "Bad")]
    [InlineData("unsure", "Unsure")]
    public void A_choice_is_shown_by_its_title(string value, string shown)
    {
        Assert.Equal(shown, AnswerFormatter.Display(Gut, value));
    }

    [Fact]
    public void A_choice_whose_id_is_not_in_the_question_is_shown_as_recorded()
    {
        Assert.Equal("great", AnswerFormatter.Display(Gut, "great"));
    }

    [Fact]
    public void A_multi_word_choice_title_is_shown_in_full()
    {
        var satisfied = DefaultPlaybook.GetStep("feedback").GetQuestion("satisfied");

        Assert.Equal("Not satisfied", AnswerFormatter.Display(satisfied, "unsatisfied"));
    }

    [Theory]
    [InlineData("5000 USD", "5,000 USD")]
    [InlineData("1234567.5 EUR", "1,234,567.5 EUR")]
    [InlineData("750 GBP", "750 GBP")]
    [InlineData("unknown", "unknown")]
    public void Money_is_shown_with_thousands_separators_and_unknown_as_is(string value, string shown)
    {
        Assert.Equal(shown, AnswerFormatter.Display(Budget, value));
    }

    [Fact]
    public void A_skipped_answer_is_shown_as_skipped_for_any_question()
    {
        Assert.Equal("(skipped)", AnswerFormatter.Display(Gut, ""));
        Assert.Equal("(skipped)", AnswerFormatter.Display(Budget, ""));
        Assert.Equal("(skipped)", AnswerFormatter.Display(null, ""));
    }

    [Fact]
    public void Without_a_question_the_value_is_shown_as_recorded()
    {
        Assert.Equal("5000 USD", AnswerFormatter.Display(null, "5000 USD"));
    }

    [Theory]
    [InlineData("qualify", "need", "yes")]
    [InlineData("qualify", "deadline", "2027-03-01")]
    [InlineData("needs", "goals", "Open a second shop")]
    [InlineData("finalize", "revision-rounds", "3")]
    public void Yes_no_dates_numbers_and_text_are_shown_as_recorded(string step, string question, string value)
    {
        Assert.Equal(value, AnswerFormatter.Display(DefaultPlaybook.GetStep(step).GetQuestion(question), value));
    }
}
