using SalesBot.Core.Coaching;
using SalesBot.Core.Values;
using static SalesBot.Core.Tests.Coaching.DealStates;

namespace SalesBot.Core.Tests.Coaching;

/// <summary>The deterministic coach: what SalesBot says with no model, or when the model fails.</summary>
public sealed class TemplateCoachTests
{
    private static readonly TemplateCoach Coach = new();

    private static Task<AnswerAnalysis> Analyze(string text, bool expectsAmount = false) =>
        Coach.AnalyzeAnswerAsync(new AnswerAnalysisRequest(Owner, "What are their business goals?", text, expectsAmount, "USD"), default);

    [Theory]
    [InlineData("They want the cheapest option, honestly", "Price hunting (\"cheapest\")")]
    [InlineData("Could we do a free sample first?", "Free work (\"free sample\")")]
    [InlineData("Needs to be live ASAP", "Rush (\"ASAP\")")]
    [InlineData("She has to ask my boss... I mean her boss", "Decision-maker (\"my boss\")")]
    [InlineData("They are collecting other quotes", "Shopping around (\"other quotes\")")]
    [InlineData("Their previous designer disappeared", "Previous vendor (\"previous designer\")")]
    public async Task Red_flag_phrases_give_a_coaching_note_quoting_the_answer(string text, string note)
    {
        var analysis = await Analyze(text);

        var flag = Assert.Single(analysis.RedFlags);
        Assert.StartsWith(note, flag, StringComparison.Ordinal);
        Assert.Equal(CoachSource.Template, analysis.Source);
    }

    [Theory]
    [InlineData("We need more time to think about your proposal")]
    [InlineData("I'll get to it after my vacation")]
    [InlineData("Call us in two months when things settle")]
    [InlineData("Send the proposal to my email and we'll think about it")]
    public async Task The_stalls_of_the_method_are_recognized(string text)
    {
        var analysis = await Analyze(text);

        Assert.Contains("three calls and a letter", Assert.Single(analysis.Stalls), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("Family bakery since 1990")]
    [InlineData("About 30% next year")]
    [InlineData("Open two more shops; discountinued lines stay")]
    [InlineData("Nothing to add")]
    public async Task Ordinary_answers_give_no_note(string text)
    {
        var analysis = await Analyze(text);

        Assert.True(analysis.IsEmpty, string.Join(" | ", analysis.RedFlags.Concat(analysis.Stalls)) + analysis.Budget);
    }

    [Theory]
    [InlineData("they said maybe 8k if the shop is included", false, 8000, "USD")]
    [InlineData("somewhere around $12,500", false, 12500, "USD")]
    [InlineData("about 4.5k EUR for the first phase", false, 4500, "EUR")]
    [InlineData("roughly 6 thousand dollars", false, 6000, "USD")]
    [InlineData("€3,000 tops", false, 3000, "EUR")]
    [InlineData("the owner mentioned 7000 at most", true, 7000, "USD")]
    public async Task A_budget_figure_is_found_anywhere_in_the_text(string text, bool expectsAmount, decimal amount, string currency)
    {
        var analysis = await Analyze(text, expectsAmount);

        Assert.Equal(new Money(amount, currency), analysis.Budget);
    }

    [Theory]
    [InlineData("the owner mentioned 7000 at most")]
    [InlineData("grow revenue 30% by 2027")]
    [InlineData("3 shops, 12 staff")]
    public async Task Bare_numbers_are_no_budget_unless_the_question_asks_for_an_amount(string text)
    {
        Assert.Null((await Analyze(text)).Budget);
    }

    [Fact]
    public async Task The_summary_template_is_question_and_answer_per_line_with_the_prospect_filled_in()
    {
        var request = new SummaryRequest(Owner, "Acme", [new CoachFact("What does {prospect} want?", "A new site"), new CoachFact("Goals?", "Grow")]);

        var summary = await Coach.SummarizeAsync(request, default);

        Assert.Equal(["What does Acme want: A new site", "Goals: Grow"], summary.Points);
    }

    [Fact]
    public async Task The_personal_letter_names_the_call_dates_recalls_the_last_goal_and_leaves_the_door_open()
    {
        var request = new FollowUpLetterRequest(Owner, "Acme", "Ann Smith", [new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 5), new DateOnly(2026, 11, 8)],
            [new CoachFact("Goals?", "Open a second shop"), new CoachFact("Big-picture goal?", "Be the town's first-choice bakery.")]);

        var letter = await Coach.DraftFollowUpLetterAsync(request, default);

        Assert.Equal(
            "**Personal** — for Acme\n\nHello Acme,\n\n"
            + "I tried to reach you by phone on 2 November, 5 November and 8 November, and I have to admit I was a little surprised that we didn't get to talk. "
            + "When we spoke, you told me: \"Be the town's first-choice bakery\".\n\n"
            + "I understand priorities change, so this is my last note for now. If the project comes back onto your desk, reply to this letter or give me a call, "
            + "and we'll pick up where we left off.\n\nAll the best,\nAnn Smith",
            letter.Text);
        Assert.Equal(CoachSource.Template, letter.Source);
    }

    [Fact]
    public async Task The_letter_without_calls_facts_or_name_still_reads_well()
    {
        var letter = await Coach.DraftFollowUpLetterAsync(new FollowUpLetterRequest(Owner, "Acme", null, [], []), default);

        Assert.Contains("I tried to reach you a few times by phone", letter.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("you told me", letter.Text, StringComparison.Ordinal);
        Assert.EndsWith("All the best,\n(your name)", letter.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_feedback_questionnaire_asks_satisfaction_first_then_what_exactly_then_the_goal()
    {
        var text = (await Coach.DraftFeedbackQuestionnaireAsync(new FeedbackQuestionnaireRequest(Owner, "Acme", [new CoachFact("Goal?", "Online orders")]), default)).Text;

        Assert.StartsWith("**Feedback questionnaire for Acme**\n1. Overall, are you satisfied with the work? (yes / partly / no)\n2. If not fully, with what exactly?\n3. You set out to achieve: \"Online orders\".", text, StringComparison.Ordinal);
        Assert.Contains("7. What could we help you with next?", text, StringComparison.Ordinal);
    }
}
