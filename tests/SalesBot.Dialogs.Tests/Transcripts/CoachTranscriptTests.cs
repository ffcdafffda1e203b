using Microsoft.Extensions.DependencyInjection;
using Moq;
using SalesBot.Core.Coaching;
using SalesBot.Core.Conversations;
using SalesBot.Core.Values;

namespace SalesBot.Dialogs.Tests.Transcripts;

/// <summary>The dialogs use the coaching port: the summary before the close, notes on free-text answers, budget figures offered.</summary>
public sealed class CoachTranscriptTests
{
    private static Task<TestBot> StartWith(ICoach coach) => TestBot.StartAsync(configure: s => s.AddSingleton(coach));

    [Fact]
    public async Task Engage_opens_with_the_summary_the_coach_wrote_from_the_recorded_needs_only()
    {
        var coach = new Mock<ICoach>(MockBehavior.Strict);
        coach.Setup(c => c.AnalyzeAnswerAsync(It.IsAny<AnswerAnalysisRequest>(), It.IsAny<CancellationToken>())).ReturnsAsync(AnswerAnalysis.Nothing(CoachSource.Model));
        coach.Setup(c => c.SummarizeAsync(It.IsAny<SummaryRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new CoachSummary(["You run a family bakery.", "You want online ordering."], CoachSource.Model));
        await using var bot = await StartWith(coach.Object);

        var flow = bot.Flow(tenant: "contoso")
            .RunStep("qualify Acme", Answers.GoodQualification)
            .RunStep("needs Acme", ["Family bakery", "Online ordering", "skip", "skip", "skip", "yes", "yes"])
            .Send("engage Acme")
            .AssertReply("**Engage: Acme**")
            .AssertReply("**Summary to read back to Acme** (drafted by the AI coach", "- You run a family bakery.\n- You want online ordering.\n", ConversationSummary.Closing)
            .AssertQuestion(1, 6, "summarize");
        await flow.StartTestAsync();

        coach.Verify(c => c.SummarizeAsync(
            It.Is<SummaryRequest>(r => r.Owner == new Owner("contoso", "ann") && r.Prospect == "Acme"
                && r.Facts.Select(f => f.Answer).SequenceEqual(new[] { "Family bakery", "Online ordering" })),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task A_free_text_answer_is_analyzed_and_the_coaches_note_comes_before_the_next_question()
    {
        var coach = new Mock<ICoach>(MockBehavior.Strict);
        coach.Setup(c => c.AnalyzeAnswerAsync(It.IsAny<AnswerAnalysisRequest>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new AnswerAnalysis(["\"just a quick site\": they may underestimate the work."], [], new Money(3000m, "USD"), CoachSource.Model));
        await using var bot = await StartWith(coach.Object);

        await bot.Flow()
            .RunStep("qualify Acme", Answers.GoodQualification)
            .Send("needs Acme").IgnoreReplies()
            .Send("Family bakery, just a quick site")
            .AssertReply("**Coaching note** (AI coach)", "- Red flag: \"just a quick site\": they may underestimate the work.", "- Budget mentioned: 3,000 USD.")
            .AssertQuestion(2, 7)
            .StartTestAsync();

        coach.Verify(c => c.AnalyzeAnswerAsync(
            It.Is<AnswerAnalysisRequest>(r => r.Text == "Family bakery, just a quick site" && r.Question == "How did they get started in this industry?" && !r.ExpectsAmount && r.Currency == "USD"),
            It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Yes_no_answers_without_a_note_are_not_sent_to_the_coach()
    {
        var coach = new Mock<ICoach>(MockBehavior.Strict);
        await using var bot = await StartWith(coach.Object);

        await bot.Flow().Send("qualify Acme").IgnoreReplies().Send("yes").AssertQuestion(2, 10).StartTestAsync();

        coach.VerifyNoOtherCalls();
    }

    [Fact]
    public async Task The_note_after_a_yes_no_answer_is_what_gets_analyzed()
    {
        await using var bot = await TestBot.StartAsync();

        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .Send("yes - but they want the cheapest vendor")
            .AssertReply("**Coaching note**", "Price hunting (\"cheapest\")")
            .AssertQuestion(2, 10)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_budget_given_in_words_is_offered_as_a_button_and_recorded_when_pressed()
    {
        await using var bot = await TestBot.StartAsync();
        var flow = bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .AnswerAll(["yes", "yes", "yes", "yes"])
            .Send("they said maybe 8k if the shop is included")
            .AssertReply("it mentions **8,000 USD**")
            .AssertReply<QuestionReply>(q => Assert.Equal([Choice.Of("8,000 USD")], q.Choices))
            .Send("8,000 USD")
            .AssertReply("Recorded: 8,000 USD")
            .AssertQuestion(6, 10);
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var budget = (await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default)).Single(a => a.QuestionId == "budget");
        Assert.Equal("8000 USD", budget.Value);
    }

    [Theory]
    [InlineData("ru-RU", "квалификация Acme", "да", "говорят, может 8 тыс., если с магазином", "8\u00A0000 RUB", "Записано: 8\u00A0000 RUB")]
    [InlineData("pl-PL", "kwalifikuj Acme", "tak", "mówili, że może 8 tys., jeśli ze sklepem", "8\u00A0000 PLN", "Zapisano: 8\u00A0000 PLN")]
    public async Task The_budget_button_is_written_the_users_way_and_read_back(string locale, string qualify, string yes, string words, string button, string recorded)
    {
        await using var bot = await TestBot.StartAsync();
        var flow = new TestFlow(bot, bot.Flow().Turn with { Locale = locale })
            .Send(qualify).IgnoreReplies()
            .AnswerAll([yes, yes, yes, yes])
            .Send(words)
            .AssertReply(button)
            .AssertReply<QuestionReply>(q => Assert.Equal([Choice.Of(button)], q.Choices))
            .Send(button)
            .AssertReply(recorded)
            .AssertQuestion(6, 10);
        await flow.StartTestAsync();

        var deal = Assert.Single(await bot.Store.ListDealsAsync(flow.Turn.Owner, default));
        var budget = (await bot.Store.GetAnswersAsync(flow.Turn.Owner, deal.Id, default)).Single(a => a.QuestionId == "budget");
        Assert.Equal(button.Replace("8\u00A0000", "8000", StringComparison.Ordinal), budget.Value);
    }

    [Fact]
    public async Task A_budget_answer_with_no_figure_is_asked_again_with_the_example()
    {
        await using var bot = await TestBot.StartAsync();
        await bot.Flow()
            .Send("qualify Acme").IgnoreReplies()
            .AnswerAll(["yes", "yes", "yes", "yes"])
            .Send("they would not say")
            .AssertReply("Please give an amount", "For example")
            .AssertReply<QuestionReply>(q => Assert.Empty(q.Choices))
            .StartTestAsync();
    }
}
