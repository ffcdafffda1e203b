using SalesBot.Core.Playbooks;
using SalesBot.Core.Tests.Deals;

namespace SalesBot.Core.Tests.Playbooks;

/// <summary>A step's wrap-up follows its answers: the first conditional text whose answer matches, else the plain done text.</summary>
public sealed class StepWrapUpTests
{
    private static readonly Playbook Playbook = PlaybookLoader.LoadDefault();

    [Fact]
    public void Engage_after_not_ready_does_not_say_engaged_and_get_the_price()
    {
        var engage = Playbook.GetStep("engage");
        var text = engage.DoneFor(Answers.Sheet(("engage", "ready", "no"), ("engage", "verbal", "no"), ("engage", "price-agreed", "no")));

        Assert.StartsWith("Engage recorded: they are not ready", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Get their yes to the price", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Engage_with_every_yes_gets_the_plain_done_text()
    {
        var engage = Playbook.GetStep("engage");
        var text = engage.DoneFor(Answers.Sheet(("engage", "ready", "yes"), ("engage", "verbal", "yes"), ("engage", "price-agreed", "yes")));

        Assert.Equal(engage.Done, text);
    }

    [Fact]
    public void Recommend_after_unsure_on_either_agreement_does_not_say_both_are_in_place()
    {
        var recommend = Playbook.GetStep("recommend");

        Assert.Contains("first agreement is missing", recommend.DoneFor(Answers.Sheet(("recommend", "goal-agreed", "unsure"), ("recommend", "you-help", "yes"))), StringComparison.Ordinal);
        Assert.Contains("have not agreed that you are the one", recommend.DoneFor(Answers.Sheet(("recommend", "goal-agreed", "yes"), ("recommend", "you-help", "unsure"))), StringComparison.Ordinal);
        Assert.StartsWith("Both agreements are in place.", recommend.DoneFor(Answers.Sheet(("recommend", "goal-agreed", "yes"), ("recommend", "you-help", "yes"))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_skipped_answer_does_not_pick_a_conditional_text()
    {
        var finalize = Playbook.GetStep("finalize");

        Assert.Equal(finalize.Done, finalize.DoneFor(Answers.Sheet(("finalize", "signed", ""))));
    }

    [Theory]
    [InlineData("ru")]
    [InlineData("pl")]
    public void Translations_carry_every_conditional_text(string language)
    {
        var translated = PlaybookLoader.LoadDefault(language).Playbook;
        foreach (var step in Playbook.Steps)
        {
            var other = translated.GetStep(step.Id);
            Assert.Equal(step.DoneWhen.Select(d => d.Id), other.DoneWhen.Select(d => d.Id));
            Assert.All(other.DoneWhen, d => Assert.DoesNotContain(d.Text, step.DoneWhen.Select(e => e.Text)));
        }
    }

    private static readonly SalesBot.Core.Qualification.PricePoint Price = new(5000m, "USD");

    [Theory]
    [InlineData("2000 USD", "budget under half your starting price")]
    [InlineData("2600 USD", null)]
    [InlineData("2000 EUR", null)]
    [InlineData("unknown", null)]
    public void Qualify_wraps_up_on_a_money_answer_below_half_the_starting_price_in_the_same_currency(string budget, string? expected)
    {
        var qualify = Playbook.GetStep("qualify");
        var text = qualify.DoneFor(Answers.Sheet(("qualify", "budget", budget), ("qualify", "deadline", "2027-06-01")), Price);

        AssertWrapUp(qualify, text, expected);
    }

    [Fact]
    public void A_money_wrap_up_needs_the_starting_price_and_never_applies_without_it()
    {
        var qualify = Playbook.GetStep("qualify");

        Assert.Equal(qualify.Done, qualify.DoneFor(Answers.Sheet(("qualify", "budget", "10 USD"))));
    }

    [Theory]
    [InlineData("2026-12-01", "deadline only days away")]
    [InlineData("2027-03-01", null)]
    public void Qualify_wraps_up_on_a_date_answer_within_fourteen_days_of_when_it_was_recorded(string deadline, string? expected)
    {
        var qualify = Playbook.GetStep("qualify");

        AssertWrapUp(qualify, qualify.DoneFor(Answers.Sheet(("qualify", "deadline", deadline)), Price), expected);
    }

    [Theory]
    [InlineData("0", "no revision rounds")]
    [InlineData("2", null)]
    public void Finalize_wraps_up_on_a_number_answer_below_one(string rounds, string? expected)
    {
        var finalize = Playbook.GetStep("finalize");
        var text = finalize.DoneFor(Answers.Sheet(("finalize", "signed", "yes"), ("finalize", "renegotiation", "yes"), ("finalize", "revision-rounds", rounds)), Price);

        AssertWrapUp(finalize, text, expected);
    }

    [Theory]
    [InlineData("They asked whether the price could come down", "what they added was about the price")]
    [InlineData("A discount for paying upfront?", "what they added was about the price")]
    [InlineData("Nothing, they loved the summary", null)]
    [InlineData("They want a priceless logo", null)]
    public void Engage_wraps_up_on_a_text_answer_that_mentions_the_price_as_a_whole_word(string additions, string? expected)
    {
        var engage = Playbook.GetStep("engage");
        var text = engage.DoneFor(Answers.Sheet(("engage", "ready", "yes"), ("engage", "verbal", "yes"), ("engage", "price-agreed", "yes"), ("engage", "additions", additions)), Price);

        AssertWrapUp(engage, text, expected);
    }

    [Theory]
    [InlineData("ru", "Спросили, можно ли снизить цену", "pl", "Pytali o rabat")]
    public void Translations_add_their_own_words_to_a_text_wrap_up(string ru, string russian, string pl, string polish)
    {
        foreach (var (language, answer) in new[] { (ru, russian), (pl, polish) })
        {
            var engage = PlaybookLoader.LoadDefault(language).Playbook.GetStep("engage");
            var text = engage.DoneFor(Answers.Sheet(("engage", "ready", "yes"), ("engage", "verbal", "yes"), ("engage", "price-agreed", "yes"), ("engage", "additions", answer)), Price);

            Assert.Equal(engage.DoneWhen.Single(d => d.Id == "price-concern").Text, text);
            Assert.Contains("price", engage.DoneWhen.Single(d => d.Id == "price-concern").When.Mentions!);
        }
    }

    private static void AssertWrapUp(PlaybookStep step, string text, string? expected)
    {
        if (expected is null)
        {
            Assert.Equal(step.Done, text);
        }
        else
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }
    }
}
