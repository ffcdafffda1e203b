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
}
