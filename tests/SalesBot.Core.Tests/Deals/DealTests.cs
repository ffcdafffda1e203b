using SalesBot.Core.Conversations;
using SalesBot.Core.Deals;

namespace SalesBot.Core.Tests.Deals;

public sealed class DealTests
{
    private static readonly Owner Owner = new("local", "alice");
    private static readonly DateTimeOffset Created = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Start_opens_a_deal_at_entry_with_a_trimmed_name_and_no_steps_done()
    {
        var deal = Deal.Start(Owner, "  Acme Corp  ", Created);

        Assert.Equal("Acme Corp", deal.Prospect);
        Assert.Equal(DealLink.Entry, deal.Stage);
        Assert.Equal(DealStatus.Open, deal.Status);
        Assert.True(deal.IsOpen);
        Assert.Empty(deal.CompletedSteps);
        Assert.Null(deal.ClosedReason);
        Assert.Equal(Created, deal.CreatedAt);
        Assert.Equal(Created, deal.UpdatedAt);
        Assert.Equal(0, deal.Version);
        Assert.Equal(32, deal.Id.Length);
        Assert.Equal(Owner, deal.Owner);
    }

    [Fact]
    public void Start_gives_each_deal_its_own_id()
    {
        Assert.NotEqual(Deal.Start(Owner, "Acme", Created).Id, Deal.Start(Owner, "Acme", Created).Id);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_deal_without_a_prospect_name_is_refused(string prospect)
    {
        Assert.ThrowsAny<ArgumentException>(() => Deal.Start(Owner, prospect, Created));
    }

    [Fact]
    public void Completing_a_step_records_it_and_moves_the_deal_forward_to_the_steps_link()
    {
        var deal = Deal.Start(Owner, "Acme", Created);

        deal.CompleteStep("recommend", DealLink.Alignment, Created.AddHours(1));

        Assert.Equal(["recommend"], deal.CompletedSteps);
        Assert.True(deal.HasCompleted("RECOMMEND"));
        Assert.False(deal.HasCompleted("engage"));
        Assert.Equal(DealLink.Alignment, deal.Stage);
        Assert.Equal(Created.AddHours(1), deal.UpdatedAt);
    }

    [Fact]
    public void Completing_an_earlier_step_never_moves_the_deal_back()
    {
        var deal = Deal.Start(Owner, "Acme", Created);
        deal.CompleteStep("finalize", DealLink.Contract, Created.AddHours(1));

        deal.CompleteStep("screen", DealLink.Entry, Created.AddHours(2));

        Assert.Equal(DealLink.Contract, deal.Stage);
        Assert.Equal(["finalize", "screen"], deal.CompletedSteps);
        Assert.Equal(Created.AddHours(2), deal.UpdatedAt);
    }

    [Fact]
    public void Completing_the_same_step_twice_records_it_once_whatever_the_case()
    {
        var deal = Deal.Start(Owner, "Acme", Created);

        deal.CompleteStep("screen", DealLink.Entry, Created);
        deal.CompleteStep("Screen", DealLink.Entry, Created);

        Assert.Single(deal.CompletedSteps);
    }

    [Fact]
    public void MoveTo_puts_the_deal_at_any_link_even_backwards()
    {
        var deal = Deal.Start(Owner, "Acme", Created);
        deal.MoveTo(DealLink.Execution, Created.AddHours(1));
        Assert.Equal(DealLink.Execution, deal.Stage);

        deal.MoveTo(DealLink.Engagement, Created.AddHours(2));

        Assert.Equal(DealLink.Engagement, deal.Stage);
        Assert.Equal(Created.AddHours(2), deal.UpdatedAt);
    }

    [Fact]
    public void Closing_as_won_before_the_contract_lifts_the_stage_to_contract()
    {
        var deal = Deal.Start(Owner, "Acme", Created);

        deal.Close(DealStatus.Won, "signed", Created.AddDays(1));

        Assert.Equal(DealStatus.Won, deal.Status);
        Assert.False(deal.IsOpen);
        Assert.Equal(DealLink.Contract, deal.Stage);
        Assert.Equal("signed", deal.ClosedReason);
        Assert.Equal(Created.AddDays(1), deal.UpdatedAt);
    }

    [Fact]
    public void Closing_as_won_after_the_contract_keeps_the_later_stage()
    {
        var deal = Deal.Start(Owner, "Acme", Created);
        deal.MoveTo(DealLink.Closing, Created);

        deal.Close(DealStatus.Won, "delivered", Created.AddDays(1));

        Assert.Equal(DealLink.Closing, deal.Stage);
    }

    [Theory]
    [InlineData(DealStatus.Lost)]
    [InlineData(DealStatus.Dropped)]
    public void Closing_as_lost_or_dropped_keeps_the_stage_and_records_the_reason(DealStatus status)
    {
        var deal = Deal.Start(Owner, "Acme", Created);

        deal.Close(status, "went with a cheaper vendor", Created.AddDays(1));

        Assert.Equal(status, deal.Status);
        Assert.Equal(DealLink.Entry, deal.Stage);
        Assert.Equal("went with a cheaper vendor", deal.ClosedReason);
    }

    [Fact]
    public void Closing_with_status_open_throws_and_changes_nothing()
    {
        var deal = Deal.Start(Owner, "Acme", Created);

        var error = Assert.Throws<ArgumentException>(() => deal.Close(DealStatus.Open, "why", Created.AddDays(1)));

        Assert.Equal("status", error.ParamName);
        Assert.Equal(DealStatus.Open, deal.Status);
        Assert.Null(deal.ClosedReason);
        Assert.Equal(Created, deal.UpdatedAt);
    }

    [Fact]
    public void Reopening_a_closed_deal_makes_it_open_clears_the_reason_and_keeps_the_stage()
    {
        var deal = Deal.Start(Owner, "Acme", Created);
        deal.Close(DealStatus.Won, "signed", Created.AddDays(1));

        deal.Reopen(Created.AddDays(2));

        Assert.Equal(DealStatus.Open, deal.Status);
        Assert.True(deal.IsOpen);
        Assert.Null(deal.ClosedReason);
        Assert.Equal(DealLink.Contract, deal.Stage);
        Assert.Equal(Created.AddDays(2), deal.UpdatedAt);
    }

    [Fact]
    public void Touch_moves_only_the_update_time_and_MarkSaved_the_version()
    {
        var deal = Deal.Start(Owner, "Acme", Created);

        deal.Touch(Created.AddMinutes(5));
        deal.MarkSaved(3);

        Assert.Equal(Created.AddMinutes(5), deal.UpdatedAt);
        Assert.Equal(Created, deal.CreatedAt);
        Assert.Equal(3, deal.Version);
        Assert.Equal(DealLink.Entry, deal.Stage);
    }

    [Fact]
    public void The_completed_steps_list_is_a_copy_of_what_the_constructor_was_given()
    {
        var steps = new List<string> { "screen" };
        var deal = new Deal("id-1", Owner, "Acme", DealLink.Entry, DealStatus.Open, steps, null, Created, Created, 7);

        steps.Add("qualify");

        Assert.Equal(["screen"], deal.CompletedSteps);
        Assert.Equal(7, deal.Version);
    }
}
