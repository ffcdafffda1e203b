using SalesBot.Core.Coaching;
using SalesBot.Core.Deals;
using SalesBot.Core.Tests.Deals;
using static SalesBot.Core.Tests.Coaching.DealStates;

namespace SalesBot.Core.Tests.Coaching;

public sealed class ConversationSummaryTests
{
    private const string Closing = "Then ask: \"Is there anything you'd like to add?\" and, when they have finished: \"Are you ready to move forward?\"";

    private static string Write(string prospect, params Answer[] answers) =>
        ConversationSummary.Write(DefaultPlaybook, new DealSnapshot(Deal(prospect), new AnswerSheet(answers), [], [], Price));

    [Fact]
    public void The_summary_reads_back_the_recorded_text_answers_in_playbook_order_then_the_two_closing_questions()
    {
        var summary = Write(
            "Acme Corp",
            Answers.Of("recommend", "big-picture-goal", "Be the town's first-choice bakery"),
            Answers.Of("needs", "goals", "Open a second shop"),
            Answers.Of("needs", "started", "Took over the family bakery"));

        Assert.Equal(
            "**Summary to read back to Acme Corp**\n"
            + "- How did they get started in this industry: Took over the family bakery\n"
            + "- What are their business goals: Open a second shop\n"
            + "- What is their big-picture goal, in one sentence: Be the town's first-choice bakery\n"
            + Closing,
            summary);
    }

    [Fact]
    public void Only_the_latest_version_of_an_answer_is_read_back()
    {
        var summary = Write(
            "Acme",
            Answers.Of("needs", "goals", "Grow a bit", version: 1),
            Answers.Of("needs", "goals", "Double online orders", version: 2));

        Assert.Contains("- What are their business goals: Double online orders\n", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("Grow a bit", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void Judged_steps_engagement_additions_yes_no_answers_and_skips_are_left_out()
    {
        var summary = Write(
            "Acme",
            Answers.Of("screen", "found-you", "a referral from Bob"),
            Answers.Of("engage", "additions", "wants a blog too"),
            Answers.Of("needs", "listened", "yes"),
            Answers.Of("needs", "overlap", "yes"),
            Answers.Of("needs", "obstacles", ""),
            Answers.Of("needs", "objectives", "More bookings"));

        Assert.DoesNotContain("referral", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("blog", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("listen", summary, StringComparison.Ordinal);
        Assert.DoesNotContain("stands in their way", summary, StringComparison.Ordinal);
        Assert.Equal(1, Occurrences(summary, "\n- "));
        Assert.Contains("- What should this project achieve for them: More bookings\n", summary, StringComparison.Ordinal);
    }

    [Fact]
    public void With_nothing_recorded_the_summary_says_to_run_the_needs_analysis_and_still_ends_with_the_closing_questions()
    {
        var summary = Write("Acme", Answers.Of("qualify", "need", "yes"));

        Assert.Equal(
            "**Summary to read back to Acme**\n"
            + "- Nothing recorded yet from the needs analysis; run it first so the summary has substance.\n"
            + Closing,
            summary);
    }
}
