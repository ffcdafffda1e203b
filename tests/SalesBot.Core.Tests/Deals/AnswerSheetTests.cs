using SalesBot.Core.Deals;

namespace SalesBot.Core.Tests.Deals;

public sealed class AnswerSheetTests
{
    [Fact]
    public void Current_is_the_latest_version_even_when_versions_arrive_out_of_order()
    {
        var sheet = new AnswerSheet(
        [
            Answers.Of("qualify", "need", "unsure", version: 2),
            Answers.Of("qualify", "need", "yes", version: 3),
            Answers.Of("qualify", "need", "no", version: 1),
        ]);

        var current = sheet.Current("qualify", "need");

        Assert.NotNull(current);
        Assert.Equal(3, current.Version);
        Assert.Equal("yes", current.Value);
    }

    [Fact]
    public void Current_finds_an_answer_whatever_the_case_of_step_and_question_ids()
    {
        var sheet = new AnswerSheet([Answers.Of("Qualify", "Can-Pay", "yes")]);

        Assert.Equal("yes", sheet.Current("qualify", "can-pay")?.Value);
        Assert.Equal("yes", sheet.Current("QUALIFY", "CAN-PAY")?.Value);
    }

    [Fact]
    public void A_question_never_answered_has_no_current_answer_no_history_and_next_version_one()
    {
        var sheet = new AnswerSheet([Answers.Of("qualify", "need", "yes")]);

        Assert.Null(sheet.Current("qualify", "budget"));
        Assert.Empty(sheet.History("qualify", "budget"));
        Assert.False(sheet.IsAnswered("qualify", "budget"));
        Assert.Equal(1, sheet.NextVersion("qualify", "budget"));
    }

    [Fact]
    public void The_same_question_id_in_another_step_is_a_different_question()
    {
        var sheet = new AnswerSheet([Answers.Of("screen", "need", "yes")]);

        Assert.Null(sheet.Current("qualify", "need"));
    }

    [Fact]
    public void History_keeps_every_version_in_version_order_with_time_author_and_note()
    {
        var first = Answers.Of("qualify", "budget", "3000 USD", version: 1, note: "first guess");
        var second = Answers.Of("qualify", "budget", "6000 USD", version: 2);
        var sheet = new AnswerSheet([second, first]);

        var history = sheet.History("qualify", "budget");

        Assert.Equal([first, second], history);
        Assert.Equal("first guess", history[0].Note);
        Assert.Equal(Answers.Author, history[0].RecordedBy);
    }

    [Fact]
    public void NextVersion_is_one_more_than_the_latest_version()
    {
        var sheet = new AnswerSheet([Answers.Of("qualify", "need", "no", version: 1), Answers.Of("qualify", "need", "yes", version: 4)]);

        Assert.Equal(5, sheet.NextVersion("qualify", "need"));
    }

    [Fact]
    public void A_skip_recorded_with_an_empty_value_is_current_but_not_answered()
    {
        var sheet = new AnswerSheet([Answers.Of("qualify", "need", "yes", version: 1), Answers.Of("qualify", "need", "", version: 2)]);

        Assert.Equal("", sheet.Current("qualify", "need")?.Value);
        Assert.False(sheet.IsAnswered("qualify", "need"));
        Assert.Equal(3, sheet.NextVersion("qualify", "need"));
    }

    [Fact]
    public void An_answer_given_after_a_skip_counts_as_answered_again()
    {
        var sheet = new AnswerSheet([Answers.Of("qualify", "need", "", version: 1), Answers.Of("qualify", "need", "no", version: 2)]);

        Assert.True(sheet.IsAnswered("qualify", "need"));
    }

    [Fact]
    public void All_lists_every_answer_in_the_order_it_was_recorded()
    {
        var early = Answers.Of("qualify", "need", "yes", at: Answers.Now);
        var middle = Answers.Of("screen", "serious", "yes", at: Answers.Now.AddMinutes(1));
        var late = Answers.Of("qualify", "need", "no", version: 2, at: Answers.Now.AddMinutes(2));

        var sheet = new AnswerSheet([late, early, middle]);

        Assert.Equal([early, middle, late], sheet.All);
    }

    [Fact]
    public void The_empty_sheet_has_nothing()
    {
        Assert.Empty(AnswerSheet.Empty.All);
        Assert.Null(AnswerSheet.Empty.Current("screen", "serious"));
        Assert.Equal(1, AnswerSheet.Empty.NextVersion("screen", "serious"));
    }
}
