using SalesBot.Core.Deals;
using SalesBot.Core.Playbooks;
using SalesBot.Core.Qualification;
using SalesBot.Core.Tests.Deals;

namespace SalesBot.Core.Tests.Qualification;

public sealed class RedFlagEvaluatorTests
{
    private const decimal StartingPrice = 5000m;

    private static bool Fires(RedFlagCondition when, string value, DateTimeOffset? recordedAt = null, string currency = "USD") =>
        RedFlagEvaluator.Fires(
            TinyPlaybook.Flag("rule", Severity.Warning, when),
            Answers.Of("qualify", "q", value, at: recordedAt ?? Answers.Now),
            StartingPrice,
            currency);

    [Theory]
    [InlineData("no", true)]
    [InlineData("unsure", true)]
    [InlineData("NO", true)]
    [InlineData("yes", false)]
    [InlineData("nope", false)]
    public void AnswerIn_fires_when_the_answer_is_one_of_the_values_in_any_case(string value, bool fires)
    {
        Assert.Equal(fires, Fires(new RedFlagCondition { AnswerIn = ["no", "unsure"] }, value));
    }

    [Theory]
    [InlineData("unknown", true)]
    [InlineData("Unknown", true)]
    [InlineData("5000 USD", false)]
    [InlineData("1 USD", false)]
    public void Unknown_fires_only_when_the_prospect_would_not_say(string value, bool fires)
    {
        Assert.Equal(fires, Fires(new RedFlagCondition { Unknown = true }, value));
    }

    [Theory]
    [InlineData("4999.99 USD", true)]
    [InlineData("1000 usd", true)]
    [InlineData("5000 USD", false)]
    [InlineData("8000 USD", false)]
    [InlineData("unknown", false)]
    [InlineData("lots", false)]
    public void BelowStartingPrice_fires_when_the_budget_in_the_users_currency_is_under_the_starting_price(string value, bool fires)
    {
        Assert.Equal(fires, Fires(new RedFlagCondition { BelowStartingPrice = true }, value));
    }

    [Theory]
    [InlineData("1000 EUR")]
    [InlineData("10 PLN")]
    public void BelowStartingPrice_does_not_fire_on_a_budget_in_another_currency(string value)
    {
        Assert.False(Fires(new RedFlagCondition { BelowStartingPrice = true }, value, currency: "USD"));
    }

    [Theory]
    [InlineData("2499.99 USD", true)]
    [InlineData("2500 USD", false)]
    [InlineData("100 EUR", false)]
    [InlineData("unknown", false)]
    public void BelowShareOfStartingPrice_fires_under_that_share_of_the_starting_price_in_the_same_currency(string value, bool fires)
    {
        Assert.Equal(fires, Fires(new RedFlagCondition { BelowShareOfStartingPrice = 0.5m }, value));
    }

    [Theory]
    [InlineData("3000 EUR", true)]
    [InlineData("3000 eur", true)]
    [InlineData("3000 USD", false)]
    [InlineData("3000 usd", false)]
    [InlineData("unknown", false)]
    public void OtherCurrency_fires_on_an_amount_that_cannot_be_compared_with_the_starting_price(string value, bool fires)
    {
        Assert.Equal(fires, Fires(new RedFlagCondition { OtherCurrency = true }, value, currency: "USD"));
    }

    [Fact]
    public void BelowStartingPrice_compares_against_the_currency_it_is_given()
    {
        Assert.True(Fires(new RedFlagCondition { BelowStartingPrice = true }, "1000 EUR", currency: "EUR"));
        Assert.False(Fires(new RedFlagCondition { BelowStartingPrice = true }, "1000 USD", currency: "EUR"));
    }

    [Theory]
    [InlineData("0", true)]
    [InlineData("0.5", true)]
    [InlineData("-1", true)]
    [InlineData("1", false)]
    [InlineData("3", false)]
    [InlineData("several", false)]
    public void LessThan_on_a_number_fires_below_the_limit_only(string value, bool fires)
    {
        Assert.Equal(fires, Fires(new RedFlagCondition { LessThan = 1m }, value));
    }

    [Theory]
    [InlineData("2999 USD", true)]
    [InlineData("2999 EUR", true)]
    [InlineData("3000 USD", false)]
    [InlineData("unknown", false)]
    public void LessThan_on_money_compares_the_amount(string value, bool fires)
    {
        Assert.Equal(fires, Fires(new RedFlagCondition { LessThan = 3000m }, value));
    }

    [Theory]
    [InlineData("2026-11-23", true)]
    [InlineData("2026-12-22", true)]
    [InlineData("2026-12-23", false)]
    [InlineData("2027-06-01", false)]
    [InlineData("2026-10-01", true)]
    public void WithinDays_fires_when_the_date_is_fewer_than_n_days_after_the_day_the_answer_was_recorded(string value, bool fires)
    {
        var recordedAt = new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

        Assert.Equal(fires, Fires(new RedFlagCondition { WithinDays = 30 }, value, recordedAt));
    }

    [Fact]
    public void WithinDays_counts_from_the_answers_recorded_date_not_from_today()
    {
        var when = new RedFlagCondition { WithinDays = 30 };

        Assert.True(Fires(when, "2025-01-20", new DateTimeOffset(2025, 1, 1, 12, 0, 0, TimeSpan.Zero)));
        Assert.False(Fires(when, "2025-01-20", new DateTimeOffset(2024, 12, 1, 12, 0, 0, TimeSpan.Zero)));
    }

    [Theory]
    [InlineData("next week")]
    [InlineData("2026-02-30")]
    [InlineData("12/1/2026")]
    public void WithinDays_does_not_fire_on_a_value_that_is_not_an_iso_date(string value)
    {
        Assert.False(Fires(new RedFlagCondition { WithinDays = 30 }, value));
    }

    [Fact]
    public void No_rule_fires_on_a_skipped_answer()
    {
        Assert.False(Fires(new RedFlagCondition { AnswerIn = [""] }, ""));
        Assert.False(Fires(new RedFlagCondition { LessThan = 1m }, ""));
        Assert.False(Fires(new RedFlagCondition { WithinDays = 30 }, ""));
    }

    [Fact]
    public void A_rule_with_no_condition_never_fires()
    {
        Assert.False(Fires(new RedFlagCondition(), "no"));
    }

    [Fact]
    public void RedFlagFinder_reports_the_most_severe_fired_rules_of_each_question_with_step_question_severity_flag_and_advice()
    {
        var step = TinyPlaybook.Judged(
            "s",
            TinyPlaybook.YesNo("a", 1, TinyPlaybook.WarnOn("a-no", "no"), TinyPlaybook.StopOn("a-no-hard", "no")),
            TinyPlaybook.YesNo("b", 1, TinyPlaybook.WarnOn("b-no", "no"), TinyPlaybook.WarnOn("b-no-too", "no")),
            TinyPlaybook.YesNo("c", 1, TinyPlaybook.WarnOn("c-no", "no")),
            TinyPlaybook.YesNo("d", 1, TinyPlaybook.BlockOn("d-no", "d is fixed", "no")));
        var sheet = Answers.Sheet(("s", "a", "no"), ("s", "b", "no"), ("s", "c", "yes"), ("s", "d", "no"));

        var flags = RedFlagFinder.Find(step, sheet, new PricePoint(5000m, "USD")).ToList();

        Assert.Equal(
            [
                new RedFlag("s", "a", "a-no-hard", Severity.HardStop, "Flag a-no-hard.", "Advice a-no-hard."),
                new RedFlag("s", "b", "b-no", Severity.Warning, "Flag b-no.", "Advice b-no."),
                new RedFlag("s", "b", "b-no-too", Severity.Warning, "Flag b-no-too.", "Advice b-no-too."),
                new RedFlag("s", "d", "d-no", Severity.Blocker, "Flag d-no.", "Advice d-no.") { ClosesWhen = "d is fixed" },
            ],
            flags);
    }
}
